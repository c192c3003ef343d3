/**
 * Whether a request that creates something (a job, a dataset, an upload) definitely did not: refused before
 * it was sent, or answered with a 4xx. Anything else (a 5xx, a dropped connection, a timeout, an answer cut
 * short) may have reached the server and done the work, so it is never retried blindly.
 */
import { APIError, InvalidRequestError } from "./errors.ts";

export function definitelyRefused(error: unknown): boolean {
  return (
    error instanceof InvalidRequestError ||
    (error instanceof APIError && error.status !== undefined && error.status >= 400 && error.status < 500)
  );
}
