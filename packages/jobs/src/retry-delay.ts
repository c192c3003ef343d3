/**
 * How long to wait before a retry: what the server asked (Retry-After), else exponential backoff; no retry
 * when that wait passes `maxRetryAfter` or the deadline. Loaded with the first retryable failure, so a
 * client whose calls succeed never carries the date parsing.
 */
import type { APIConnectionError } from "./errors.ts";
import type { ResolvedConfig } from "./options.ts";
import { backoffMs } from "./retry.ts";

const WEEKDAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
/** RFC 9110's three HTTP-date forms: IMF-fixdate, the obsolete RFC 850 form, and asctime(). */
const HTTP_DATE = new RegExp(
  [
    `^${WEEKDAY}, \\d{2} ${MONTH} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$`,
    `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}-${MONTH}-\\d{2} \\d{2}:\\d{2}:\\d{2} GMT$`,
    `^${WEEKDAY} ${MONTH} [ \\d]\\d \\d{2}:\\d{2}:\\d{2} \\d{4}$`,
  ].join("|"),
);

/**
 * The wait the server asked for, in ms: `retry-after-ms` (a non-negative number), then `Retry-After` as
 * delta-seconds (a non-negative integer) or an HTTP date. Anything else (`-5`, `1 2`, `soon`) is ignored,
 * so the normal backoff applies rather than a retry at once.
 */
export function retryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms")?.trim();
  if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  const value = headers.get("retry-after")?.trim();
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!HTTP_DATE.test(value)) return undefined;
  // asctime() has no zone: it is GMT too.
  const date = Date.parse(/GMT$/.test(value) ? value : `${value} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

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
