import type { Logger } from "../../config/logger.ts";
import { checkRequestOptions, type RequestOptions } from "../../config/options.ts";
import { APIError, APITimeoutError, InvalidRequestError } from "../../errors/errors.ts";
import { isTerminalStatus, normalizeStatus } from "../../model/status.ts";
import type { Job } from "../../model/types.ts";
import { checkPathParam } from "../../operations/operation.ts";
import { abortError, linkAbort, sleep } from "../../transport/abort.ts";
import { isCallbackFailure, notify, userError } from "../../transport/callbacks.ts";
import type { ProgressUpdate } from "./progress.ts";

/**
 * How `jobs.wait()` waits. `timeout`, `maxRetries` and `headers` apply to each of its requests (every status
 * check, every progress stream), as they do to one call of the other methods.
 */
export interface WaitOptions extends Omit<RequestOptions, "deadline"> {
  /** Stops waiting (not the job) at once, with APIUserAbortError. */
  signal?: AbortSignal | undefined;
  /** Gives up after this many ms with an APITimeoutError that says the job's last status; the job goes on. */
  deadline?: number | undefined;
  /**
   * The longest time between status checks in ms while no progress stream is followed. Default 5 000, as the
   * official SDK. Checks start 250 ms apart after each change of status and double up to it.
   */
  pollInterval?: number | undefined;
  /** Told the job each time its status changes, CANCELLING included. */
  onUpdate?: ((job: Job) => void) | undefined;
  /** Told each update of the progress stream while the job runs. */
  onProgress?: ((update: ProgressUpdate) => void) | undefined;
}

function checkWaitOptions(options: WaitOptions | undefined): WaitOptions & { pollInterval: number } {
  const pollInterval = options?.pollInterval ?? 5_000;
  if (typeof pollInterval !== "number" || !(pollInterval > 0)) {
    throw new InvalidRequestError(`pollInterval must be a positive number of milliseconds, got ${String(pollInterval)}.`);
  }
  for (const name of ["onUpdate", "onProgress"] as const) {
    if (options?.[name] !== undefined && typeof options[name] !== "function") throw new InvalidRequestError(`${name} must be a function.`);
  }
  return { ...options, pollInterval };
}

/** Statuses during which the progress stream has something to say. */
const STREAMING = new Set(["STARTING", "RUNNING"]);

/**
 * Streams in a row that ended sooner than `pollInterval` while the job ran on, before the wait stops
 * reopening them and polls: a deployment (or a proxy) that cuts streams short would otherwise be asked
 * again and again in a tight loop.
 */
const SHORT_STREAMS = 3;

/**
 * The first pause between status checks after a change of status: checks then double, up to
 * `pollInterval`, so a job that moves on quickly is seen quickly, and a long one costs few requests.
 */
const FIRST_POLL_MS = 250;

/** The resource a wait asks: the job, and its progress stream. */
interface WaitedJobs {
  get(jobId: string, options: RequestOptions): Promise<Job>;
  progress(jobId: string, options: RequestOptions): AsyncIterable<ProgressUpdate>;
}

/**
 * Waits until the job is SUCCEEDED, FAILED or CANCELLED and resolves to it. While the job runs it follows
 * the progress stream, which ends when the job does, so the end is seen at once; when the stream is
 * unavailable, fails or ends without a word, it falls back to checking the status, 250 ms after each
 * change and then twice as long each time, up to `pollInterval`. Every wait
 * is bounded by `deadline` and `signal`, each status check is one request with the client's retries.
 */
export async function waitForJob(
  jobs: WaitedJobs,
  memory: { noProgressStream: boolean },
  jobId: string,
  options: WaitOptions | undefined,
  logger: Logger,
): Promise<Job> {
  const id = checkPathParam(jobId, "jobId");
  const { pollInterval, onUpdate, onProgress, ...call } = checkWaitOptions(options);
  // The per-call options are checked as every call's are: a deadline that is not a positive number of ms is
  // refused before any request, and one past what a timer can wait is clamped.
  const { signal, deadline, timeout, maxRetries, headers } = checkRequestOptions(call);
  const each: RequestOptions = { timeout, maxRetries, headers };
  const endsAt = deadline === undefined ? Number.POSITIVE_INFINITY : Date.now() + deadline;
  let last: string | undefined;
  // A deployment found without the stream is remembered by the client, so its later waits go straight to polling.
  let streamWorks = !memory.noProgressStream;
  let shortStreams = 0;
  /** A short stream is reopened only after a pause, doubled each time: pollInterval, then twice that. */
  let reopenAt = 0;
  let pause = FIRST_POLL_MS;
  const givenUp = (cause?: unknown) =>
    new APITimeoutError(`Stopped waiting for ${jobId} after ${deadline} ms: it is still ${last ?? "not seen"}. The job goes on.`, {
      cause,
    });
  for (;;) {
    const left = endsAt - Date.now();
    let job: Job;
    try {
      job = await jobs.get(id, { ...each, signal, deadline: Number.isFinite(left) ? Math.max(left, 1) : undefined });
    } catch (error) {
      // A check cut short by the wait's own deadline is the wait running out, said as such.
      if (error instanceof APITimeoutError && Date.now() >= endsAt) throw givenUp(error);
      throw error;
    }
    const status = normalizeStatus(job.status);
    if (status !== last) {
      last = status;
      pause = FIRST_POLL_MS;
      onUpdate?.(job);
    }
    if (isTerminalStatus(status)) return job;
    if (endsAt - Date.now() <= 0) throw givenUp();
    if (streamWorks && STREAMING.has(status) && Date.now() >= reopenAt) {
      const opened = Date.now();
      const heard = await followStream((call) => jobs.progress(id, { ...each, ...call }), signal, endsAt, onProgress);
      if (heard === "deadline") throw givenUp();
      if (heard === "missing") {
        memory.noProgressStream = true;
        logger.info("The deployment has no progress stream: this client's waits poll job status from now on.");
      }
      // A stream that ends after speaking ends with the job, most often: check again at once. One that said
      // nothing is no help here: poll instead from now on.
      if (heard === "updates") {
        if (Date.now() - opened >= pollInterval) shortStreams = 0;
        else if (++shortStreams >= SHORT_STREAMS) streamWorks = false;
        else reopenAt = Date.now() + pollInterval * 2 ** (shortStreams - 1);
        continue;
      }
      streamWorks = false;
    }
    await sleep(Math.min(pause, pollInterval, endsAt - Date.now()), signal);
    pause *= 2;
  }
}

/** A deployment without the progress stream answers these for it; the job itself was just found. */
const NO_STREAM = new Set([404, 405, 501]);

/**
 * Follows the stream to its end, or the deadline; says whether it heard anything, or that the deployment
 * has no such stream. Never throws for the stream's own failures.
 */
async function followStream(
  follow: (options: RequestOptions) => AsyncIterable<ProgressUpdate>,
  signal: AbortSignal | undefined,
  endsAt: number,
  onProgress: WaitOptions["onProgress"],
): Promise<"updates" | "nothing" | "missing" | "deadline"> {
  const controller = new AbortController();
  const unlink = linkAbort(signal, controller);
  let pastDeadline = false;
  const timer = Number.isFinite(endsAt)
    ? setTimeout(
        () => {
          pastDeadline = true;
          controller.abort();
        },
        Math.max(endsAt - Date.now(), 0),
      )
    : undefined;
  let updates = 0;
  let missing = false;
  try {
    for await (const update of follow({ signal: controller.signal })) {
      updates++;
      notify(onProgress, update);
    }
  } catch (error) {
    // The caller's own callback failed: the wait rejects with its exception (the stream is closed by now).
    if (isCallbackFailure(error)) throw userError(error);
    if (signal?.aborted) throw abortError(signal);
    missing = error instanceof APIError && NO_STREAM.has(error.status ?? 0);
  } finally {
    clearTimeout(timer);
    unlink();
  }
  if (pastDeadline) return "deadline";
  return updates > 0 ? "updates" : missing ? "missing" : "nothing";
}
