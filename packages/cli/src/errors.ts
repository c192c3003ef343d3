import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  ConfigurationError,
  DownloadError,
  GoneError,
  InvalidRequestError,
  JobCreationUnknownError,
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
  /** The output file could not be written (a directory, a missing folder, no permission); nothing was left under its name. */
  cannotWrite: 12,
  /** infer: some rows did not match the output schema (they are in the output with their error). */
  rowsFailed: 13,
  interrupted: 130,
  other: 1,
} as const;

/** What each exit code means: the one table `--help` prints and the CLI guide repeats (a test holds them equal). */
export const EXIT_MEANINGS: readonly [code: number, meaning: string][] = [
  [EXIT.ok, "ok"],
  [EXIT.notFound, "not found (no such job), or an error of no other kind"],
  [EXIT.usage, "usage: a mistake in the command line; nothing was sent"],
  [EXIT.auth, "authentication: the key was refused, or a URL came without its key"],
  [EXIT.network, "network or timeout: no complete answer"],
  [EXIT.server, "server error, or a job or upload whose outcome is unknown (look before sending again)"],
  [EXIT.config, "configuration: no deployment, a key without its URL, a retired host"],
  [EXIT.jobFailed, "the job ended FAILED"],
  [EXIT.jobCancelled, "the job ended CANCELLED"],
  [EXIT.notReady, "no results yet: the job has not succeeded"],
  [EXIT.cancelRefused, "cancel refused: the job had already finished"],
  [EXIT.downloadIncomplete, "download incomplete: nothing saved under the file's name"],
  [EXIT.cannotWrite, "cannot write the output file: nothing saved under its name"],
  [EXIT.rowsFailed, "infer: some rows did not match the output schema (written with their error)"],
  [EXIT.interrupted, "interrupted (Ctrl-C)"],
];

/** An output file the command cannot write: said in one line, before anything is asked of the API where it can be. */
export class CannotWriteError extends Error {
  override name = "CannotWriteError";
  readonly exitCode = EXIT.cannotWrite;
}

/** stdout's reader went away (`| head`): the command's output is simply no longer wanted. */
export function isClosedPipe(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "EPIPE";
}

/** One exit code per kind of failure, so scripts can branch on it. */
export function exitCodeFor(error: unknown): number {
  // Ctrl-C while a job was being sent: interrupted, whatever became of the job (the message says).
  if (error instanceof JobCreationUnknownError && error.cause instanceof APIUserAbortError) return EXIT.interrupted;
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
