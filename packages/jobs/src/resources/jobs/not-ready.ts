/**
 * What a 409 (or a 404) from a job's results means, asked of the job itself once: a job that has not SUCCEEDED is a
 * JobNotSucceededError at once, with its status (and why, when it FAILED); a job that has SUCCEEDED only
 * has not got its results written yet, so they are asked for again with a growing pause, for up to a
 * minute (as the official SDK does). Loaded with the first such 409.
 */
import type { RequestOptions } from "../../config/options.ts";
import { JobNotSucceededError, NotFoundError } from "../../errors/errors.ts";
import { normalizeStatus } from "../../model/status.ts";
import { sleep } from "../../transport/abort.ts";
import type { JobStatusDetail } from "./status-detail.ts";

/** How long results that are not there yet right after SUCCEEDED are asked for again. */
const RESULTS_WINDOW_MS = 60_000;

export async function whenReady<T>(
  refused: unknown,
  jobId: string,
  statusOf: (options: RequestOptions) => Promise<JobStatusDetail>,
  again: () => Promise<T>,
  options: RequestOptions,
): Promise<T> {
  // Any other failure is what it is: loaded here only so that the entry carries none of this.
  if (!(refused instanceof JobNotSucceededError || refused instanceof NotFoundError)) throw refused;
  const { status: given, failureReason } = await statusOf({ signal: options.signal });
  const status = normalizeStatus(given);
  if (status !== "SUCCEEDED") {
    const why = failureReason?.message ? ` (${failureReason.message})` : "";
    const { body, headers, request } = refused;
    const error = new JobNotSucceededError(`Job ${jobId} is ${status}${why}: it has results once it has SUCCEEDED.`, {
      status: refused.status,
      body,
      headers,
      request,
      cause: refused,
    });
    throw Object.assign(error, { jobId, jobStatus: status, failureReason });
  }
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    await sleep(Math.min(250 * 2 ** attempt, 5_000), options.signal);
    try {
      return await again();
    } catch (error) {
      const notYet = error instanceof JobNotSucceededError || error instanceof NotFoundError;
      if (!notYet || Date.now() - started > RESULTS_WINDOW_MS) throw error;
    }
  }
}
