import { sleep } from "./abort.ts";
import { APITimeoutError, InvalidRequestError } from "./errors.ts";
import type { RequestOptions } from "./options.ts";
import { isTerminalStatus, normalizeStatus } from "./status.ts";
import type { Job } from "./types.ts";

/** How `jobs.wait()` waits. */
export interface WaitOptions {
  /** Stops waiting (not the job) at once, with APIUserAbortError. */
  signal?: AbortSignal | undefined;
  /** Gives up after this many ms with an APITimeoutError that says the job's last status; the job goes on. */
  deadline?: number | undefined;
  /** Time between polls in ms. Default 5 000, as the official SDK. */
  pollInterval?: number | undefined;
  /** Told the job each time its status changes, CANCELLING included. */
  onUpdate?: ((job: Job) => void) | undefined;
}

export function checkWaitOptions(options: WaitOptions | undefined): WaitOptions & { pollInterval: number } {
  const pollInterval = options?.pollInterval ?? 5_000;
  if (typeof pollInterval !== "number" || !(pollInterval > 0)) {
    throw new InvalidRequestError(`pollInterval must be a positive number of milliseconds, got ${String(pollInterval)}.`);
  }
  if (options?.onUpdate !== undefined && typeof options.onUpdate !== "function")
    throw new InvalidRequestError("onUpdate must be a function.");
  return { ...options, pollInterval };
}

/**
 * Polls `get` until the job is SUCCEEDED, FAILED or CANCELLED and resolves to it. Every wait is bounded
 * by `deadline` and `signal`; each poll is one request with the client's retries.
 */
export async function waitForJob(
  get: (options: RequestOptions) => Promise<Job>,
  jobId: string,
  options: ReturnType<typeof checkWaitOptions>,
): Promise<Job> {
  const { signal, deadline, pollInterval, onUpdate } = options;
  const endsAt = deadline === undefined ? Number.POSITIVE_INFINITY : Date.now() + deadline;
  let last: string | undefined;
  const givenUp = (cause?: unknown) =>
    new APITimeoutError(`Stopped waiting for ${jobId} after ${deadline} ms: it is still ${last ?? "not seen"}. The job goes on.`, {
      cause,
    });
  for (;;) {
    const left = endsAt - Date.now();
    let job: Job;
    try {
      job = await get({ signal, deadline: Number.isFinite(left) ? Math.max(left, 1) : undefined });
    } catch (error) {
      // A poll cut short by the wait's own deadline is the wait running out, said as such.
      if (error instanceof APITimeoutError && Date.now() >= endsAt) throw givenUp(error);
      throw error;
    }
    const status = normalizeStatus(job.status);
    if (status !== last) {
      last = status;
      onUpdate?.(job);
    }
    if (isTerminalStatus(status)) return job;
    const wait = endsAt - Date.now();
    if (wait <= 0) throw givenUp();
    await sleep(Math.min(pollInterval, wait), signal);
  }
}
