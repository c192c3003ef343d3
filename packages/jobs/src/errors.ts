/**
 * Every error the SDK throws is a SutroError. HTTP failures are APIError
 * subclasses chosen by status, so callers can branch with `instanceof`.
 *
 * None of these ever holds the API key: messages are built from the key's
 * *source* ("option", "env", "config file"), and requests are described by
 * method and URL only, never by their headers.
 */

/** Where the client found its API key; said in auth errors instead of the key. */
export type ApiKeySource = { kind: "option" } | { kind: "env"; name: string } | { kind: "config"; path: string };

export function describeKeySource(source: ApiKeySource): string {
  switch (source.kind) {
    case "option":
      return "the `apiKey` option";
    case "env":
      return `the ${source.name} environment variable`;
    case "config":
      return `the config file ${source.path}`;
  }
}

export class SutroError extends Error {
  override name = "SutroError";
}

/** Bad arguments or configuration, refused before any request is sent. */
export class InvalidRequestError extends SutroError {
  override name = "InvalidRequestError";
}

/** No key in the options, nor (in the Node, Deno and Bun entries) the environment or the config file. */
export class MissingApiKeyError extends InvalidRequestError {
  override name = "MissingApiKeyError";
}

/** What a failed request was, for messages and error fields. */
export interface RequestInfo {
  method: string;
  url: string;
}

export class APIError extends SutroError {
  override name = "APIError";
  /** HTTP status; undefined when no response arrived. */
  readonly status: number | undefined;
  /** The parsed error body (JSON when it parsed, text otherwise). */
  readonly body: unknown;
  readonly headers: Headers | undefined;
  /** The server's request id (`x-request-id` or `request-id`), to quote to support. */
  readonly requestId: string | undefined;
  readonly request: RequestInfo | undefined;

  constructor(message: string, init: { status?: number; body?: unknown; headers?: Headers; request?: RequestInfo; cause?: unknown } = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.body = init.body;
    this.headers = init.headers;
    this.requestId = init.headers?.get("x-request-id") ?? init.headers?.get("request-id") ?? undefined;
    this.request = init.request;
  }
}

export class BadRequestError extends APIError {
  override name = "BadRequestError";
}
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
}
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
}
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
export class ConflictError extends APIError {
  override name = "ConflictError";
}
export class UnprocessableEntityError extends APIError {
  override name = "UnprocessableEntityError";
}
export class RateLimitError extends APIError {
  override name = "RateLimitError";
  /** How long the server asked to wait, in milliseconds, when it said. */
  readonly retryAfter: number | undefined;
  constructor(message: string, init: ConstructorParameters<typeof APIError>[1] & { retryAfter?: number }) {
    super(message, init);
    this.retryAfter = init.retryAfter;
  }
}
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}

/** A 2xx response whose body is not what the spec promises (not JSON, wrong shape, a cursor loop). */
export class MalformedResponseError extends APIError {
  override name = "MalformedResponseError";
}

/** No response: DNS, refused or reset connection, TLS... */
export class APIConnectionError extends APIError {
  override name = "APIConnectionError";
}

/** An attempt outlived `timeout`, or the whole call outlived `deadline`. */
export class APITimeoutError extends APIConnectionError {
  override name = "APITimeoutError";
}

/** The caller's AbortSignal fired. */
export class APIUserAbortError extends SutroError {
  override name = "APIUserAbortError";
}

const STATUS_ERRORS: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
};

/** The message the server gave, if its body has one. */
function serverMessage(body: unknown): string | undefined {
  if (typeof body === "string") return body.trim().slice(0, 200) || undefined;
  if (body && typeof body === "object") {
    for (const key of ["error", "message", "detail"] as const) {
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === "string" && value) return value;
    }
  }
  return undefined;
}

/** What to do about a status, in a few words the caller can act on. */
function advice(status: number, keySource: ApiKeySource, retryAfter: number | undefined): string {
  if (status === 401) {
    return `Check the API key: it came from ${describeKeySource(keySource)}. Keys look like sk_live_…`;
  }
  if (status === 403) return "The key is valid but not allowed to do this.";
  if (status === 422) return "A parameter was refused; the cursor must be a next_cursor the server returned.";
  if (status === 429) {
    return retryAfter === undefined
      ? "Slow down and try again later."
      : `The server asked to wait ${Math.ceil(retryAfter / 1000)} s before the next request.`;
  }
  if (status >= 500) return "The server failed; it is safe to try again later.";
  return "";
}

/** Builds the typed error for a non-2xx response. */
export function errorForStatus(init: {
  status: number;
  body: unknown;
  headers: Headers;
  request: RequestInfo;
  keySource: ApiKeySource;
  retryAfter: number | undefined;
}): APIError {
  const { status, request, retryAfter } = init;
  const said = serverMessage(init.body);
  const message = [
    `${request.method} ${request.url} failed with ${status}${said ? `: ${said}` : ""}.`,
    advice(status, init.keySource, retryAfter),
  ]
    .filter(Boolean)
    .join(" ");
  const fields = { status, body: init.body, headers: init.headers, request };
  if (status === 429) return new RateLimitError(message, { ...fields, retryAfter });
  const ErrorClass = STATUS_ERRORS[status] ?? (status >= 500 ? InternalServerError : APIError);
  return new ErrorClass(message, fields);
}
