/**
 * @sutro/jobs: the typed client of the Sutro jobs API.
 *
 * This is the web-standard entry (browsers, workers, any runtime with fetch):
 * it reads no environment and no files, so pass `apiURL` and `apiKey`. The
 * Node, Deno and Bun entries, picked by package.json conditions, also read
 * SUTRO_API_URL, SUTRO_API_KEY, SUTRO_LOG and ~/.sutro/config.json.
 *
 * @module
 */
import { type DeploymentReport, describeDeployment as describe, type ExplicitCredentials, NO_AMBIENT } from "./config/deployment.ts";

export { type RuntimeEnvironment, Sutro } from "./client.ts";
export type { AttemptSignal, Timeouts } from "./transport/attempt-signals.ts";
export type { APIPromise, WithResponse } from "./transport/replies.ts";
export type { Answer, Exchange } from "./transport/transport.ts";

/** Where this entry reads the config file the official Python CLI writes; this entry (browsers, workers) reads none. */
export function configFilePath(): string | undefined {
  return undefined;
}

/** Which deployment and key `new Sutro(options)` would use; this entry reads the options only. */
export function describeDeployment(options: ExplicitCredentials = {}): DeploymentReport {
  return describe(options, NO_AMBIENT);
}
export {
  type Ambient,
  type Deployment,
  type DeploymentReport,
  ENV_API_KEY,
  ENV_API_URL,
  EXAMPLE_API_URL,
  type ExplicitCredentials,
  type Found,
  maskApiKey,
  normalizeApiURL,
  type Pair,
} from "./config/deployment.ts";
export type { Logger, LogLevel } from "./config/logger.ts";
export type { ClientOptions, RequestOptions, RetryInfo } from "./config/options.ts";
export {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  type ApiKeySource,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  type CredentialSource,
  DatasetOutcomeUnknownError,
  DownloadError,
  describeSource,
  GoneError,
  InternalServerError,
  InvalidRequestError,
  JobCreationUnknownError,
  JobNotSucceededError,
  MalformedResponseError,
  MissingApiKeyError,
  MissingApiUrlError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type RequestInfo,
  SutroError,
  UnprocessableEntityError,
} from "./errors/errors.ts";
export { VERSION } from "./generated/version.ts";
export type {
  ColumnPart,
  DryRunResult,
  InferData,
  InferJobSettings,
  InferOptions,
  InferResult,
  InferRow,
  InferRowBase,
  InferRowError,
  JsonSchemaObject,
  OutputOf,
  OutputSchema,
  ReadFile,
} from "./lib/infer/types.ts";
export type { FileBytes, NamedBlob, OpenBlobs, SendStream, Spool } from "./model/files.ts";
export type { StandardIssue, StandardOutput, StandardResult, StandardSchema } from "./model/standard-schema.ts";
export { isKnownStatus, isTerminalStatus, JOB_STATUSES, normalizeStatus, TERMINAL_JOB_STATUSES } from "./model/status.ts";
export type {
  components,
  ErrorBody,
  FailureReason,
  Job,
  JobList,
  JobPage,
  JobStatus,
  KnownFields,
  KnownKeys,
  operations,
  paths,
  Quota,
  ResultsUrl,
  SamplingParams,
  Schemas,
  WithUnknownFields,
} from "./model/types.ts";
export {
  type AnswerOf,
  checkPathParam,
  type JsonBody,
  type OperationArgs,
  type OperationId,
  type OperationMethods,
  type OperationResult,
  type OperationSpec,
  type Params,
  type PresentOr,
} from "./operations/operation.ts";
export type {
  RawBody,
  RawCall,
  RawClient,
  RawContent,
  RawData,
  RawError,
  RawHookResult,
  RawInit,
  RawInitArgs,
  RawMethod,
  RawMiddleware,
  RawMiddlewareContext,
  RawMiddlewareHooks,
  RawOkStatus,
  RawOperation,
  RawParams,
  RawParseAs,
  RawParsed,
  RawPath,
  RawRequiredKeys,
  RawResult,
} from "./operations/raw-types.ts";
export type {
  Dataset,
  DatasetDownloadParams,
  DatasetFile,
  DatasetFileInput,
  Datasets,
  UploadFiles,
  UploadParams,
  UploadProgress,
  UploadResult,
} from "./resources/datasets/datasets.ts";
export type { CreateJobParams } from "./resources/jobs/create.ts";
export type { ByteSink, DownloadParams, DownloadProgress, DownloadResult, OpenFile } from "./resources/jobs/download.ts";
export { type CancelResult, Jobs, type ListPromise, type ResultsURLParams } from "./resources/jobs/jobs.ts";
export type { IterateParams, ListAllParams, ListPageParams, ListParams } from "./resources/jobs/list-params.ts";
export { JobIterator } from "./resources/jobs/pagination.ts";
export type { ProgressUpdate } from "./resources/jobs/progress.ts";
export type { ResultColumns, ResultRow, ResultsParams } from "./resources/jobs/results.ts";
export type { RowsParams } from "./resources/jobs/rows.ts";
export type { JobStatusDetail } from "./resources/jobs/status-detail.ts";
export type { WaitOptions } from "./resources/jobs/wait.ts";
