/**
 * The parts of the SDK loaded on first use, each in a chunk of its own, so the entry carries only what
 * every call needs. Each is imported once: `import()` itself costs microseconds a call, a settled promise
 * next to nothing. A failed load (a chunk a browser could not fetch) is tried again next time.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
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
export const failures = once(() => import("./failures.ts"));
/** The wait before a retry (Retry-After parsing, backoff), needed only after a retryable failure. */
export const retryDelay = once(() => import("./retry-delay.ts"));
/** The spec's schemas and the validator, for `validate: true`. */
export const specCheck = once(() => import("./spec-check.ts"));
/** The results' columns checked and turned into rows. */
export const resultRows = once(() => import("./results.ts"));
/** A new job's parameters checked, and what an unknown outcome says. */
export const jobParams = once(() => import("./job-params.ts"));
/** Waiting for a job's end. */
export const waiting = once(() => import("./wait.ts"));
/** Downloading a results file. */
export const downloader = once(() => import("./download.ts"));
/** Following the progress stream. */
export const progressStream = once(() => import("./progress.ts"));
/** openapi-fetch, behind `sutro.raw`. */
export const openapiFetch = once(() => import("openapi-fetch"));
