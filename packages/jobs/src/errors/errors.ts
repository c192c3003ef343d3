/**
 * Every error the SDK throws is a SutroError. HTTP failures are APIError
 * subclasses chosen by status, so callers can branch with `instanceof`.
 *
 * None of these ever holds the API key: messages are built from the key's
 * *source* ("option", "env", "config file"), and requests are described by
 * method and URL only, never by their headers.
 */
import type { FailureReason } from "../model/types.ts";
import { redactHeaders } from "./redact.ts";

/** Where the client found its API key or its deployment URL; said in errors instead of the key. */
export type CredentialSource = { kind: "option" } | { kind: "env"; name: string } | { kind: "config"; path: string; field: string };

/** Where the client found its API key. */
export type ApiKeySource = CredentialSource;

/** "the SUTRO_API_KEY environment variable", "api_key in /home/me/.sutro/config.json", … */
export function describeSource(source: CredentialSource, option: string): string {
  switch (source.kind) {
    case "option":
      return `the \`${option}\` option`;
    case "env":
      return `the ${source.name} environment variable`;
    case "config":
      return `${source.field} in ${source.path}`;
  }
}

/** What to do about a retired host: said when one is refused, and with a 410. */
export const RETIRED_ADVICE =
  "Sutro now gives every customer a deployment of its own: copy your deployment URL and a key from the Sutro app (API Keys panel), then pass `apiURL` or set SUTRO_API_URL.";

/** The base of every error the SDK throws. */
export class SutroError extends Error {
  /** The class's name, kept through minification: "SutroError". */
  override name = "SutroError";

  /** What `JSON.stringify(error)` shows: the name and message (Error's own fields are not enumerable). */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

/** Bad arguments or configuration, refused before any request is sent. */
export class InvalidRequestError extends SutroError {
  /** The class's name, kept through minification: "InvalidRequestError". */
  override name = "InvalidRequestError";
}

/**
 * The deployment or its key is missing, incomplete or refused (a retired host, a
 * URL with a path): nothing was sent.
 */
export class ConfigurationError extends InvalidRequestError {
  /** The class's name, kept through minification: "ConfigurationError". */
  override name = "ConfigurationError";
}

/** A deployment URL without its key: in the options, the environment pair or the config file pair. */
export class MissingApiKeyError extends ConfigurationError {
  /** The class's name, kept through minification: "MissingApiKeyError". */
  override name = "MissingApiKeyError";
}

/** No deployment URL, or a key without the URL of its deployment. There is no default deployment. */
export class MissingApiUrlError extends ConfigurationError {
  /** The class's name, kept through minification: "MissingApiUrlError". */
  override name = "MissingApiUrlError";
}

/** What a failed request was, for messages and error fields. */
export interface RequestInfo {
  /** The HTTP method, e.g. GET. */
  method: string;
  /** The full URL, query included. */
  url: string;
}

/** A request that failed: the HTTP status (or none, for a connection error), the body, the headers and the request. */
export class APIError extends SutroError {
  /** The class's name, kept through minification: "APIError". */
  override name = "APIError";
  /** HTTP status; undefined when no response arrived. */
  readonly status: number | undefined;
  /** The parsed error body (JSON when it parsed, text otherwise). */
  readonly body: unknown;
  /** The response headers, with credentials (`set-cookie`, …) replaced by "[redacted]". */
  readonly headers: Headers | undefined;
  /** The server's request id (`x-request-id` or `request-id`), to quote to support. */
  readonly requestId: string | undefined;
  /** The request that failed: method and URL, never its headers. */
  readonly request: RequestInfo | undefined;

  /** What `JSON.stringify(error)` shows: name, message, status, request id, request, redacted headers and body. */
  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      requestId: this.requestId,
      request: this.request,
      headers: this.headers && Object.fromEntries(this.headers),
      body: this.body,
    };
  }

  /** Made by the SDK; `init` carries what the response said. */
  constructor(
    message: string,
    init: {
      status?: number | undefined;
      body?: unknown;
      headers?: Headers | undefined;
      request?: RequestInfo | undefined;
      cause?: unknown;
    } = {},
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.body = init.body;
    // A copy with credentials replaced, as the debug log shows them: an error gets logged and inspected.
    this.headers = init.headers && new Headers(redactHeaders(init.headers));
    this.requestId = init.headers && requestIdOf(init.headers);
    this.request = init.request;
  }
}

/** The id a response carries for support to find it: `x-request-id`, or `request-id`. */
export function requestIdOf(headers: Headers): string | undefined {
  return headers.get("x-request-id") ?? headers.get("request-id") ?? undefined;
}

/** 400: the server refused the request as malformed. */
export class BadRequestError extends APIError {
  /** The class's name, kept through minification: "BadRequestError". */
  override name = "BadRequestError";
}
/** 401: the key is missing, wrong, or not a key of this deployment. */
export class AuthenticationError extends APIError {
  /** The class's name, kept through minification: "AuthenticationError". */
  override name = "AuthenticationError";
}
/** 403: the key is valid but not allowed to do this. */
export class PermissionDeniedError extends APIError {
  /** The class's name, kept through minification: "PermissionDeniedError". */
  override name = "PermissionDeniedError";
}
/** 404: no such job (or path). */
export class NotFoundError extends APIError {
  /** The class's name, kept through minification: "NotFoundError". */
  override name = "NotFoundError";
}
/** 409: the request conflicts with the job's state (e.g. results of a job that has not succeeded). */
export class ConflictError extends APIError {
  /** The class's name, kept through minification: "ConflictError". */
  override name = "ConflictError";
}
/** 410: the host is retired (the old central API); use your deployment's URL. Never retried. */
export class GoneError extends APIError {
  /** The class's name, kept through minification: "GoneError". */
  override name = "GoneError";
}
/**
 * The job has not succeeded (yet), so it has no results: a 409 from a job's results, or a job `infer()`
 * waited for that ended FAILED or CANCELLED. The message says what is known of its status.
 */
export class JobNotSucceededError extends ConflictError {
  /** The class's name, kept through minification: "JobNotSucceededError". */
  override name = "JobNotSucceededError";
  // Declared, not initialised: set by the code that knows them (loaded on first use), they cost the
  // entry's bundle nothing.
  /** The job, when known. */
  declare readonly jobId?: string | undefined;
  /** Its status when this was said (FAILED, CANCELLED, RUNNING…), when known. */
  declare readonly jobStatus?: string | undefined;
  /** Why it failed, when it FAILED and the server said. */
  declare readonly failureReason?: FailureReason | null | undefined;
}
/** 422: a parameter was refused (a `limit` out of range, an unknown `cursor`). */
export class UnprocessableEntityError extends APIError {
  /** The class's name, kept through minification: "UnprocessableEntityError". */
  override name = "UnprocessableEntityError";
}
/** 429: too many requests; `retryAfter` says how long the server asked to wait. */
export class RateLimitError extends APIError {
  /** The class's name, kept through minification: "RateLimitError". */
  override name = "RateLimitError";
  /** How long the server asked to wait, in milliseconds, when it said. */
  readonly retryAfter: number | undefined;
  /** Made by the SDK, with the wait the server asked for. */
  constructor(message: string, init: ConstructorParameters<typeof APIError>[1] & { retryAfter?: number | undefined }) {
    super(message, init);
    this.retryAfter = init.retryAfter;
  }
}
/** 5xx: the server or the proxy in front of it failed (524 is the proxy's origin timeout). */
export class InternalServerError extends APIError {
  /** The class's name, kept through minification: "InternalServerError". */
  override name = "InternalServerError";
}

/** A 2xx response whose body is not what the spec promises (not JSON, wrong shape, a cursor loop). */
export class MalformedResponseError extends APIError {
  /** The class's name, kept through minification: "MalformedResponseError". */
  override name = "MalformedResponseError";
}

/** No response: DNS, refused or reset connection, TLS... */
export class APIConnectionError extends APIError {
  /** The class's name, kept through minification: "APIConnectionError". */
  override name = "APIConnectionError";
}

/** An attempt outlived `timeout`, or the whole call outlived `deadline`. */
export class APITimeoutError extends APIConnectionError {
  /** The class's name, kept through minification: "APITimeoutError". */
  override name = "APITimeoutError";
}

/**
 * `jobs.create()` sent the job but no answer said whether it was created (a 524 from the proxy, a dropped
 * connection, a timeout after sending). It is never retried blindly: the job may exist. Look for it among
 * the newest jobs (by `name`) before submitting again.
 */
export class JobCreationUnknownError extends APIError {
  /** The class's name, kept through minification: "JobCreationUnknownError". */
  override name = "JobCreationUnknownError";
}

/**
 * A dataset's creation, or a file's upload, may or may not have happened: the answer was lost after the request
 * may have arrived, and asking the dataset could not tell. Never retried blindly.
 */
export class DatasetOutcomeUnknownError extends APIError {
  /** The class's name, kept through minification: "DatasetOutcomeUnknownError". */
  override name = "DatasetOutcomeUnknownError";
}

/**
 * The results file could not be downloaded completely (storage refused it, sent another file, kept breaking
 * off, or the destination could not be written). Nothing is left at the destination's name. The request's URL
 * is shown without its query string, which is the presigned credential.
 */
export class DownloadError extends APIError {
  /** The class's name, kept through minification: "DownloadError". */
  override name = "DownloadError";
}

/** The caller's AbortSignal fired. */
export class APIUserAbortError extends SutroError {
  /** The class's name, kept through minification: "APIUserAbortError". */
  override name = "APIUserAbortError";
}
