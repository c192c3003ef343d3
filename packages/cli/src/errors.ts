import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  ConfigurationError,
  DownloadError,
  GoneError,
  InvalidRequestError,
  JobNotSucceededError,
  MissingApiKeyError,
  NotFoundError,
  PermissionDeniedError,
  UnprocessableEntityError,
} from "@sutro/jobs";

/** A mistake in the command line itself. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const EXIT = {
  ok: 0,
  notFound: 1,
  usage: 2,
  auth: 3,
  network: 4,
  server: 5,
  config: 6,
  /** The job ended FAILED (submit --wait, cancel --wait). */
  jobFailed: 7,
  /** The job ended CANCELLED. */
  jobCancelled: 8,
  /** The job exists but has no results: it has not SUCCEEDED (yet). */
  notReady: 9,
  /** The server refused to cancel (the job had already finished). */
  cancelRefused: 10,
  /** The results file could not be downloaded completely; nothing was left under its name. */
  downloadIncomplete: 11,
  interrupted: 130,
  other: 1,
} as const;

/** stdout's reader went away (`| head`): the command's output is simply no longer wanted. */
export function isClosedPipe(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "EPIPE";
}

/** One exit code per kind of failure, so scripts can branch on it. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof NotFoundError) return EXIT.notFound;
  if (error instanceof JobNotSucceededError) return EXIT.notReady;
  if (error instanceof DownloadError) return EXIT.downloadIncomplete;
  if (error instanceof MissingApiKeyError || error instanceof AuthenticationError || error instanceof PermissionDeniedError)
    return EXIT.auth;
  // No deployment, a URL without its key, a retired host (refused here, or answering 410 Gone).
  if (error instanceof ConfigurationError || error instanceof GoneError) return EXIT.config;
  if (error instanceof UsageError || error instanceof InvalidRequestError || error instanceof UnprocessableEntityError) return EXIT.usage;
  if (error instanceof APIConnectionError) return EXIT.network;
  if (error instanceof APIUserAbortError) return EXIT.interrupted;
  if (error instanceof APIError) return EXIT.server;
  return EXIT.other;
}
