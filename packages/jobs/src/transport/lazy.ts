/**
 * Parts of the SDK loaded on first use, each in a chunk of its own, so the entry carries only what every
 * call needs. Each layer declares the loaders of its own parts (operations/lazy.ts, resources/jobs/lazy.ts)
 * with `once`, and a loader only ever points at its own layer or a lower one, so no import circle runs
 * through them. `import()` itself costs microseconds a call, a settled promise next to nothing.
 */

/** `load`, done once; a failed load (a chunk a browser could not fetch) is tried again next time. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/** The typed errors of failed requests, with their messages. */
export const failures = once(() => import("../errors/failures.ts"));
/** The wait before a retry (Retry-After parsing, backoff), needed only after a retryable failure. */
export const retryDelay = once(() => import("./retry-delay.ts"));
