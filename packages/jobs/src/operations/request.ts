import type { RequestOptions, ResolvedConfig } from "../config/options.ts";
import type { paths } from "../model/types.ts";
import { failures } from "../transport/lazy.ts";
import type { Outgoing, Reply, Transport } from "../transport/transport.ts";
import { specCheck } from "./lazy.ts";

/** What the resources share: the transport and the resolved options. */
export interface Api {
  transport: Transport;
  config: ResolvedConfig;
  /** The client's headers (the key, the User-Agent), for requests that bypass the transport: streams. */
  headers: Readonly<Record<string, string>>;
}

/** The query parameters the spec gives a GET path. */
type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? [NonNullable<Q>] extends [never]
    ? Record<string, never>
    : { [K in keyof NonNullable<Q>]?: NonNullable<Q>[K] | undefined }
  : never;

/** Whether a JSON value is an object (not null, not an array): the least every JSON answer of the API is. */
export const isObject = (body: unknown): body is Record<string, unknown> =>
  typeof body === "object" && body !== null && !Array.isArray(body);

/** The least every JSON answer is: an object; otherwise its problem is the body itself (""), worded by failures.ts. */
const notAnObject = (body: unknown): string | undefined => (isObject(body) ? undefined : "");

/** The query part of a URL, `?limit=10&cursor=…`, without the parameters left undefined. */
export function queryString(query: Record<string, string | number | boolean | undefined>): string {
  let search = "";
  for (const key in query) {
    const value = query[key];
    if (value !== undefined) search += `${search ? "&" : "?"}${key}=${encodeURIComponent(value)}`;
  }
  return search;
}

/** How a JSON answer is read: the spec's schema for its 2xx body, the checks it always gets, what a 409 means. */
export interface Reading {
  /** The spec's schema for the 2xx body, or a pick by the body when the API answers in more than one shape. */
  schema: string | ((body: unknown) => string);
  /**
   * The field whose shape would break the caller ("" for the body itself), if any; checked even when
   * `validate` is off, worded only on failure (failures.ts `shapeWords`). Default: the body must be an object.
   */
  shapeProblem?: ((body: unknown) => string | undefined) | undefined;
  /** Whether a 409 is the spec's NotSucceeded: the job has no results yet (JobNotSucceededError). */
  notSucceeded?: boolean | undefined;
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
  reading: Reading,
): Promise<unknown> {
  return callJSON(api, { method: "GET", url: `${api.config.apiURL}${path}${queryString(query)}` }, options, reading);
}

/**
 * Sends a request (its JSON body already serialised, once: a large `inputs` array is never copied), turns
 * a non-2xx reply into its typed error, and parses the 2xx body as JSON, checked against the spec's
 * schema when `validate` is on. `pick` takes what the caller keeps of the answer (a `{ job }` envelope's
 * job) in the same step: the reading runs inside the transport's exchange, with no promise layer of its own.
 */
export function callJSON<T = unknown>(
  api: Api,
  outgoing: Outgoing,
  options: RequestOptions,
  reading: Reading,
  pick?: (answer: unknown) => T,
): Promise<T> {
  return api.transport.send(outgoing, options, (reply) => readJSON(api, outgoing, reply, reading, pick));
}

/** The answer of a 2xx reply, or a rejection with its typed error (whose words load with the first failure). */
export function readJSON<T>(api: Api, outgoing: Outgoing, reply: Reply, reading: Reading, pick?: (answer: unknown) => T): T | Promise<T> {
  const { status } = reply;
  // Text: only a binary operation's 2xx answer is a Blob, and that one is not read here.
  const data = (reply.body ?? "") as string;
  if (status < 200 || status > 299)
    return failed((f) => f.statusError(api.config.apiKeySource, outgoing, status, reply.headers, data, reading.notSucceeded));
  let answer: unknown;
  try {
    answer = JSON.parse(data);
  } catch (cause) {
    return failed((f) => f.notJSON(outgoing, reply, data, cause));
  }
  const schemaName = typeof reading.schema === "string" ? reading.schema : reading.schema(answer);
  const problem = (reading.shapeProblem ?? notAnObject)(answer);
  if (problem !== undefined) return failed((f) => f.notInSpec(outgoing, reply, answer, schemaName, [f.shapeWords(problem, answer)], false));
  if (!api.config.validate) return kept(answer, pick);
  return specCheck().then(({ specProblems }) => {
    const issues = specProblems(answer, schemaName);
    return issues.length ? failed((f) => f.notInSpec(outgoing, reply, answer, schemaName, issues, true)) : kept(answer, pick);
  });
}

export const kept = <T>(answer: unknown, pick: ((answer: unknown) => T) | undefined): T => (pick ? pick(answer) : (answer as T));

/** Rejects with the error `make` builds: the words of every failure load with the first one. */
function failed(make: (words: Awaited<ReturnType<typeof failures>>) => Error): Promise<never> {
  return failures().then((words) => {
    throw make(words);
  });
}
