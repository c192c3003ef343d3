/**
 * Every error the SDK throws is a SutroError. HTTP failures are APIError
 * subclasses chosen by status, so callers can branch with `instanceof`.
 *
 * None of these ever holds the API key: messages are built from the key's
 * *source* ("option", "env", "config file"), and requests are described by
 * method and URL only, never by their headers.
 */ import { redactHeaders } from "./logger.ts";
/** "the SUTRO_API_KEY environment variable", "api_key in /home/me/.sutro/config.json", … */ export function describeSource(
  source,
  option,
) {
  switch (source.kind) {
    case "option":
      return `the \`${option}\` option`;
    case "env":
      return `the ${source.name} environment variable`;
    case "config":
      return `${source.field} in ${source.path}`;
  }
}
/**
 * Joins sentences, each ending in exactly one full stop (or its own `!`/`?`), so
 * server text that ends in punctuation never reads `unchanged.. Check`.
 */ export function sentences(...parts) {
  return parts
    .map((part) => part?.trim())
    .filter((part) => Boolean(part))
    .map((part) => (/[.!?…]$/.test(part) ? part : `${part}.`))
    .join(" ");
}
/** What to do about a retired host: said when one is refused, and with a 410. */ export const RETIRED_ADVICE =
  "Sutro now gives every customer a deployment of its own: copy your deployment URL and a key from the Sutro app (API Keys panel), then pass `apiURL` or set SUTRO_API_URL.";
/** The base of every error the SDK throws. */ export class SutroError extends Error {
  /** The class's name, kept through minification: "SutroError". */ name = "SutroError";
  /** What `JSON.stringify(error)` shows: the name and message (Error's own fields are not enumerable). */ toJSON() {
    return {
      name: this.name,
      message: this.message,
    };
  }
}
/** Bad arguments or configuration, refused before any request is sent. */ export class InvalidRequestError extends SutroError {
  /** The class's name, kept through minification: "InvalidRequestError". */ name = "InvalidRequestError";
}
/**
 * The deployment or its key is missing, incomplete or refused (a retired host, a
 * URL with a path): nothing was sent.
 */ export class ConfigurationError extends InvalidRequestError {
  /** The class's name, kept through minification: "ConfigurationError". */ name = "ConfigurationError";
}
/** A deployment URL without its key: in the options, the environment pair or the config file pair. */ export class MissingApiKeyError extends ConfigurationError {
  /** The class's name, kept through minification: "MissingApiKeyError". */ name = "MissingApiKeyError";
}
/** No deployment URL, or a key without the URL of its deployment. There is no default deployment. */ export class MissingApiUrlError extends ConfigurationError {
  /** The class's name, kept through minification: "MissingApiUrlError". */ name = "MissingApiUrlError";
}
/** A request that failed: the HTTP status (or none, for a connection error), the body, the headers and the request. */ export class APIError extends SutroError {
  /** The class's name, kept through minification: "APIError". */ name = "APIError";
  /** HTTP status; undefined when no response arrived. */ status;
  /** The parsed error body (JSON when it parsed, text otherwise). */ body;
  /** The response headers, with credentials (`set-cookie`, …) replaced by "[redacted]". */ headers;
  /** The server's request id (`x-request-id` or `request-id`), to quote to support. */ requestId;
  /** The request that failed: method and URL, never its headers. */ request;
  /** What `JSON.stringify(error)` shows: name, message, status, request id, request, redacted headers and body. */ toJSON() {
    return {
      ...super.toJSON(),
      status: this.status,
      requestId: this.requestId,
      request: this.request,
      headers: this.headers && Object.fromEntries(this.headers),
      body: this.body,
    };
  }
  /** Made by the SDK; `init` carries what the response said. */ constructor(message, init = {}) {
    super(
      message,
      init.cause === undefined
        ? undefined
        : {
            cause: init.cause,
          },
    );
    this.status = init.status;
    this.body = init.body;
    // A copy with credentials replaced, as the debug log shows them: an error gets logged and inspected.
    this.headers = init.headers && new Headers(redactHeaders(init.headers));
    this.requestId = init.headers?.get("x-request-id") ?? init.headers?.get("request-id") ?? undefined;
    this.request = init.request;
  }
}
/** 400: the server refused the request as malformed. */ export class BadRequestError extends APIError {
  /** The class's name, kept through minification: "BadRequestError". */ name = "BadRequestError";
}
/** 401: the key is missing, wrong, or not a key of this deployment. */ export class AuthenticationError extends APIError {
  /** The class's name, kept through minification: "AuthenticationError". */ name = "AuthenticationError";
}
/** 403: the key is valid but not allowed to do this. */ export class PermissionDeniedError extends APIError {
  /** The class's name, kept through minification: "PermissionDeniedError". */ name = "PermissionDeniedError";
}
/** 404: no such job (or path). */ export class NotFoundError extends APIError {
  /** The class's name, kept through minification: "NotFoundError". */ name = "NotFoundError";
}
/** 409: the request conflicts with the job's state (e.g. results of a job that has not succeeded). */ export class ConflictError extends APIError {
  /** The class's name, kept through minification: "ConflictError". */ name = "ConflictError";
}
/** 410: the host is retired (the old central API); use your deployment's URL. Never retried. */ export class GoneError extends APIError {
  /** The class's name, kept through minification: "GoneError". */ name = "GoneError";
}
/** 422: a parameter was refused (a `limit` out of range, an unknown `cursor`). */ export class UnprocessableEntityError extends APIError {
  /** The class's name, kept through minification: "UnprocessableEntityError". */ name = "UnprocessableEntityError";
}
/** 429: too many requests; `retryAfter` says how long the server asked to wait. */ export class RateLimitError extends APIError {
  /** The class's name, kept through minification: "RateLimitError". */ name = "RateLimitError";
  /** How long the server asked to wait, in milliseconds, when it said. */ retryAfter;
  /** Made by the SDK, with the wait the server asked for. */ constructor(message, init) {
    super(message, init);
    this.retryAfter = init.retryAfter;
  }
}
/** 5xx: the server or the proxy in front of it failed (524 is the proxy's origin timeout). */ export class InternalServerError extends APIError {
  /** The class's name, kept through minification: "InternalServerError". */ name = "InternalServerError";
}
/** A 2xx response whose body is not what the spec promises (not JSON, wrong shape, a cursor loop). */ export class MalformedResponseError extends APIError {
  /** The class's name, kept through minification: "MalformedResponseError". */ name = "MalformedResponseError";
}
/** No response: DNS, refused or reset connection, TLS... */ export class APIConnectionError extends APIError {
  /** The class's name, kept through minification: "APIConnectionError". */ name = "APIConnectionError";
}
/** An attempt outlived `timeout`, or the whole call outlived `deadline`. */ export class APITimeoutError extends APIConnectionError {
  /** The class's name, kept through minification: "APITimeoutError". */ name = "APITimeoutError";
}
/** The caller's AbortSignal fired. */ export class APIUserAbortError extends SutroError {
  /** The class's name, kept through minification: "APIUserAbortError". */ name = "APIUserAbortError";
}
const STATUS_ERRORS = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  410: GoneError,
  422: UnprocessableEntityError,
};
/** FastAPI's validation detail: `[{ loc: ["query", "limit"], msg: "…" }]` → `query.limit: …`. */ function validationDetail(items) {
  const lines = items.map((item) => {
    const { loc, msg } = item ?? {};
    if (typeof msg !== "string") return undefined;
    return Array.isArray(loc) ? `${loc.join(".")}: ${msg}` : msg;
  });
  return lines.every((line) => line !== undefined) && lines.length ? lines.join("; ") : undefined;
}
/** The message the server gave, if its body has one: `detail` (FastAPI), `message` or `error`. */ function serverMessage(body) {
  if (typeof body === "string") return body.replace(/\s+/g, " ").trim().slice(0, 200) || undefined;
  if (body && typeof body === "object") {
    for (const key of ["detail", "message", "error"]) {
      const value = body[key];
      if (typeof value === "string" && value.trim()) return value.trim();
      if (key === "detail" && Array.isArray(value)) {
        const said = validationDetail(value);
        if (said) return said;
      }
    }
  }
  return undefined;
}
/** What to do about a status, in a few words the caller can act on. */ function advice(status, keySource, retryAfter) {
  if (status === 401) {
    return `Check the API key: it came from ${describeSource(keySource, "apiKey")}, and works only on the deployment it was issued for.`;
  }
  if (status === 403) return "The key is valid but not allowed to do this.";
  if (status === 410) return RETIRED_ADVICE;
  if (status === 422) return "A parameter was refused; the cursor must be a next_cursor the server returned.";
  if (status === 429) {
    return retryAfter === undefined
      ? "Slow down and try again later."
      : `The server asked to wait ${Math.ceil(retryAfter / 1000)} s before the next request.`;
  }
  if (status >= 500) return "The server failed; it is safe to try again later.";
  return "";
}
/** Builds the typed error for a non-2xx response. */ export function errorForStatus(init) {
  const { status, request, retryAfter } = init;
  const said = serverMessage(init.body);
  const message = sentences(
    `${request.method} ${request.url} failed with ${status}${said ? `: ${said}` : ""}`,
    advice(status, init.keySource, retryAfter),
  );
  const fields = {
    status,
    body: init.body,
    headers: init.headers,
    request,
  };
  if (status === 429)
    return new RateLimitError(message, {
      ...fields,
      retryAfter,
    });
  const ErrorClass = STATUS_ERRORS[status] ?? (status >= 500 ? InternalServerError : APIError);
  return new ErrorClass(message, fields);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL3BhY2thZ2VzL2pvYnMvc3JjL2Vycm9ycy50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIEV2ZXJ5IGVycm9yIHRoZSBTREsgdGhyb3dzIGlzIGEgU3V0cm9FcnJvci4gSFRUUCBmYWlsdXJlcyBhcmUgQVBJRXJyb3JcbiAqIHN1YmNsYXNzZXMgY2hvc2VuIGJ5IHN0YXR1cywgc28gY2FsbGVycyBjYW4gYnJhbmNoIHdpdGggYGluc3RhbmNlb2ZgLlxuICpcbiAqIE5vbmUgb2YgdGhlc2UgZXZlciBob2xkcyB0aGUgQVBJIGtleTogbWVzc2FnZXMgYXJlIGJ1aWx0IGZyb20gdGhlIGtleSdzXG4gKiAqc291cmNlKiAoXCJvcHRpb25cIiwgXCJlbnZcIiwgXCJjb25maWcgZmlsZVwiKSwgYW5kIHJlcXVlc3RzIGFyZSBkZXNjcmliZWQgYnlcbiAqIG1ldGhvZCBhbmQgVVJMIG9ubHksIG5ldmVyIGJ5IHRoZWlyIGhlYWRlcnMuXG4gKi9cbmltcG9ydCB7IHJlZGFjdEhlYWRlcnMgfSBmcm9tIFwiLi9sb2dnZXIudHNcIjtcblxuLyoqIFdoZXJlIHRoZSBjbGllbnQgZm91bmQgaXRzIEFQSSBrZXkgb3IgaXRzIGRlcGxveW1lbnQgVVJMOyBzYWlkIGluIGVycm9ycyBpbnN0ZWFkIG9mIHRoZSBrZXkuICovXG5leHBvcnQgdHlwZSBDcmVkZW50aWFsU291cmNlID0geyBraW5kOiBcIm9wdGlvblwiIH0gfCB7IGtpbmQ6IFwiZW52XCI7IG5hbWU6IHN0cmluZyB9IHwgeyBraW5kOiBcImNvbmZpZ1wiOyBwYXRoOiBzdHJpbmc7IGZpZWxkOiBzdHJpbmcgfTtcblxuLyoqIFdoZXJlIHRoZSBjbGllbnQgZm91bmQgaXRzIEFQSSBrZXkuICovXG5leHBvcnQgdHlwZSBBcGlLZXlTb3VyY2UgPSBDcmVkZW50aWFsU291cmNlO1xuXG4vKiogXCJ0aGUgU1VUUk9fQVBJX0tFWSBlbnZpcm9ubWVudCB2YXJpYWJsZVwiLCBcImFwaV9rZXkgaW4gL2hvbWUvbWUvLnN1dHJvL2NvbmZpZy5qc29uXCIsIOKApiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlc2NyaWJlU291cmNlKHNvdXJjZTogQ3JlZGVudGlhbFNvdXJjZSwgb3B0aW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICBzd2l0Y2ggKHNvdXJjZS5raW5kKSB7XG4gICAgY2FzZSBcIm9wdGlvblwiOlxuICAgICAgcmV0dXJuIGB0aGUgXFxgJHtvcHRpb259XFxgIG9wdGlvbmA7XG4gICAgY2FzZSBcImVudlwiOlxuICAgICAgcmV0dXJuIGB0aGUgJHtzb3VyY2UubmFtZX0gZW52aXJvbm1lbnQgdmFyaWFibGVgO1xuICAgIGNhc2UgXCJjb25maWdcIjpcbiAgICAgIHJldHVybiBgJHtzb3VyY2UuZmllbGR9IGluICR7c291cmNlLnBhdGh9YDtcbiAgfVxufVxuXG4vKipcbiAqIEpvaW5zIHNlbnRlbmNlcywgZWFjaCBlbmRpbmcgaW4gZXhhY3RseSBvbmUgZnVsbCBzdG9wIChvciBpdHMgb3duIGAhYC9gP2ApLCBzb1xuICogc2VydmVyIHRleHQgdGhhdCBlbmRzIGluIHB1bmN0dWF0aW9uIG5ldmVyIHJlYWRzIGB1bmNoYW5nZWQuLiBDaGVja2AuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzZW50ZW5jZXMoLi4ucGFydHM6IChzdHJpbmcgfCB1bmRlZmluZWQpW10pOiBzdHJpbmcge1xuICByZXR1cm4gcGFydHNcbiAgICAubWFwKChwYXJ0KSA9PiBwYXJ0Py50cmltKCkpXG4gICAgLmZpbHRlcigocGFydCk6IHBhcnQgaXMgc3RyaW5nID0+IEJvb2xlYW4ocGFydCkpXG4gICAgLm1hcCgocGFydCkgPT4gKC9bLiE/4oCmXSQvLnRlc3QocGFydCkgPyBwYXJ0IDogYCR7cGFydH0uYCkpXG4gICAgLmpvaW4oXCIgXCIpO1xufVxuXG4vKiogV2hhdCB0byBkbyBhYm91dCBhIHJldGlyZWQgaG9zdDogc2FpZCB3aGVuIG9uZSBpcyByZWZ1c2VkLCBhbmQgd2l0aCBhIDQxMC4gKi9cbmV4cG9ydCBjb25zdCBSRVRJUkVEX0FEVklDRSA9XG4gIFwiU3V0cm8gbm93IGdpdmVzIGV2ZXJ5IGN1c3RvbWVyIGEgZGVwbG95bWVudCBvZiBpdHMgb3duOiBjb3B5IHlvdXIgZGVwbG95bWVudCBVUkwgYW5kIGEga2V5IGZyb20gdGhlIFN1dHJvIGFwcCAoQVBJIEtleXMgcGFuZWwpLCB0aGVuIHBhc3MgYGFwaVVSTGAgb3Igc2V0IFNVVFJPX0FQSV9VUkwuXCI7XG5cbi8qKiBUaGUgYmFzZSBvZiBldmVyeSBlcnJvciB0aGUgU0RLIHRocm93cy4gKi9cbmV4cG9ydCBjbGFzcyBTdXRyb0Vycm9yIGV4dGVuZHMgRXJyb3Ige1xuICAvKiogVGhlIGNsYXNzJ3MgbmFtZSwga2VwdCB0aHJvdWdoIG1pbmlmaWNhdGlvbjogXCJTdXRyb0Vycm9yXCIuICovXG4gIG92ZXJyaWRlIG5hbWUgPSBcIlN1dHJvRXJyb3JcIjtcblxuICAvKiogV2hhdCBgSlNPTi5zdHJpbmdpZnkoZXJyb3IpYCBzaG93czogdGhlIG5hbWUgYW5kIG1lc3NhZ2UgKEVycm9yJ3Mgb3duIGZpZWxkcyBhcmUgbm90IGVudW1lcmFibGUpLiAqL1xuICB0b0pTT04oKTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4ge1xuICAgIHJldHVybiB7IG5hbWU6IHRoaXMubmFtZSwgbWVzc2FnZTogdGhpcy5tZXNzYWdlIH07XG4gIH1cbn1cblxuLyoqIEJhZCBhcmd1bWVudHMgb3IgY29uZmlndXJhdGlvbiwgcmVmdXNlZCBiZWZvcmUgYW55IHJlcXVlc3QgaXMgc2VudC4gKi9cbmV4cG9ydCBjbGFzcyBJbnZhbGlkUmVxdWVzdEVycm9yIGV4dGVuZHMgU3V0cm9FcnJvciB7XG4gIC8qKiBUaGUgY2xhc3MncyBuYW1lLCBrZXB0IHRocm91Z2ggbWluaWZpY2F0aW9uOiBcIkludmFsaWRSZXF1ZXN0RXJyb3JcIi4gKi9cbiAgb3ZlcnJpZGUgbmFtZSA9IFwiSW52YWxpZFJlcXVlc3RFcnJvclwiO1xufVxuXG4vKipcbiAqIFRoZSBkZXBsb3ltZW50IG9yIGl0cyBrZXkgaXMgbWlzc2luZywgaW5jb21wbGV0ZSBvciByZWZ1c2VkIChhIHJldGlyZWQgaG9zdCwgYVxuICogVVJMIHdpdGggYSBwYXRoKTogbm90aGluZyB3YXMgc2VudC5cbiAqL1xuZXhwb3J0IGNsYXNzIENvbmZpZ3VyYXRpb25FcnJvciBleHRlbmRzIEludmFsaWRSZXF1ZXN0RXJyb3Ige1xuICAvKiogVGhlIGNsYXNzJ3MgbmFtZSwga2VwdCB0aHJvdWdoIG1pbmlmaWNhdGlvbjogXCJDb25maWd1cmF0aW9uRXJyb3JcIi4gKi9cbiAgb3ZlcnJpZGUgbmFtZSA9IFwiQ29uZmlndXJhdGlvbkVycm9yXCI7XG59XG5cbi8qKiBBIGRlcGxveW1lbnQgVVJMIHdpdGhvdXQgaXRzIGtleTogaW4gdGhlIG9wdGlvbnMsIHRoZSBlbnZpcm9ubWVudCBwYWlyIG9yIHRoZSBjb25maWcgZmlsZSBwYWlyLiAqL1xuZXhwb3J0IGNsYXNzIE1pc3NpbmdBcGlLZXlFcnJvciBleHRlbmRzIENvbmZpZ3VyYXRpb25FcnJvciB7XG4gIC8qKiBUaGUgY2xhc3MncyBuYW1lLCBrZXB0IHRocm91Z2ggbWluaWZpY2F0aW9uOiBcIk1pc3NpbmdBcGlLZXlFcnJvclwiLiAqL1xuICBvdmVycmlkZSBuYW1lID0gXCJNaXNzaW5nQXBpS2V5RXJyb3JcIjtcbn1cblxuLyoqIE5vIGRlcGxveW1lbnQgVVJMLCBvciBhIGtleSB3aXRob3V0IHRoZSBVUkwgb2YgaXRzIGRlcGxveW1lbnQuIFRoZXJlIGlzIG5vIGRlZmF1bHQgZGVwbG95bWVudC4gKi9cbmV4cG9ydCBjbGFzcyBNaXNzaW5nQXBpVXJsRXJyb3IgZXh0ZW5kcyBDb25maWd1cmF0aW9uRXJyb3Ige1xuICAvKiogVGhlIGNsYXNzJ3MgbmFtZSwga2VwdCB0aHJvdWdoIG1pbmlmaWNhdGlvbjogXCJNaXNzaW5nQXBpVXJsRXJyb3JcIi4gKi9cbiAgb3ZlcnJpZGUgbmFtZSA9IFwiTWlzc2luZ0FwaVVybEVycm9yXCI7XG59XG5cbi8qKiBXaGF0IGEgZmFpbGVkIHJlcXVlc3Qgd2FzLCBmb3IgbWVzc2FnZXMgYW5kIGVycm9yIGZpZWxkcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVxdWVzdEluZm8ge1xuICAvKiogVGhlIEhUVFAgbWV0aG9kLCBlLmcuIEdFVC4gKi9cbiAgbWV0aG9kOiBzdHJpbmc7XG4gIC8qKiBUaGUgZnVsbCBVUkwsIHF1ZXJ5IGluY2x1ZGVkLiAqL1xuICB1cmw6IHN0cmluZztcbn1cblxuLyoqIEEgcmVxdWVzdCB0aGF0IGZhaWxlZDogdGhlIEhUVFAgc3RhdHVzIChvciBub25lLCBmb3IgYSBjb25uZWN0aW9uIGVycm9yKSwgdGhlIGJvZHksIHRoZSBoZWFkZXJzIGFuZCB0aGUgcmVxdWVzdC4gKi9cbmV4cG9ydCBjbGFzcyBBUElFcnJvciBleHRlbmRzIFN1dHJvRXJyb3Ige1xuICAvKiogVGhlIGNsYXNzJ3MgbmFtZSwga2VwdCB0aHJvdWdoIG1pbmlmaWNhdGlvbjogXCJBUElFcnJvclwiLiAqL1xuICBvdmVycmlkZSBuYW1lID0gXCJBUElFcnJvclwiO1xuICAvKiogSFRUUCBzdGF0dXM7IHVuZGVmaW5lZCB3aGVuIG5vIHJlc3BvbnNlIGFycml2ZWQuICovXG4gIHJlYWRvbmx5IHN0YXR1czogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICAvKiogVGhlIHBhcnNlZCBlcnJvciBib2R5IChKU09OIHdoZW4gaXQgcGFyc2VkLCB0ZXh0IG90aGVyd2lzZSkuICovXG4gIHJlYWRvbmx5IGJvZHk6IHVua25vd247XG4gIC8qKiBUaGUgcmVzcG9uc2UgaGVhZGVycywgd2l0aCBjcmVkZW50aWFscyAoYHNldC1jb29raWVgLCDigKYpIHJlcGxhY2VkIGJ5IFwiW3JlZGFjdGVkXVwiLiAqL1xuICByZWFkb25seSBoZWFkZXJzOiBIZWFkZXJzIHwgdW5kZWZpbmVkO1xuICAvKiogVGhlIHNlcnZlcidzIHJlcXVlc3QgaWQgKGB4LXJlcXVlc3QtaWRgIG9yIGByZXF1ZXN0LWlkYCksIHRvIHF1b3RlIHRvIHN1cHBvcnQuICovXG4gIHJlYWRvbmx5IHJlcXVlc3RJZDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAvKiogVGhlIHJlcXVlc3QgdGhhdCBmYWlsZWQ6IG1ldGhvZCBhbmQgVVJMLCBuZXZlciBpdHMgaGVhZGVycy4gKi9cbiAgcmVhZG9ubHkgcmVxdWVzdDogUmVxdWVzdEluZm8gfCB1bmRlZmluZWQ7XG5cbiAgLyoqIFdoYXQgYEpTT04uc3RyaW5naWZ5KGVycm9yKWAgc2hvd3M6IG5hbWUsIG1lc3NhZ2UsIHN0YXR1cywgcmVxdWVzdCBpZCwgcmVxdWVzdCwgcmVkYWN0ZWQgaGVhZGVycyBhbmQgYm9keS4gKi9cbiAgb3ZlcnJpZGUgdG9KU09OKCk6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgICByZXR1cm4ge1xuICAgICAgLi4uc3VwZXIudG9KU09OKCksXG4gICAgICBzdGF0dXM6IHRoaXMuc3RhdHVzLFxuICAgICAgcmVxdWVzdElkOiB0aGlzLnJlcXVlc3RJZCxcbiAgICAgIHJlcXVlc3Q6IHRoaXMucmVxdWVzdCxcbiAgICAgIGhlYWRlcnM6IHRoaXMuaGVhZGVycyAmJiBPYmplY3QuZnJvbUVudHJpZXModGhpcy5oZWFkZXJzKSxcbiAgICAgIGJvZHk6IHRoaXMuYm9keSxcbiAgICB9O1xuICB9XG5cbiAgLyoqIE1hZGUgYnkgdGhlIFNESzsgYGluaXRgIGNhcnJpZXMgd2hhdCB0aGUgcmVzcG9uc2Ugc2FpZC4gKi9cbiAgY29uc3RydWN0b3IoXG4gICAgbWVzc2FnZTogc3RyaW5nLFxuICAgIGluaXQ6IHtcbiAgICAgIHN0YXR1cz86IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgICAgIGJvZHk/OiB1bmtub3duO1xuICAgICAgaGVhZGVycz86IEhlYWRlcnMgfCB1bmRlZmluZWQ7XG4gICAgICByZXF1ZXN0PzogUmVxdWVzdEluZm8gfCB1bmRlZmluZWQ7XG4gICAgICBjYXVzZT86IHVua25vd247XG4gICAgfSA9IHt9LFxuICApIHtcbiAgICBzdXBlcihtZXNzYWdlLCBpbml0LmNhdXNlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB7IGNhdXNlOiBpbml0LmNhdXNlIH0pO1xuICAgIHRoaXMuc3RhdHVzID0gaW5pdC5zdGF0dXM7XG4gICAgdGhpcy5ib2R5ID0gaW5pdC5ib2R5O1xuICAgIC8vIEEgY29weSB3aXRoIGNyZWRlbnRpYWxzIHJlcGxhY2VkLCBhcyB0aGUgZGVidWcgbG9nIHNob3dzIHRoZW06IGFuIGVycm9yIGdldHMgbG9nZ2VkIGFuZCBpbnNwZWN0ZWQuXG4gICAgdGhpcy5oZWFkZXJzID0gaW5pdC5oZWFkZXJzICYmIG5ldyBIZWFkZXJzKHJlZGFjdEhlYWRlcnMoaW5pdC5oZWFkZXJzKSk7XG4gICAgdGhpcy5yZXF1ZXN0SWQgPSBpbml0LmhlYWRlcnM/LmdldChcIngtcmVxdWVzdC1pZFwiKSA/PyBpbml0LmhlYWRlcnM/LmdldChcInJlcXVlc3QtaWRcIikgPz8gdW5kZWZpbmVkO1xuICAgIHRoaXMucmVxdWVzdCA9IGluaXQucmVxdWVzdDtcbiAgfVxufVxuXG4vKiogNDAwOiB0aGUgc2VydmVyIHJlZnVzZWQgdGhlIHJlcXVlc3QgYXMgbWFsZm9ybWVkLiAqL1xuZXhwb3J0IGNsYXNzIEJhZFJlcXVlc3RFcnJvciBleHRlbmRzIEFQSUVycm9yIHtcbiAgLyoqIFRoZSBjbGFzcydzIG5hbWUsIGtlcHQgdGhyb3VnaCBtaW5pZmljYXRpb246IFwiQmFkUmVxdWVzdEVycm9yXCIuICovXG4gIG92ZXJyaWRlIG5hbWUgPSBcIkJhZFJlcXVlc3RFcnJvclwiO1xufVxuLyoqIDQwMTogdGhlIGtleSBpcyBtaXNzaW5nLCB3cm9uZywgb3Igbm90IGEga2V5IG9mIHRoaXMgZGVwbG95bWVudC4gKi9cbmV4cG9ydCBjbGFzcyBBdXRoZW50aWNhdGlvbkVycm9yIGV4dGVuZHMgQVBJRXJyb3Ige1xuICAvKiogVGhlIGNsYXNzJ3MgbmFtZSwga2VwdCB0aHJvdWdoIG1pbmlmaWNhdGlvbjogXCJBdXRoZW50aWNhdGlvbkVycm9yXCIuICovXG4gIG92ZXJyaWRlIG5hbWUgPSBcIkF1dGhlbnRpY2F0aW9uRXJyb3JcIjtcbn1cbi8qKiA0MDM6IHRoZSBrZXkgaXMgdmFsaWQgYnV0IG5vdCBhbGxvd2VkIHRvIGRvIHRoaXMuICovXG5leHBvcnQgY2xhc3MgUGVybWlzc2lvbkRlbmllZEVycm9yIGV4dGVuZHMgQVBJRXJyb3Ige1xuICAvKiogVGhlIGNsYXNzJ3MgbmFtZSwga2VwdCB0aHJvdWdoIG1pbmlmaWNhdGlvbjogXCJQZXJtaXNzaW9uRGVuaWVkRXJyb3JcIi4gKi9cbiAgb3ZlcnJpZGUgbmFtZSA9IFwiUGVybWlzc2lvbkRlbmllZEVycm9yXCI7XG59XG4vKiogNDA0OiBubyBzdWNoIGpvYiAob3IgcGF0aCkuICovXG5leHBvcnQgY2xhc3MgTm90Rm91bmRFcnJvciBleHRlbmRzIEFQSUVycm9yIHtcbiAgLyoqIFRoZSBjbGFzcydzIG5hbWUsIGtlcHQgdGhyb3VnaCBtaW5pZmljYXRpb246IFwiTm90Rm91bmRFcnJvclwiLiAqL1xuICBvdmVycmlkZSBuYW1lID0gXCJOb3RGb3VuZEVycm9yXCI7XG59XG4vKiogNDA5OiB0aGUgcmVxdWVzdCBjb25mbGljdHMgd2l0aCB0aGUgam9iJ3Mgc3RhdGUgKGUuZy4gcmVzdWx0cyBvZiBhIGpvYiB0aGF0IGhhcyBub3Qgc3VjY2VlZGVkKS4gKi9cbmV4cG9ydCBjbGFzcyBDb25mbGljdEVycm9yIGV4dGVuZHMgQVBJRXJyb3Ige1xuICAvKiogVGhlIGNsYXNzJ3MgbmFtZSwga2VwdCB0aHJvdWdoIG1pbmlmaWNhdGlvbjogXCJDb25mbGljdEVycm9yXCIuICovXG4gIG92ZXJyaWRlIG5hbWUgPSBcIkNvbmZsaWN0RXJyb3JcIjtcbn1cbi8qKiA0MTA6IHRoZSBob3N0IGlzIHJldGlyZWQgKHRoZSBvbGQgY2VudHJhbCBBUEkpOyB1c2UgeW91ciBkZXBsb3ltZW50J3MgVVJMLiBOZXZlciByZXRyaWVkLiAqL1xuZXhwb3J0IGNsYXNzIEdvbmVFcnJvciBleHRlbmRzIEFQSUVycm9yIHtcbiAgLyoqIFRoZSBjbGFzcydzIG5hbWUsIGtlcHQgdGhyb3VnaCBtaW5pZmljYXRpb246IFwiR29uZUVycm9yXCIuICovXG4gIG92ZXJyaWRlIG5hbWUgPSBcIkdvbmVFcnJvclwiO1xufVxuLyoqIDQyMjogYSBwYXJhbWV0ZXIgd2FzIHJlZnVzZWQgKGEgYGxpbWl0YCBvdXQgb2YgcmFuZ2UsIGFuIHVua25vd24gYGN1cnNvcmApLiAqL1xuZXhwb3J0IGNsYXNzIFVucHJvY2Vzc2FibGVFbnRpdHlFcnJvciBleHRlbmRzIEFQSUVycm9yIHtcbiAgLyoqIFRoZSBjbGFzcydzIG5hbWUsIGtlcHQgdGhyb3VnaCBtaW5pZmljYXRpb246IFwiVW5wcm9jZXNzYWJsZUVudGl0eUVycm9yXCIuICovXG4gIG92ZXJyaWRlIG5hbWUgPSBcIlVucHJvY2Vzc2FibGVFbnRpdHlFcnJvclwiO1xufVxuLyoqIDQyOTogdG9vIG1hbnkgcmVxdWVzdHM7IGByZXRyeUFmdGVyYCBzYXlzIGhvdyBsb25nIHRoZSBzZXJ2ZXIgYXNrZWQgdG8gd2FpdC4gKi9cbmV4cG9ydCBjbGFzcyBSYXRlTGltaXRFcnJvciBleHRlbmRzIEFQSUVycm9yIHtcbiAgLyoqIFRoZSBjbGFzcydzIG5hbWUsIGtlcHQgdGhyb3VnaCBtaW5pZmljYXRpb246IFwiUmF0ZUxpbWl0RXJyb3JcIi4gKi9cbiAgb3ZlcnJpZGUgbmFtZSA9IFwiUmF0ZUxpbWl0RXJyb3JcIjtcbiAgLyoqIEhvdyBsb25nIHRoZSBzZXJ2ZXIgYXNrZWQgdG8gd2FpdCwgaW4gbWlsbGlzZWNvbmRzLCB3aGVuIGl0IHNhaWQuICovXG4gIHJlYWRvbmx5IHJldHJ5QWZ0ZXI6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgLyoqIE1hZGUgYnkgdGhlIFNESywgd2l0aCB0aGUgd2FpdCB0aGUgc2VydmVyIGFza2VkIGZvci4gKi9cbiAgY29uc3RydWN0b3IobWVzc2FnZTogc3RyaW5nLCBpbml0OiBDb25zdHJ1Y3RvclBhcmFtZXRlcnM8dHlwZW9mIEFQSUVycm9yPlsxXSAmIHsgcmV0cnlBZnRlcj86IG51bWJlciB8IHVuZGVmaW5lZCB9KSB7XG4gICAgc3VwZXIobWVzc2FnZSwgaW5pdCk7XG4gICAgdGhpcy5yZXRyeUFmdGVyID0gaW5pdC5yZXRyeUFmdGVyO1xuICB9XG59XG4vKiogNXh4OiB0aGUgc2VydmVyIG9yIHRoZSBwcm94eSBpbiBmcm9udCBvZiBpdCBmYWlsZWQgKDUyNCBpcyB0aGUgcHJveHkncyBvcmlnaW4gdGltZW91dCkuICovXG5leHBvcnQgY2xhc3MgSW50ZXJuYWxTZXJ2ZXJFcnJvciBleHRlbmRzIEFQSUVycm9yIHtcbiAgLyoqIFRoZSBjbGFzcydzIG5hbWUsIGtlcHQgdGhyb3VnaCBtaW5pZmljYXRpb246IFwiSW50ZXJuYWxTZXJ2ZXJFcnJvclwiLiAqL1xuICBvdmVycmlkZSBuYW1lID0gXCJJbnRlcm5hbFNlcnZlckVycm9yXCI7XG59XG5cbi8qKiBBIDJ4eCByZXNwb25zZSB3aG9zZSBib2R5IGlzIG5vdCB3aGF0IHRoZSBzcGVjIHByb21pc2VzIChub3QgSlNPTiwgd3Jvbmcgc2hhcGUsIGEgY3Vyc29yIGxvb3ApLiAqL1xuZXhwb3J0IGNsYXNzIE1hbGZvcm1lZFJlc3BvbnNlRXJyb3IgZXh0ZW5kcyBBUElFcnJvciB7XG4gIC8qKiBUaGUgY2xhc3MncyBuYW1lLCBrZXB0IHRocm91Z2ggbWluaWZpY2F0aW9uOiBcIk1hbGZvcm1lZFJlc3BvbnNlRXJyb3JcIi4gKi9cbiAgb3ZlcnJpZGUgbmFtZSA9IFwiTWFsZm9ybWVkUmVzcG9uc2VFcnJvclwiO1xufVxuXG4vKiogTm8gcmVzcG9uc2U6IEROUywgcmVmdXNlZCBvciByZXNldCBjb25uZWN0aW9uLCBUTFMuLi4gKi9cbmV4cG9ydCBjbGFzcyBBUElDb25uZWN0aW9uRXJyb3IgZXh0ZW5kcyBBUElFcnJvciB7XG4gIC8qKiBUaGUgY2xhc3MncyBuYW1lLCBrZXB0IHRocm91Z2ggbWluaWZpY2F0aW9uOiBcIkFQSUNvbm5lY3Rpb25FcnJvclwiLiAqL1xuICBvdmVycmlkZSBuYW1lID0gXCJBUElDb25uZWN0aW9uRXJyb3JcIjtcbn1cblxuLyoqIEFuIGF0dGVtcHQgb3V0bGl2ZWQgYHRpbWVvdXRgLCBvciB0aGUgd2hvbGUgY2FsbCBvdXRsaXZlZCBgZGVhZGxpbmVgLiAqL1xuZXhwb3J0IGNsYXNzIEFQSVRpbWVvdXRFcnJvciBleHRlbmRzIEFQSUNvbm5lY3Rpb25FcnJvciB7XG4gIC8qKiBUaGUgY2xhc3MncyBuYW1lLCBrZXB0IHRocm91Z2ggbWluaWZpY2F0aW9uOiBcIkFQSVRpbWVvdXRFcnJvclwiLiAqL1xuICBvdmVycmlkZSBuYW1lID0gXCJBUElUaW1lb3V0RXJyb3JcIjtcbn1cblxuLyoqIFRoZSBjYWxsZXIncyBBYm9ydFNpZ25hbCBmaXJlZC4gKi9cbmV4cG9ydCBjbGFzcyBBUElVc2VyQWJvcnRFcnJvciBleHRlbmRzIFN1dHJvRXJyb3Ige1xuICAvKiogVGhlIGNsYXNzJ3MgbmFtZSwga2VwdCB0aHJvdWdoIG1pbmlmaWNhdGlvbjogXCJBUElVc2VyQWJvcnRFcnJvclwiLiAqL1xuICBvdmVycmlkZSBuYW1lID0gXCJBUElVc2VyQWJvcnRFcnJvclwiO1xufVxuXG5jb25zdCBTVEFUVVNfRVJST1JTOiBSZWNvcmQ8bnVtYmVyLCB0eXBlb2YgQVBJRXJyb3I+ID0ge1xuICA0MDA6IEJhZFJlcXVlc3RFcnJvcixcbiAgNDAxOiBBdXRoZW50aWNhdGlvbkVycm9yLFxuICA0MDM6IFBlcm1pc3Npb25EZW5pZWRFcnJvcixcbiAgNDA0OiBOb3RGb3VuZEVycm9yLFxuICA0MDk6IENvbmZsaWN0RXJyb3IsXG4gIDQxMDogR29uZUVycm9yLFxuICA0MjI6IFVucHJvY2Vzc2FibGVFbnRpdHlFcnJvcixcbn07XG5cbi8qKiBGYXN0QVBJJ3MgdmFsaWRhdGlvbiBkZXRhaWw6IGBbeyBsb2M6IFtcInF1ZXJ5XCIsIFwibGltaXRcIl0sIG1zZzogXCLigKZcIiB9XWAg4oaSIGBxdWVyeS5saW1pdDog4oCmYC4gKi9cbmZ1bmN0aW9uIHZhbGlkYXRpb25EZXRhaWwoaXRlbXM6IHVua25vd25bXSk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGxpbmVzID0gaXRlbXMubWFwKChpdGVtKSA9PiB7XG4gICAgY29uc3QgeyBsb2MsIG1zZyB9ID0gKGl0ZW0gPz8ge30pIGFzIHsgbG9jPzogdW5rbm93bjsgbXNnPzogdW5rbm93biB9O1xuICAgIGlmICh0eXBlb2YgbXNnICE9PSBcInN0cmluZ1wiKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHJldHVybiBBcnJheS5pc0FycmF5KGxvYykgPyBgJHtsb2Muam9pbihcIi5cIil9OiAke21zZ31gIDogbXNnO1xuICB9KTtcbiAgcmV0dXJuIGxpbmVzLmV2ZXJ5KChsaW5lKSA9PiBsaW5lICE9PSB1bmRlZmluZWQpICYmIGxpbmVzLmxlbmd0aCA/IGxpbmVzLmpvaW4oXCI7IFwiKSA6IHVuZGVmaW5lZDtcbn1cblxuLyoqIFRoZSBtZXNzYWdlIHRoZSBzZXJ2ZXIgZ2F2ZSwgaWYgaXRzIGJvZHkgaGFzIG9uZTogYGRldGFpbGAgKEZhc3RBUEkpLCBgbWVzc2FnZWAgb3IgYGVycm9yYC4gKi9cbmZ1bmN0aW9uIHNlcnZlck1lc3NhZ2UoYm9keTogdW5rbm93bik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmICh0eXBlb2YgYm9keSA9PT0gXCJzdHJpbmdcIikgcmV0dXJuIGJvZHkucmVwbGFjZSgvXFxzKy9nLCBcIiBcIikudHJpbSgpLnNsaWNlKDAsIDIwMCkgfHwgdW5kZWZpbmVkO1xuICBpZiAoYm9keSAmJiB0eXBlb2YgYm9keSA9PT0gXCJvYmplY3RcIikge1xuICAgIGZvciAoY29uc3Qga2V5IG9mIFtcImRldGFpbFwiLCBcIm1lc3NhZ2VcIiwgXCJlcnJvclwiXSBhcyBjb25zdCkge1xuICAgICAgY29uc3QgdmFsdWUgPSAoYm9keSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPilba2V5XTtcbiAgICAgIGlmICh0eXBlb2YgdmFsdWUgPT09IFwic3RyaW5nXCIgJiYgdmFsdWUudHJpbSgpKSByZXR1cm4gdmFsdWUudHJpbSgpO1xuICAgICAgaWYgKGtleSA9PT0gXCJkZXRhaWxcIiAmJiBBcnJheS5pc0FycmF5KHZhbHVlKSkge1xuICAgICAgICBjb25zdCBzYWlkID0gdmFsaWRhdGlvbkRldGFpbCh2YWx1ZSk7XG4gICAgICAgIGlmIChzYWlkKSByZXR1cm4gc2FpZDtcbiAgICAgIH1cbiAgICB9XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIFdoYXQgdG8gZG8gYWJvdXQgYSBzdGF0dXMsIGluIGEgZmV3IHdvcmRzIHRoZSBjYWxsZXIgY2FuIGFjdCBvbi4gKi9cbmZ1bmN0aW9uIGFkdmljZShzdGF0dXM6IG51bWJlciwga2V5U291cmNlOiBDcmVkZW50aWFsU291cmNlLCByZXRyeUFmdGVyOiBudW1iZXIgfCB1bmRlZmluZWQpOiBzdHJpbmcge1xuICBpZiAoc3RhdHVzID09PSA0MDEpIHtcbiAgICByZXR1cm4gYENoZWNrIHRoZSBBUEkga2V5OiBpdCBjYW1lIGZyb20gJHtkZXNjcmliZVNvdXJjZShrZXlTb3VyY2UsIFwiYXBpS2V5XCIpfSwgYW5kIHdvcmtzIG9ubHkgb24gdGhlIGRlcGxveW1lbnQgaXQgd2FzIGlzc3VlZCBmb3IuYDtcbiAgfVxuICBpZiAoc3RhdHVzID09PSA0MDMpIHJldHVybiBcIlRoZSBrZXkgaXMgdmFsaWQgYnV0IG5vdCBhbGxvd2VkIHRvIGRvIHRoaXMuXCI7XG4gIGlmIChzdGF0dXMgPT09IDQxMCkgcmV0dXJuIFJFVElSRURfQURWSUNFO1xuICBpZiAoc3RhdHVzID09PSA0MjIpIHJldHVybiBcIkEgcGFyYW1ldGVyIHdhcyByZWZ1c2VkOyB0aGUgY3Vyc29yIG11c3QgYmUgYSBuZXh0X2N1cnNvciB0aGUgc2VydmVyIHJldHVybmVkLlwiO1xuICBpZiAoc3RhdHVzID09PSA0MjkpIHtcbiAgICByZXR1cm4gcmV0cnlBZnRlciA9PT0gdW5kZWZpbmVkXG4gICAgICA/IFwiU2xvdyBkb3duIGFuZCB0cnkgYWdhaW4gbGF0ZXIuXCJcbiAgICAgIDogYFRoZSBzZXJ2ZXIgYXNrZWQgdG8gd2FpdCAke01hdGguY2VpbChyZXRyeUFmdGVyIC8gMTAwMCl9IHMgYmVmb3JlIHRoZSBuZXh0IHJlcXVlc3QuYDtcbiAgfVxuICBpZiAoc3RhdHVzID49IDUwMCkgcmV0dXJuIFwiVGhlIHNlcnZlciBmYWlsZWQ7IGl0IGlzIHNhZmUgdG8gdHJ5IGFnYWluIGxhdGVyLlwiO1xuICByZXR1cm4gXCJcIjtcbn1cblxuLyoqIEJ1aWxkcyB0aGUgdHlwZWQgZXJyb3IgZm9yIGEgbm9uLTJ4eCByZXNwb25zZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlcnJvckZvclN0YXR1cyhpbml0OiB7XG4gIHN0YXR1czogbnVtYmVyO1xuICBib2R5OiB1bmtub3duO1xuICBoZWFkZXJzOiBIZWFkZXJzO1xuICByZXF1ZXN0OiBSZXF1ZXN0SW5mbztcbiAga2V5U291cmNlOiBDcmVkZW50aWFsU291cmNlO1xuICByZXRyeUFmdGVyOiBudW1iZXIgfCB1bmRlZmluZWQ7XG59KTogQVBJRXJyb3Ige1xuICBjb25zdCB7IHN0YXR1cywgcmVxdWVzdCwgcmV0cnlBZnRlciB9ID0gaW5pdDtcbiAgY29uc3Qgc2FpZCA9IHNlcnZlck1lc3NhZ2UoaW5pdC5ib2R5KTtcbiAgY29uc3QgbWVzc2FnZSA9IHNlbnRlbmNlcyhcbiAgICBgJHtyZXF1ZXN0Lm1ldGhvZH0gJHtyZXF1ZXN0LnVybH0gZmFpbGVkIHdpdGggJHtzdGF0dXN9JHtzYWlkID8gYDogJHtzYWlkfWAgOiBcIlwifWAsXG4gICAgYWR2aWNlKHN0YXR1cywgaW5pdC5rZXlTb3VyY2UsIHJldHJ5QWZ0ZXIpLFxuICApO1xuICBjb25zdCBmaWVsZHMgPSB7IHN0YXR1cywgYm9keTogaW5pdC5ib2R5LCBoZWFkZXJzOiBpbml0LmhlYWRlcnMsIHJlcXVlc3QgfTtcbiAgaWYgKHN0YXR1cyA9PT0gNDI5KSByZXR1cm4gbmV3IFJhdGVMaW1pdEVycm9yKG1lc3NhZ2UsIHsgLi4uZmllbGRzLCByZXRyeUFmdGVyIH0pO1xuICBjb25zdCBFcnJvckNsYXNzID0gU1RBVFVTX0VSUk9SU1tzdGF0dXNdID8/IChzdGF0dXMgPj0gNTAwID8gSW50ZXJuYWxTZXJ2ZXJFcnJvciA6IEFQSUVycm9yKTtcbiAgcmV0dXJuIG5ldyBFcnJvckNsYXNzKG1lc3NhZ2UsIGZpZWxkcyk7XG59XG4iXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUE7Ozs7Ozs7Q0FPQyxHQUNELFNBQVMsYUFBYSxRQUFRLGNBQWM7QUFRNUMsMEZBQTBGLEdBQzFGLE9BQU8sU0FBUyxlQUFlLE1BQXdCLEVBQUUsTUFBYztFQUNyRSxPQUFRLE9BQU8sSUFBSTtJQUNqQixLQUFLO01BQ0gsT0FBTyxDQUFDLE1BQU0sRUFBRSxPQUFPLFNBQVMsQ0FBQztJQUNuQyxLQUFLO01BQ0gsT0FBTyxDQUFDLElBQUksRUFBRSxPQUFPLElBQUksQ0FBQyxxQkFBcUIsQ0FBQztJQUNsRCxLQUFLO01BQ0gsT0FBTyxHQUFHLE9BQU8sS0FBSyxDQUFDLElBQUksRUFBRSxPQUFPLElBQUksRUFBRTtFQUM5QztBQUNGO0FBRUE7OztDQUdDLEdBQ0QsT0FBTyxTQUFTLFVBQVUsR0FBRyxLQUE2QjtFQUN4RCxPQUFPLE1BQ0osR0FBRyxDQUFDLENBQUMsT0FBUyxNQUFNLFFBQ3BCLE1BQU0sQ0FBQyxDQUFDLE9BQXlCLFFBQVEsT0FDekMsR0FBRyxDQUFDLENBQUMsT0FBVSxVQUFVLElBQUksQ0FBQyxRQUFRLE9BQU8sR0FBRyxLQUFLLENBQUMsQ0FBQyxFQUN2RCxJQUFJLENBQUM7QUFDVjtBQUVBLCtFQUErRSxHQUMvRSxPQUFPLE1BQU0saUJBQ1gsMktBQTJLO0FBRTdLLDRDQUE0QyxHQUM1QyxPQUFPLE1BQU0sbUJBQW1CO0VBQzlCLCtEQUErRCxHQUMvRCxBQUFTLE9BQU8sYUFBYTtFQUU3QixzR0FBc0csR0FDdEcsU0FBa0M7SUFDaEMsT0FBTztNQUFFLE1BQU0sSUFBSSxDQUFDLElBQUk7TUFBRSxTQUFTLElBQUksQ0FBQyxPQUFPO0lBQUM7RUFDbEQ7QUFDRjtBQUVBLHdFQUF3RSxHQUN4RSxPQUFPLE1BQU0sNEJBQTRCO0VBQ3ZDLHdFQUF3RSxHQUN4RSxBQUFTLE9BQU8sc0JBQXNCO0FBQ3hDO0FBRUE7OztDQUdDLEdBQ0QsT0FBTyxNQUFNLDJCQUEyQjtFQUN0Qyx1RUFBdUUsR0FDdkUsQUFBUyxPQUFPLHFCQUFxQjtBQUN2QztBQUVBLG9HQUFvRyxHQUNwRyxPQUFPLE1BQU0sMkJBQTJCO0VBQ3RDLHVFQUF1RSxHQUN2RSxBQUFTLE9BQU8scUJBQXFCO0FBQ3ZDO0FBRUEsbUdBQW1HLEdBQ25HLE9BQU8sTUFBTSwyQkFBMkI7RUFDdEMsdUVBQXVFLEdBQ3ZFLEFBQVMsT0FBTyxxQkFBcUI7QUFDdkM7QUFVQSxxSEFBcUgsR0FDckgsT0FBTyxNQUFNLGlCQUFpQjtFQUM1Qiw2REFBNkQsR0FDN0QsQUFBUyxPQUFPLFdBQVc7RUFDM0IscURBQXFELEdBQ3JELEFBQVMsT0FBMkI7RUFDcEMsaUVBQWlFLEdBQ2pFLEFBQVMsS0FBYztFQUN2Qix1RkFBdUYsR0FDdkYsQUFBUyxRQUE2QjtFQUN0QyxtRkFBbUYsR0FDbkYsQUFBUyxVQUE4QjtFQUN2QyxnRUFBZ0UsR0FDaEUsQUFBUyxRQUFpQztFQUUxQywrR0FBK0csR0FDL0csQUFBUyxTQUFrQztJQUN6QyxPQUFPO01BQ0wsR0FBRyxLQUFLLENBQUMsUUFBUTtNQUNqQixRQUFRLElBQUksQ0FBQyxNQUFNO01BQ25CLFdBQVcsSUFBSSxDQUFDLFNBQVM7TUFDekIsU0FBUyxJQUFJLENBQUMsT0FBTztNQUNyQixTQUFTLElBQUksQ0FBQyxPQUFPLElBQUksT0FBTyxXQUFXLENBQUMsSUFBSSxDQUFDLE9BQU87TUFDeEQsTUFBTSxJQUFJLENBQUMsSUFBSTtJQUNqQjtFQUNGO0VBRUEsNERBQTRELEdBQzVELFlBQ0UsT0FBZSxFQUNmLE9BTUksQ0FBQyxDQUFDLENBQ047SUFDQSxLQUFLLENBQUMsU0FBUyxLQUFLLEtBQUssS0FBSyxZQUFZLFlBQVk7TUFBRSxPQUFPLEtBQUssS0FBSztJQUFDO0lBQzFFLElBQUksQ0FBQyxNQUFNLEdBQUcsS0FBSyxNQUFNO0lBQ3pCLElBQUksQ0FBQyxJQUFJLEdBQUcsS0FBSyxJQUFJO0lBQ3JCLHFHQUFxRztJQUNyRyxJQUFJLENBQUMsT0FBTyxHQUFHLEtBQUssT0FBTyxJQUFJLElBQUksUUFBUSxjQUFjLEtBQUssT0FBTztJQUNyRSxJQUFJLENBQUMsU0FBUyxHQUFHLEtBQUssT0FBTyxFQUFFLElBQUksbUJBQW1CLEtBQUssT0FBTyxFQUFFLElBQUksaUJBQWlCO0lBQ3pGLElBQUksQ0FBQyxPQUFPLEdBQUcsS0FBSyxPQUFPO0VBQzdCO0FBQ0Y7QUFFQSxzREFBc0QsR0FDdEQsT0FBTyxNQUFNLHdCQUF3QjtFQUNuQyxvRUFBb0UsR0FDcEUsQUFBUyxPQUFPLGtCQUFrQjtBQUNwQztBQUNBLHFFQUFxRSxHQUNyRSxPQUFPLE1BQU0sNEJBQTRCO0VBQ3ZDLHdFQUF3RSxHQUN4RSxBQUFTLE9BQU8sc0JBQXNCO0FBQ3hDO0FBQ0Esc0RBQXNELEdBQ3RELE9BQU8sTUFBTSw4QkFBOEI7RUFDekMsMEVBQTBFLEdBQzFFLEFBQVMsT0FBTyx3QkFBd0I7QUFDMUM7QUFDQSxnQ0FBZ0MsR0FDaEMsT0FBTyxNQUFNLHNCQUFzQjtFQUNqQyxrRUFBa0UsR0FDbEUsQUFBUyxPQUFPLGdCQUFnQjtBQUNsQztBQUNBLG9HQUFvRyxHQUNwRyxPQUFPLE1BQU0sc0JBQXNCO0VBQ2pDLGtFQUFrRSxHQUNsRSxBQUFTLE9BQU8sZ0JBQWdCO0FBQ2xDO0FBQ0EsOEZBQThGLEdBQzlGLE9BQU8sTUFBTSxrQkFBa0I7RUFDN0IsOERBQThELEdBQzlELEFBQVMsT0FBTyxZQUFZO0FBQzlCO0FBQ0EsZ0ZBQWdGLEdBQ2hGLE9BQU8sTUFBTSxpQ0FBaUM7RUFDNUMsNkVBQTZFLEdBQzdFLEFBQVMsT0FBTywyQkFBMkI7QUFDN0M7QUFDQSxpRkFBaUYsR0FDakYsT0FBTyxNQUFNLHVCQUF1QjtFQUNsQyxtRUFBbUUsR0FDbkUsQUFBUyxPQUFPLGlCQUFpQjtFQUNqQyxzRUFBc0UsR0FDdEUsQUFBUyxXQUErQjtFQUN4Qyx5REFBeUQsR0FDekQsWUFBWSxPQUFlLEVBQUUsSUFBcUYsQ0FBRTtJQUNsSCxLQUFLLENBQUMsU0FBUztJQUNmLElBQUksQ0FBQyxVQUFVLEdBQUcsS0FBSyxVQUFVO0VBQ25DO0FBQ0Y7QUFDQSw0RkFBNEYsR0FDNUYsT0FBTyxNQUFNLDRCQUE0QjtFQUN2Qyx3RUFBd0UsR0FDeEUsQUFBUyxPQUFPLHNCQUFzQjtBQUN4QztBQUVBLG9HQUFvRyxHQUNwRyxPQUFPLE1BQU0sK0JBQStCO0VBQzFDLDJFQUEyRSxHQUMzRSxBQUFTLE9BQU8seUJBQXlCO0FBQzNDO0FBRUEsMERBQTBELEdBQzFELE9BQU8sTUFBTSwyQkFBMkI7RUFDdEMsdUVBQXVFLEdBQ3ZFLEFBQVMsT0FBTyxxQkFBcUI7QUFDdkM7QUFFQSwwRUFBMEUsR0FDMUUsT0FBTyxNQUFNLHdCQUF3QjtFQUNuQyxvRUFBb0UsR0FDcEUsQUFBUyxPQUFPLGtCQUFrQjtBQUNwQztBQUVBLG9DQUFvQyxHQUNwQyxPQUFPLE1BQU0sMEJBQTBCO0VBQ3JDLHNFQUFzRSxHQUN0RSxBQUFTLE9BQU8sb0JBQW9CO0FBQ3RDO0FBRUEsTUFBTSxnQkFBaUQ7RUFDckQsS0FBSztFQUNMLEtBQUs7RUFDTCxLQUFLO0VBQ0wsS0FBSztFQUNMLEtBQUs7RUFDTCxLQUFLO0VBQ0wsS0FBSztBQUNQO0FBRUEsK0ZBQStGLEdBQy9GLFNBQVMsaUJBQWlCLEtBQWdCO0VBQ3hDLE1BQU0sUUFBUSxNQUFNLEdBQUcsQ0FBQyxDQUFDO0lBQ3ZCLE1BQU0sRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUksUUFBUSxDQUFDO0lBQy9CLElBQUksT0FBTyxRQUFRLFVBQVUsT0FBTztJQUNwQyxPQUFPLE1BQU0sT0FBTyxDQUFDLE9BQU8sR0FBRyxJQUFJLElBQUksQ0FBQyxLQUFLLEVBQUUsRUFBRSxLQUFLLEdBQUc7RUFDM0Q7RUFDQSxPQUFPLE1BQU0sS0FBSyxDQUFDLENBQUMsT0FBUyxTQUFTLGNBQWMsTUFBTSxNQUFNLEdBQUcsTUFBTSxJQUFJLENBQUMsUUFBUTtBQUN4RjtBQUVBLGdHQUFnRyxHQUNoRyxTQUFTLGNBQWMsSUFBYTtFQUNsQyxJQUFJLE9BQU8sU0FBUyxVQUFVLE9BQU8sS0FBSyxPQUFPLENBQUMsUUFBUSxLQUFLLElBQUksR0FBRyxLQUFLLENBQUMsR0FBRyxRQUFRO0VBQ3ZGLElBQUksUUFBUSxPQUFPLFNBQVMsVUFBVTtJQUNwQyxLQUFLLE1BQU0sT0FBTztNQUFDO01BQVU7TUFBVztLQUFRLENBQVc7TUFDekQsTUFBTSxRQUFRLEFBQUMsSUFBZ0MsQ0FBQyxJQUFJO01BQ3BELElBQUksT0FBTyxVQUFVLFlBQVksTUFBTSxJQUFJLElBQUksT0FBTyxNQUFNLElBQUk7TUFDaEUsSUFBSSxRQUFRLFlBQVksTUFBTSxPQUFPLENBQUMsUUFBUTtRQUM1QyxNQUFNLE9BQU8saUJBQWlCO1FBQzlCLElBQUksTUFBTSxPQUFPO01BQ25CO0lBQ0Y7RUFDRjtFQUNBLE9BQU87QUFDVDtBQUVBLHFFQUFxRSxHQUNyRSxTQUFTLE9BQU8sTUFBYyxFQUFFLFNBQTJCLEVBQUUsVUFBOEI7RUFDekYsSUFBSSxXQUFXLEtBQUs7SUFDbEIsT0FBTyxDQUFDLGdDQUFnQyxFQUFFLGVBQWUsV0FBVyxVQUFVLHFEQUFxRCxDQUFDO0VBQ3RJO0VBQ0EsSUFBSSxXQUFXLEtBQUssT0FBTztFQUMzQixJQUFJLFdBQVcsS0FBSyxPQUFPO0VBQzNCLElBQUksV0FBVyxLQUFLLE9BQU87RUFDM0IsSUFBSSxXQUFXLEtBQUs7SUFDbEIsT0FBTyxlQUFlLFlBQ2xCLG1DQUNBLENBQUMseUJBQXlCLEVBQUUsS0FBSyxJQUFJLENBQUMsYUFBYSxNQUFNLDJCQUEyQixDQUFDO0VBQzNGO0VBQ0EsSUFBSSxVQUFVLEtBQUssT0FBTztFQUMxQixPQUFPO0FBQ1Q7QUFFQSxtREFBbUQsR0FDbkQsT0FBTyxTQUFTLGVBQWUsSUFPOUI7RUFDQyxNQUFNLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxVQUFVLEVBQUUsR0FBRztFQUN4QyxNQUFNLE9BQU8sY0FBYyxLQUFLLElBQUk7RUFDcEMsTUFBTSxVQUFVLFVBQ2QsR0FBRyxRQUFRLE1BQU0sQ0FBQyxDQUFDLEVBQUUsUUFBUSxHQUFHLENBQUMsYUFBYSxFQUFFLFNBQVMsT0FBTyxDQUFDLEVBQUUsRUFBRSxNQUFNLEdBQUcsSUFBSSxFQUNsRixPQUFPLFFBQVEsS0FBSyxTQUFTLEVBQUU7RUFFakMsTUFBTSxTQUFTO0lBQUU7SUFBUSxNQUFNLEtBQUssSUFBSTtJQUFFLFNBQVMsS0FBSyxPQUFPO0lBQUU7RUFBUTtFQUN6RSxJQUFJLFdBQVcsS0FBSyxPQUFPLElBQUksZUFBZSxTQUFTO0lBQUUsR0FBRyxNQUFNO0lBQUU7RUFBVztFQUMvRSxNQUFNLGFBQWEsYUFBYSxDQUFDLE9BQU8sSUFBSSxDQUFDLFVBQVUsTUFBTSxzQkFBc0IsUUFBUTtFQUMzRixPQUFPLElBQUksV0FBVyxTQUFTO0FBQ2pDIn0=
// denoCacheMetadata=1911695077438101485,2086529111461751149
