import type { OpenFile } from "./download.ts";
import { errorForStatus, MalformedResponseError, type RequestInfo } from "./errors.ts";
import type { RequestOptions, ResolvedConfig } from "./options.ts";
import { retryAfterMs } from "./retry.ts";
import type { Transport } from "./transport.ts";
import type { paths } from "./types.ts";

/** What the resources share: the transport and the resolved options. */
export interface Api {
  transport: Transport;
  config: ResolvedConfig;
  /** The client's headers (the key, the User-Agent), for requests that bypass the transport: streams. */
  headers: Readonly<Record<string, string>>;
  /** Opens a file to download into; only the Node, Deno and Bun entries can. */
  openFile?: OpenFile | undefined;
}

/** The query parameters the spec gives a GET path. */
type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? [NonNullable<Q>] extends [never]
    ? Record<string, never>
    : { [K in keyof NonNullable<Q>]?: NonNullable<Q>[K] | undefined }
  : never;

/** An error body as JSON when it is JSON, else its text (as openapi-fetch gives `raw` callers). */
function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The typed error of a non-2xx answer: its body parsed when it is JSON, the key named by its source only. */
export function statusError(api: Api, request: RequestInfo, status: number, headers: Headers, text: string) {
  return errorForStatus({
    status,
    body: parseOrText(text),
    headers,
    request,
    keySource: api.config.apiKeySource,
    retryAfter: retryAfterMs(headers),
  });
}

/** The least every JSON answer of the API is: an object. */
function notAnObject(body: unknown): string | undefined {
  if (body && typeof body === "object" && !Array.isArray(body)) return undefined;
  return `${body === null ? "null" : Array.isArray(body) ? "an array" : typeof body} instead of an object`;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
}

/** One request to the API: a path of the spec (placeholders filled), its query, and its JSON body. */
export interface ApiRequest {
  method: string;
  path: string;
  query?: Record<string, string | number | boolean | undefined> | undefined;
  body?: unknown;
  /** Whether a failed attempt may be retried; default: only for GET, HEAD and OPTIONS. */
  retry?: boolean | undefined;
}

/**
 * GETs a path of the spec with its typed query: `callJSON` for the hand-written
 * methods whose path the types can check.
 */
export function getJSON<P extends keyof paths>(
  api: Api,
  path: P,
  query: QueryOf<P>,
  options: RequestOptions,
  schema: string | ((body: unknown) => string),
  shapeProblem?: (body: unknown) => string | undefined,
): Promise<unknown> {
  return callJSON(api, { method: "GET", path, query }, options, schema, shapeProblem);
}

/**
 * Sends a request, turns a non-2xx reply into its typed error, and parses the
 * 2xx body as JSON (checked against the spec's `schema` when `validate` is on).
 * The body is serialised once, here: a large `inputs` array is never copied.
 */
export async function callJSON(
  api: Api,
  call: ApiRequest,
  options: RequestOptions,
  /** The spec's schema for the 2xx body, or a pick by the body when the API answers in more than one shape. */
  schema: string | ((body: unknown) => string),
  /** The structural problem that would break the caller, if any; checked even when `validate` is off. */
  shapeProblem: (body: unknown) => string | undefined = notAnObject,
): Promise<unknown> {
  let search = "";
  for (const [key, value] of Object.entries(call.query ?? {})) {
    if (value !== undefined) search += `${search ? "&" : "?"}${key}=${encodeURIComponent(value)}`;
  }
  const request: RequestInfo = { method: call.method, url: `${api.config.apiURL}${call.path}${search}` };
  const outgoing =
    call.body === undefined ? { ...request, retry: call.retry } : { ...request, retry: call.retry, body: JSON.stringify(call.body) };
  const { status, headers, text } = await api.transport.send(outgoing, options);
  const data = text ?? "";
  if (status < 200 || status > 299) throw statusError(api, request, status, headers, data);
  const fields = { status, headers, request, body: data };
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch (cause) {
    const type = headers.get("content-type") ?? "no content type";
    const what = data ? `"${snippet(data)}"` : "an empty body";
    throw new MalformedResponseError(
      `${request.method} ${request.url} answered ${status} with ${what} (${type}), which is not the JSON the API sends. Check the deployment URL: it may point at a web page or a proxy rather than the API.`,
      { ...fields, cause },
    );
  }
  const schemaName = typeof schema === "string" ? schema : schema(body);
  const problem = shapeProblem(body);
  if (problem) {
    throw new MalformedResponseError(
      `${request.method} ${request.url} answered with ${problem}, which the spec's ${schemaName} does not allow. The call failed as a whole, so nothing was silently dropped.`,
      { ...fields, body },
    );
  }
  if (api.config.validate) {
    const { specProblems } = await import("./spec-check.ts");
    const issues = specProblems(body, schemaName);
    if (issues.length) {
      throw new MalformedResponseError(
        `${request.method} ${request.url} answered with a body that does not match the spec's ${schemaName}: ${issues.slice(0, 5).join("; ")}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ""}.`,
        { ...fields, body },
      );
    }
  }
  return body;
}
