import { failures, specCheck } from "./chunks.ts";
import type { OpenFile } from "./download.ts";
import type { RequestOptions, ResolvedConfig } from "./options.ts";
import type { Outgoing, Transport } from "./transport.ts";
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
export function notAnObject(body: unknown): string | undefined {
  if (body && typeof body === "object" && !Array.isArray(body)) return undefined;
  return `${describe(body)} instead of an object`;
}

/** What a JSON value is, for a message: "null", "an array", "string"… */
export function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}

/** The query part of a URL, `?limit=10&cursor=…`, without the parameters left undefined. */
export function queryString(query: Record<string, string | number | boolean | undefined>): string {
  let search = "";
  for (const key in query) {
    const value = query[key];
    if (value !== undefined) search += `${search ? "&" : "?"}${key}=${encodeURIComponent(value)}`;
  }
  return search;
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
  return callJSON(api, { method: "GET", url: `${api.config.apiURL}${path}${queryString(query)}` }, options, schema, shapeProblem);
}

/**
 * Sends a request (its JSON body already serialised, once: a large `inputs` array is never copied), turns
 * a non-2xx reply into its typed error, and parses the 2xx body as JSON, checked against the spec's
 * `schema` when `validate` is on.
 */
export async function callJSON(
  api: Api,
  outgoing: Outgoing,
  options: RequestOptions,
  /** The spec's schema for the 2xx body, or a pick by the body when the API answers in more than one shape. */
  schema: string | ((body: unknown) => string),
  /** The structural problem that would break the caller, if any; checked even when `validate` is off. */
  shapeProblem: (body: unknown) => string | undefined = notAnObject,
): Promise<unknown> {
  const { method, url } = outgoing;
  const { status, headers, text } = await api.transport.send(outgoing, options);
  const data = text ?? "";
  if (status < 200 || status > 299) {
    // Loaded with the first failure: the words of an error are only needed once there is one.
    const { statusError } = await failures();
    throw statusError(api, { method, url }, status, headers, data);
  }
  let answer: unknown;
  try {
    answer = JSON.parse(data);
  } catch (cause) {
    throw (await failures()).notJSON({ status, headers, request: { method, url }, body: data }, cause);
  }
  const schemaName = typeof schema === "string" ? schema : schema(answer);
  const problem = shapeProblem(answer);
  if (problem)
    throw (await failures()).notInSpec({ status, headers, request: { method, url }, body: answer }, schemaName, [problem], false);
  if (api.config.validate) {
    const { specProblems } = await specCheck();
    const issues = specProblems(answer, schemaName);
    if (issues.length)
      throw (await failures()).notInSpec({ status, headers, request: { method, url }, body: answer }, schemaName, issues, true);
  }
  return answer;
}
