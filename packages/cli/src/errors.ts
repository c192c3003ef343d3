import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  ConfigurationError,
  GoneError,
  InvalidRequestError,
  MissingApiKeyError,
  PermissionDeniedError,
  UnprocessableEntityError,
} from "@sutro/jobs";

/** A mistake in the command line itself. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The job asked for by `status` does not exist; exit 1 without an error banner. */
export class NotFound extends Error {
  override name = "NotFound";
}

export const EXIT = { ok: 0, notFound: 1, usage: 2, auth: 3, network: 4, server: 5, config: 6, interrupted: 130, other: 1 } as const;

/** stdout's reader went away (`| head`): the command's output is simply no longer wanted. */
export function isClosedPipe(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "EPIPE";
}

/** One exit code per kind of failure, so scripts can branch on it. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof NotFound) return EXIT.notFound;
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
