/**
 * How long to wait before a retry: what the server asked (Retry-After), else exponential backoff; no retry
 * when that wait passes `maxRetryAfter` or the deadline. Loaded with the first retryable failure, so a
 * client whose calls succeed never carries the date parsing.
 */

import type { ResolvedConfig } from "../config/options.ts";
import type { APIConnectionError } from "../errors/errors.ts";
import { retryAfterMs } from "../errors/retry-after.ts";
import { backoffMs } from "./retry.ts";

/** A failed attempt that may be retried, and where the call stands. */
export interface RetryCase {
  method: string;
  url: string;
  /** The attempt that failed, from 1. */
  attempt: number;
  maxRetries: number;
  deadlineAt: number;
  /** The retryable answer, or the connection error. */
  headers: Headers | undefined;
  status: number | undefined;
  error: APIConnectionError | undefined;
}

/** The wait before the next attempt in ms, said in the log; undefined when there should be none. */
export function retryDelay(config: ResolvedConfig, failed: RetryCase): number | undefined {
  const { method, url, attempt, status, error } = failed;
  const asked = failed.headers && retryAfterMs(failed.headers);
  if (asked !== undefined && asked > config.maxRetryAfter) {
    config.logger.warn(
      `${method} ${url}: the server asked to wait ${asked} ms, longer than maxRetryAfter (${config.maxRetryAfter} ms); not retrying.`,
    );
    return undefined;
  }
  const delay = asked ?? backoffMs(attempt, config.initialDelay, config.maxDelay);
  if (Date.now() + delay >= failed.deadlineAt) return undefined;
  config.logger.info(
    `retrying ${method} ${url} in ${Math.round(delay)} ms after ${status ?? error?.name} (attempt ${attempt} of ${failed.maxRetries + 1})`,
  );
  return delay;
}
