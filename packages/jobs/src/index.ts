/**
 * @sutro/jobs: the typed client of the Sutro jobs API.
 *
 * This is the web-standard entry (browsers, workers, any runtime with fetch):
 * it reads no environment and no files, so pass `apiKey`. The Node, Deno and
 * Bun entries, picked by package.json conditions, also read SUTRO_API_KEY,
 * SUTRO_BASE_URL, SUTRO_LOG and ~/.sutro/config.json.
 *
 * @module
 */
export { type RuntimeEnvironment, Sutro } from "./client.ts";

/** Where this entry reads the config file the official Python CLI writes; this entry (browsers, workers) reads none. */
export function configFilePath(): string | undefined {
  return undefined;
}
export {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  type ApiKeySource,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidRequestError,
  MalformedResponseError,
  MissingApiKeyError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type RequestInfo,
  SutroError,
  UnprocessableEntityError,
} from "./errors.ts";
export { VERSION } from "./generated/version.ts";
export { Jobs } from "./jobs.ts";
export type { Logger, LogLevel } from "./logger.ts";
export { type ClientOptions, DEFAULT_BASE_URL, type RequestOptions, type RetryInfo } from "./options.ts";
export { JobIterator } from "./pagination.ts";
export type { IterateParams, ListAllParams, ListPageParams, ListParams } from "./params.ts";
export { isKnownStatus, isTerminalStatus, JOB_STATUSES, normalizeStatus, TERMINAL_JOB_STATUSES } from "./status.ts";
export type { components, ErrorBody, FailureReason, Job, JobList, JobPage, JobStatus, operations, paths, SamplingParams } from "./types.ts";
