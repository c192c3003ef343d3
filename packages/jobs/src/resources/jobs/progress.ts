import type { RequestOptions } from "../../config/options.ts";
import { APIConnectionError, APITimeoutError, MalformedResponseError } from "../../errors/errors.ts";
import { statusError } from "../../errors/failures.ts";
import type { Api } from "../../operations/request.ts";
import { abortError } from "../../transport/abort.ts";
import { idleTimer } from "../../transport/idle.ts";
import { flatten } from "./flatten.ts";
import { lineBatches } from "./ndjson.ts";

/** One update of a job's progress stream, in the SDK's names. Unknown kinds pass through as `unknown`. */
export type ProgressUpdate =
  | { type: "progress" /** Rows completed so far (cumulative). */; rowsDone: number }
  | {
      type: "tokens";
      inputTokens?: number | undefined;
      outputTokens?: number | undefined;
      tokensPerSecond?: number | undefined;
    }
  | { type: "unknown" /** The line as the server sent it, parsed. */; raw: unknown };

/** What the progress stream may be sent as: NDJSON under any of its names, or plain text. */
const STREAM_TYPES = /json|text\/plain|octet-stream/i;

const num = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/** A parsed line as an update; anything that is not a known kind with a usable result is `unknown`. */
export function toUpdate(raw: unknown): ProgressUpdate {
  const { update_type: kind, result } = (raw ?? {}) as { update_type?: unknown; result?: unknown };
  if (kind === "progress" && Number.isInteger(result) && (result as number) >= 0) return { type: "progress", rowsDone: result as number };
  if (kind === "tokens" && result && typeof result === "object") {
    const r = result as Record<string, unknown>;
    return {
      type: "tokens",
      inputTokens: num(r.input_tokens),
      outputTokens: num(r.output_tokens),
      tokensPerSecond: num(r.total_tokens_processed_per_second),
    };
  }
  return { type: "unknown", raw };
}

/** The progress stream's updates one at a time, as `progressBatches` parses them. */
export function followProgress(api: Api, jobId: string, options: RequestOptions): AsyncIterableIterator<ProgressUpdate> {
  return flatten(progressBatches(api, `/stream-job-progress/${encodeURIComponent(jobId)}`, options));
}

/**
 * GET /stream-job-progress/{id}, parsed as bytes arrive, a batch of updates per chunk. Not retried: a
 * stream that fails or ends early is for the caller (jobs.wait) to reconnect. `timeout` bounds the wait for
 * the answer and each silence between lines; `break` or the signal closes the connection.
 */
export async function* progressBatches(api: Api, path: string, options: RequestOptions): AsyncGenerator<ProgressUpdate[], void, undefined> {
  const { config } = api;
  const url = `${config.apiURL}${path}`;
  const request = { method: "GET", url };
  const timeout = options.timeout ?? config.timeout;
  const idle = idleTimer(options.signal, timeout);
  const failed = (cause: unknown) => {
    if (options.signal?.aborted) return abortError(options.signal);
    if (idle.timedOut) return new APITimeoutError(`${url} sent nothing for ${timeout} ms.`, { request, cause });
    const reason = cause instanceof Error ? cause.message : String(cause);
    return new APIConnectionError(`${url} broke off (${reason}).`, { request, cause });
  };
  try {
    let response: Response;
    try {
      response = await config.fetch(url, { method: "GET", headers: { ...api.headers, ...options.headers }, signal: idle.signal });
    } catch (cause) {
      throw failed(cause);
    }
    if (!response.ok || !response.body) {
      throw statusError(api.config.apiKeySource, request, response.status, response.headers, await response.text().catch(() => ""));
    }
    // A 200 that is a web page (a proxy's, a wrong URL) is not a stream that ended normally.
    const type = response.headers.get("content-type");
    if (type !== null && !STREAM_TYPES.test(type)) {
      await response.body.cancel().catch(() => {});
      throw new MalformedResponseError(
        `${url} answered ${response.status} with ${type}, not the progress stream's newline-delimited JSON. Check the deployment URL: it may point at a web page or a proxy rather than the API.`,
        { status: response.status, headers: response.headers, request },
      );
    }
    let skipped = 0;
    try {
      for await (const batch of lineBatches(response.body)) {
        idle.touch();
        const updates: ProgressUpdate[] = [];
        for (const line of batch) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(line);
          } catch {
            // As the official SDK does: a line that is not JSON is skipped, and said, once a stream.
            if (skipped++ === 0) config.logger.warn(`${url}: skipping lines that are not JSON (the first: ${line.length} characters).`);
            continue;
          }
          updates.push(toUpdate(parsed));
        }
        if (updates.length) yield updates;
      }
    } catch (cause) {
      if (cause instanceof MalformedResponseError) throw cause;
      throw failed(cause);
    }
  } finally {
    idle.dispose();
  }
}
