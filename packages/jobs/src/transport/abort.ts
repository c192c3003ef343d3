import { MAX_TIMER_MS } from "../config/timer-limit.ts";
import { APIUserAbortError } from "../errors/errors.ts";

const NOTHING = () => {};

/**
 * Links a child controller to a parent signal until `unlink` is called.
 * Hand-rolled rather than AbortSignal.any so that a long-lived caller signal
 * (one per `iterate` run of thousands of pages) keeps no listener per request.
 */
export function linkAbort(parent: AbortSignal | undefined, child: AbortController | undefined): () => void {
  if (!parent || !child) return NOTHING;
  if (parent.aborted) {
    child.abort(parent.reason);
    return NOTHING;
  }
  const onAbort = () => child.abort(parent.reason);
  parent.addEventListener("abort", onAbort, { once: true });
  return () => parent.removeEventListener("abort", onAbort);
}

/** The signal's own reason (a timeout's, the caller's) rides along as the cause. */
export function abortError(signal: AbortSignal | undefined): APIUserAbortError {
  return new APIUserAbortError("The request was aborted by its AbortSignal.", { cause: signal?.reason });
}

/** Waits `ms`, or rejects with APIUserAbortError as soon as `signal` fires. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.min(ms, MAX_TIMER_MS),
    );
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
