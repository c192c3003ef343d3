import { checkRequestOptions, type ResolvedConfig } from "../../config/options.ts";
import { corsHint } from "../../errors/cors.ts";
import { type APIError, APIUserAbortError, DownloadError, MalformedResponseError } from "../../errors/errors.ts";
import { redactURL } from "../../errors/presigned.ts";
import type { ByteSink, DownloadProgress, DownloadResult, OpenFile } from "../../model/files.ts";
import type { ResultsUrl } from "../../model/types.ts";
import { checkPathParam } from "../../operations/operation.ts";
import { abortError, sleep } from "../../transport/abort.ts";
import { isCallbackFailure, notify, userError } from "../../transport/callbacks.ts";
import { idleTimer } from "../../transport/idle.ts";
import { RETRYABLE_STATUSES } from "../../transport/retry.ts";
import { downloadTarget } from "../download-target.ts";
import type { ResultsLinks, ResultsParams } from "./results.ts";
import { storageRetries } from "./storage-retries.ts";

export type { ByteSink, DownloadProgress, DownloadResult, OpenFile } from "../../model/files.ts";

/** What `download()` takes: where the file goes, which columns it holds, and how to follow it. */
export interface DownloadParams extends ResultsParams {
  /**
   * A file path (Node, Deno and Bun entries; a directory gets the file's own name in it), or a WritableStream
   * (every entry). A path is written through a temporary file renamed into place once complete and checked.
   */
  to: string | WritableStream<Uint8Array>;
  /** Stops the download; a file destination is then left untouched. */
  signal?: AbortSignal | undefined;
  /** Told the bytes done and the total after each chunk. */
  onProgress?: ((progress: DownloadProgress) => void) | undefined;
  /** Longest silence (ms) before a transfer counts as broken off and resumes; default the client's timeout. */
  timeout?: number | undefined;
  /** Times in a row a transfer may break off without a byte of progress; default the client's maxRetries. */
  maxRetries?: number | undefined;
  /** Extra headers for the request to the deployment for the file's link; never sent to storage. */
  headers?: Record<string, string> | undefined;
}

/** A destination that could not be written, said with the system's words. */
function unwritable(what: string, cause: unknown): DownloadError {
  return new DownloadError(`${what}: ${cause instanceof Error ? cause.message : String(cause)}.`, { cause });
}

/** A failure's words with the presigned URL's credential redacted: Deno's fetch errors quote the URL. */
function scrub(cause: unknown, url: string): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  const at = url.indexOf("?");
  return at === -1 ? text : text.split(url.slice(at + 1)).join("[redacted]");
}

interface DownloadRun {
  config: ResolvedConfig;
  /** Asks the API for the presigned URLs, afresh each time (the old ones expired). */
  link: () => Promise<ResultsUrl>;
  /** Opens where the bytes go, once the file's name is known. */
  open: (artifact: ResultsUrl["artifact"]) => Promise<ByteSink>;
  signal: AbortSignal | undefined;
  timeout: number;
  maxRetries: number;
  onProgress: ((progress: DownloadProgress) => void) | undefined;
}

/** A results-url answer the download can use: a size to check against, and a URL to fetch. */
function checkedLink(link: ResultsUrl): ResultsUrl {
  const size = link?.artifact?.size_bytes;
  if (!Number.isSafeInteger(size) || size < 0 || typeof link?.urls?.get !== "string") {
    throw new MalformedResponseError(
      "GET /jobs/{job_id}/results-url answered without a whole artifact.size_bytes and a urls.get: there is nothing to download and check.",
      { body: { ...link, urls: "[redacted]" } },
    );
  }
  return link;
}

/** How one GET ended: the whole file, some bytes (the failures count starts over), none, or a refused link. */
type Outcome = "complete" | "progress" | "stalled" | "expired";

/**
 * Streams the results file to the sink in bounded memory. A transfer that breaks off resumes with
 * `Range: bytes=N-` and `If-Range: <etag>`; an answer that is not 206 starts over; a 403 gets a fresh link;
 * the end is checked against `size_bytes`. Only Range and If-Range are sent: never the client's key.
 */
async function downloadResults(run: DownloadRun): Promise<DownloadResult> {
  const { config, signal } = run;
  let link = checkedLink(await run.link());
  let size = link.artifact.size_bytes;
  const fail = (message: string, init: ConstructorParameters<typeof APIError>[1] = {}, left = "Nothing was left at the destination.") =>
    new DownloadError(`${message} ${left}`, { request: { method: "GET", url: redactURL(link.urls.get) }, ...init });
  let sink: ByteSink;
  try {
    sink = await run.open(link.artifact);
  } catch (cause) {
    throw unwritable("Cannot write the results file", cause);
  }
  // Bytes an interrupted download of this file left: the first request asks for the rest (If-Range guards them).
  let done = sink.kept?.bytes ?? 0;
  let etag = sink.kept?.etag;
  let resumes = 0;
  let restarts = 0;
  /** Set when the transfer gave up on breaking off: its bytes are worth keeping for the next try. */
  let interrupted = false;

  /** Drops what the sink holds, when storage sends the file from its start again. */
  async function startOver(): Promise<void> {
    if (done === 0) return;
    if (!(await sink.restart())) {
      throw fail(`The results file changed during the download, and the ${done} bytes already written to the stream cannot be taken back.`);
    }
    restarts++;
    done = 0;
  }

  /** One GET of the file from `done` on: how it ended, or a throw of what no retry can fix. */
  async function attempt(): Promise<Outcome> {
    const url = link.urls.get;
    const ranged = done > 0 && etag !== undefined;
    const headers: Record<string, string> = ranged ? { Range: `bytes=${done}-`, "If-Range": etag as string } : {};
    const idle = idleTimer(signal, run.timeout);
    let moved = false;
    try {
      const response = await config.fetch(url, { method: "GET", headers, signal: idle.signal });
      const { status } = response;
      if (status === 403) {
        await response.body?.cancel();
        return "expired";
      }
      if (status === 416 && done === size) return "complete";
      if (status !== 200 && status !== 206) {
        const text = await response.text().catch(() => "");
        if (RETRYABLE_STATUSES.has(status)) return "stalled";
        throw fail(`Storage answered ${status} for the results file.`, { status, headers: response.headers, body: text });
      }
      const sent = response.headers.get("etag") ?? undefined;
      // A range from elsewhere than asked: start over rather than guess. A file replaced since the bytes kept
      // were written: start over too, with a fresh results-url answer, whose size is the new file's. (A 200
      // with the same ETag is storage ignoring Range: the same file, read below from its start.)
      const misplaced = status === 206 && Number(/^bytes (\d+)-/.exec(response.headers.get("content-range") ?? "")?.[1]) !== done;
      const replaced = status === 200 && done > 0 && sent !== etag;
      if (misplaced || replaced) {
        await response.body?.cancel();
        await startOver();
        etag = undefined;
        if (replaced) {
          link = checkedLink(await run.link());
          size = link.artifact.size_bytes;
        }
        return "progress";
      }
      if (status === 200) await startOver();
      else if (ranged) resumes++;
      if (sent !== undefined && sent !== etag) await sink.remember?.(sent, link.artifact);
      etag = sent;
      if (!response.body) return "stalled";
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done: ended, value } = await reader.read();
          if (ended) break;
          if (done + value.length > size) {
            throw fail(`Storage sent more than the ${size} bytes results-url announced: the file is not the one announced.`);
          }
          try {
            await sink.write(value);
          } catch (cause) {
            throw unwritable("Cannot write the results file", cause);
          }
          idle.touch();
          done += value.length;
          moved = true;
          notify(run.onProgress, { bytesDone: done, totalBytes: size });
        }
      } finally {
        reader.releaseLock();
      }
      if (done === size) return "complete";
      return moved ? "progress" : "stalled";
    } catch (cause) {
      if (cause instanceof DownloadError || isCallbackFailure(cause)) throw cause;
      if (signal?.aborted) throw abortError(signal);
      const why = idle.timedOut ? `sent nothing for ${run.timeout} ms` : `broke off (${scrub(cause, url)})`;
      config.logger.info(`${redactURL(url)} ${why} at byte ${done} of ${size}; resuming.`);
      return moved ? "progress" : "stalled";
    } finally {
      idle.dispose();
    }
  }

  let path: string | undefined;
  try {
    const retries = storageRetries(config, run.maxRetries);
    for (;;) {
      if (signal?.aborted) throw abortError(signal);
      const outcome = await attempt();
      if (outcome === "complete") break;
      if (outcome === "expired") {
        if (!retries.refresh()) throw fail("Storage refused the results file (403) even with a fresh link.", { status: 403 });
        link = checkedLink(await run.link());
        continue;
      }
      if (outcome === "progress") {
        retries.progressed();
        continue;
      }
      const delay = retries.failed();
      if (delay === undefined) {
        interrupted = true;
        const what = `The results file stopped arriving at byte ${done} of ${size}, ${run.maxRetries + 1} times in a row.${done === 0 ? corsHint(link.urls.get) : ""}`;
        throw done > 0 && sink.remember
          ? fail(what, {}, "The bytes received are kept under a hidden name beside the destination: the same download resumes them.")
          : fail(what);
      }
      await sleep(delay, signal);
    }
    path = await sink.finish().catch((cause) => {
      throw unwritable("Cannot put the results file in place", cause);
    });
  } catch (error) {
    // A callback's exception is the user's: nothing is kept for it, and the call rejects with it as thrown.
    await sink.abandon(error, done > 0 && (interrupted || error instanceof APIUserAbortError)).catch(() => {});
    throw userError(error);
  }
  return { path, bytes: done, etag, resumes, restarts };
}

/** `jobs.download()`: the job id, options and destination checked, then the transfer. */
export async function downloadJob(
  jobs: ResultsLinks,
  config: ResolvedConfig,
  openFile: OpenFile | undefined,
  jobId: string,
  params: DownloadParams | undefined,
): Promise<DownloadResult> {
  const id = checkPathParam(jobId, "jobId");
  const { to, onProgress, signal, timeout, maxRetries, headers, includeInputs, includeCumulativeLogprobs } =
    params ?? ({} as Partial<DownloadParams>);
  const options = checkRequestOptions({ signal, timeout, maxRetries, headers });
  const target = downloadTarget(to, onProgress, openFile);
  return downloadResults({
    config,
    // Storage gets none of the call's headers: they go to the deployment, with the results-url request.
    link: () => jobs.resultsURL(id, { includeInputs, includeCumulativeLogprobs }, { signal, headers: options.headers }),
    open: (artifact) => target.open(artifact, id),
    signal,
    timeout: options.timeout ?? config.timeout,
    maxRetries: options.maxRetries ?? config.maxRetries,
    onProgress,
  });
}
