import { failures, specCheck } from "./chunks.ts";
import type { OpenFile } from "./download.ts";
import type { RequestInfo } from "./errors.ts";
import type { RequestOptions, ResolvedConfig } from "./options.ts";
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

/** The least every JSON answer of the API is: an object. */
function notAnObject(body: unknown): string | undefined {
  if (body && typeof body === "object" && !Array.isArray(body)) return undefined;
  return `${body === null ? "null" : Array.isArray(body) ? "an array" : typeof body} instead of an object`;
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
  if (status < 200 || status > 299) {
    // Loaded with the first failure: the words of an error are only needed once there is one.
    const { statusError } = await failures();
    throw statusError(api, request, status, headers, data);
  }
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch (cause) {
    throw (await failures()).notJSON({ status, headers, request, body: data }, cause);
  }
  const schemaName = typeof schema === "string" ? schema : schema(body);
  const problem = shapeProblem(body);
  if (problem) throw (await failures()).notInSpec({ status, headers, request, body }, schemaName, [problem], false);
  if (api.config.validate) {
    const { specProblems } = await specCheck();
    const issues = specProblems(body, schemaName);
    if (issues.length) throw (await failures()).notInSpec({ status, headers, request, body }, schemaName, issues, true);
  }
  return body;
}
