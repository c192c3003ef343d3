/**
 * The typed errors of requests that failed: no complete answer (a dropped connection, a timeout), a non-2xx
 * status (with the server's words and what to do about it), a body that is not JSON, or one the spec does
 * not allow; and the warning for a deployment that ignores `limit`. Loaded with the first failure, in a
 * chunk of its own: a client whose calls succeed never carries it.
 */

import { corsHint } from "./cors.ts";
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type CredentialSource,
  describeSource,
  GoneError,
  InternalServerError,
  InvalidRequestError,
  JobNotSucceededError,
  MalformedResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RETIRED_ADVICE,
  type RequestInfo,
  UnprocessableEntityError,
} from "./errors.ts";
import { redactBody, redactError, redactText } from "./presigned.ts";
import { retryAfterMs } from "./retry-after.ts";

/** What the failed answer was: its status and headers (the body is passed on its own). */
interface Answered {
  status: number;
  headers: Headers;
}

/**
 * Joins sentences, each ending in exactly one full stop (or its own `!`/`?`), so
 * server text that ends in punctuation never reads `unchanged.. Check`.
 */
export function sentences(...parts: (string | undefined)[]): string {
  return parts
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
    .map((part) => (/[.!?…]$/.test(part) ? part : `${part}.`))
    .join(" ");
}

const STATUS_ERRORS: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  410: GoneError,
  422: UnprocessableEntityError,
};

/** FastAPI's validation detail: `[{ loc: ["query", "limit"], msg: "…" }]` → `query.limit: …`. */
function validationDetail(items: unknown[]): string | undefined {
  const lines = items.map((item) => {
    const { loc, msg } = (item ?? {}) as { loc?: unknown; msg?: unknown };
    if (typeof msg !== "string") return undefined;
    return Array.isArray(loc) ? `${loc.join(".")}: ${msg}` : msg;
  });
  return lines.every((line) => line !== undefined) && lines.length ? lines.join("; ") : undefined;
}

/** The message the server gave, if its body has one: `detail` (FastAPI), `message` or `error`. */
function serverMessage(body: unknown): string | undefined {
  if (typeof body === "string") return body.replace(/\s+/g, " ").trim().slice(0, 200) || undefined;
  if (body && typeof body === "object") {
    for (const key of ["detail", "message", "error"] as const) {
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === "string" && value.trim()) return value.trim();
      if (key === "detail" && Array.isArray(value)) {
        const said = validationDetail(value);
        if (said) return said;
      }
    }
  }
  return undefined;
}

/**
 * The origin a redirect points to, when it is not the request's own (only the origin: a Location can carry
 * credentials in its query, as presigned URLs do).
 */
function otherOrigin(location: string | null, url: string): string | undefined {
  try {
    const to = new URL(location ?? "", url).origin;
    return location && to !== new URL(url).origin ? to : undefined;
  } catch {
    return undefined;
  }
}

/** What to do about a status, in a few words the caller can act on. */
function advice(status: number, keySource: CredentialSource, retryAfter: number | undefined, url: string, location: string | null): string {
  const to = status >= 300 && status <= 399 ? otherOrigin(location, url) : undefined;
  if (to) {
    return `It redirects to ${to}, another origin: the SDK follows no redirect away from the deployment, so that the key goes nowhere else. Check the deployment URL`;
  }
  if (status === 401) {
    return `Check the API key: it came from ${describeSource(keySource, "apiKey")}, and works only on the deployment it was issued for.`;
  }
  if (status === 403) return "The key is valid but not allowed to do this.";
  if (status === 410) return RETIRED_ADVICE;
  if (status === 422) {
    // Only a request that sent a cursor hears about cursors.
    return /[?&]cursor=/.test(url)
      ? "A parameter was refused; the cursor must be a next_cursor the server returned."
      : "A parameter was refused.";
  }
  if (status === 429) {
    return retryAfter === undefined
      ? "Slow down and try again later."
      : `The server asked to wait ${Math.ceil(retryAfter / 1000)} s before the next request.`;
  }
  if (status >= 500) return "The server failed; it is safe to try again later.";
  return "";
}

/** Builds the typed error for a non-2xx response. */
function errorForStatus(init: {
  status: number;
  body: unknown;
  headers: Headers;
  request: RequestInfo;
  keySource: CredentialSource;
  retryAfter: number | undefined;
  notSucceeded: boolean | undefined;
}): APIError {
  const { status, request, retryAfter } = init;
  const said = serverMessage(init.body);
  const message = sentences(
    `${request.method} ${request.url} failed with ${status}${said ? `: ${said}` : ""}`,
    advice(status, init.keySource, retryAfter, request.url, init.headers.get("location")),
  );
  const fields = { status, body: init.body, headers: init.headers, request };
  if (status === 429) return new RateLimitError(message, { ...fields, retryAfter });
  const ErrorClass =
    status === 409 && init.notSucceeded
      ? JobNotSucceededError
      : (STATUS_ERRORS[status] ?? (status >= 500 ? InternalServerError : APIError));
  return new ErrorClass(message, fields);
}

/** An error body as JSON when it is JSON, else its text (as openapi-fetch gives `raw` callers). */
function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The typed error of a non-2xx answer: its body parsed when it is JSON, the key named by its source only,
 * the request as method and URL only (never its body). `notSucceeded`: the operation's 409 is the spec's
 * NotSucceeded, a job without results yet.
 */
export function statusError(
  keySource: CredentialSource,
  { method, url }: RequestInfo,
  status: number,
  headers: Headers,
  text: string,
  notSucceeded?: boolean,
) {
  return errorForStatus({
    status,
    body: redactBody(parseOrText(text)),
    headers,
    request: { method, url },
    keySource,
    retryAfter: retryAfterMs(headers),
    notSucceeded,
  });
}

/**
 * What a failed answer was, for the error's fields: the request as method and URL only (never its body),
 * and the body with any presigned URL in it redacted (a results-url answer holds credentials).
 */
function answered({ method, url }: RequestInfo, reply: Answered, body: unknown) {
  return { status: reply.status, headers: reply.headers, request: { method, url }, body: redactBody(body) };
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
}

/** A 2xx answer whose body is not JSON: most often a URL that points at a web page or a proxy. */
export function notJSON(request: RequestInfo, reply: Answered, text: string, cause: unknown): MalformedResponseError {
  const { status, headers } = reply;
  const type = headers.get("content-type") ?? "no content type";
  const what = text ? `"${snippet(redactText(text))}"` : "an empty body";
  return new MalformedResponseError(
    `${request.method} ${request.url} answered ${status} with ${what} (${type}), which is not the JSON the API sends. Check the deployment URL: it may point at a web page or a proxy rather than the API.`,
    // The parser's own words quote the text too.
    { ...answered(request, reply, text), cause: redactError(cause) },
  );
}

/** A 2xx answer the spec's schema does not allow: a structural problem (always checked) or, with `validate`, any. */
export function notInSpec(
  request: RequestInfo,
  reply: Answered,
  body: unknown,
  schemaName: string,
  issues: string[],
  validated: boolean,
): MalformedResponseError {
  const message = validated
    ? `${request.method} ${request.url} answered with a body that does not match the spec's ${schemaName}: ${issues.slice(0, 5).join("; ")}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ""}.`
    : `${request.method} ${request.url} answered with ${issues[0]}, which the spec's ${schemaName} does not allow. The call failed as a whole, so nothing was silently dropped.`;
  return new MalformedResponseError(message, answered(request, reply, body));
}

/** What a JSON value is, for a message: "null", "an array", "string"… */
const describe = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "an array" : typeof value);

/** The words for an answer's shape problem: `field` is the one that fails ("" for the body itself). */
export function shapeWords(field: string, body: unknown): string {
  if (field === "") return `${describe(body)} instead of an object`;
  const value = (body as Record<string, unknown>)[field];
  if (field === "jobs") return `"jobs" as ${describe(value)} instead of an array`;
  if (value === "") return `an empty "${field}" (the last page says null)`;
  return `"${field}" as ${describe(value)} instead of a string or null`;
}

/** A resultsURL() expiry the API would refuse, refused before any request. */
export function badExpiresIn(expiresIn: unknown): InvalidRequestError {
  return new InvalidRequestError(`expiresIn must be a whole number of seconds from 1 to 604800 (7 days), got ${String(expiresIn)}.`);
}

/** A key check answered 200 without a yes: only `{"authenticated": true}` counts, as in the official SDK. */
export function notAuthenticated(): MalformedResponseError {
  return new MalformedResponseError('GET /try-authentication answered 200 without "authenticated": true.');
}

/** iterate()'s deadline passed between pages. */
export function iterateDeadline(deadline: number): APITimeoutError {
  return new APITimeoutError(`iterate() ran out of its ${deadline} ms deadline; resume from iterator.cursor.`);
}

/** A page whose next_cursor was already followed in this run: following it would page forever. */
export function cursorLoop(next: string, pages: number): MalformedResponseError {
  return new MalformedResponseError(
    `The API sent next_cursor "${next}" a second time in one run, which would page forever. Stopped after ${pages} pages; resume from iterator.cursor once the server is fixed.`,
  );
}

/** The clients (by their resolved options) already told that their deployment ignores `limit`. */
const toldIgnoresLimit = new WeakSet<object>();

/** Warns, once per client, that its deployment answered a page request with every job. */
export function ignoresLimit(client: { apiURL: string; logger: { warn(message: string): void } }): void {
  if (toldIgnoresLimit.has(client)) return;
  toldIgnoresLimit.add(client);
  client.logger.warn(`${client.apiURL} ignores limit: it answered a page request with every job at once. Treating that as the only page.`);
}

/** The call's deadline passed before another attempt could start. */
export function deadlinePassed(request: RequestInfo, deadline: number): APITimeoutError {
  return new APITimeoutError(`${request.method} ${request.url} ran out of its ${deadline} ms deadline.`, { request });
}

/**
 * An attempt that got no complete answer: `timedOutAfter` is the timeout (ms) it ran out of, if that was why;
 * `byDeadline`, that the timeout was what was left of the call's deadline.
 */
export function attemptFailed(
  request: RequestInfo,
  cause: unknown,
  timedOutAfter: number | undefined,
  byDeadline = false,
): APIConnectionError {
  const { method, url } = request;
  if (timedOutAfter !== undefined) {
    const limit = byDeadline ? "the call's deadline" : `the ${timedOutAfter} ms timeout`;
    return new APITimeoutError(`${method} ${url} did not complete within ${limit}.`, { request, cause });
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new APIConnectionError(
    `${method} ${url} failed before a complete response arrived (${reason}). Check the network and the deployment URL.${corsHint(url)}`,
    { request, cause },
  );
}
