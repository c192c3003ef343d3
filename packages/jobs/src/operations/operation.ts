/**
 * The operation layer: every operation of the spec as a typed method, built from
 * the generated table (generated/operations.ts) and the generated types. An
 * operation added to the spec becomes `sutro.api.<operationId>` after
 * `pnpm generate`, with the SDK's whole error model (typed errors, retries,
 * timeouts, deadlines, validation) and no hand-written code.
 */

import { checkRequestOptions, type RequestOptions } from "../config/options.ts";
import { InvalidRequestError } from "../errors/errors.ts";
import type { operations } from "../generated/openapi.ts";
import { OPERATION_IDS, type OperationId } from "../generated/operation-ids.ts";
import { once } from "../transport/lazy.ts";
import { type APIPromise, replying } from "../transport/replies.ts";
import { operationTable } from "./lazy.ts";
import { type Api, callJSON, queryString, type Reading } from "./request.ts";

/** How to send one operation: the generated table's rows have this shape. */
export interface OperationSpec {
  /** The HTTP method, in capitals. */
  method: string;
  /** The path under the deployment's /v1 split around its placeholders, literal parts and parameter names by turns: "/jobs/", "job_id", "". */
  pathParts: readonly string[];
  /** Names of the query parameters; absent when it has none. */
  queryParams?: readonly string[] | undefined;
  /** Whether it takes a body (JSON, or a form); absent when not. */
  body?: boolean | undefined;
  /** Whether it moves a whole file, as its body (`form`) or as its answer (`binary`); absent when not. */
  file?: boolean | undefined;
  /** Whether its body is a multipart form (fields and files, a File for each file); absent when not. */
  form?: boolean | undefined;
  /** Whether its 2xx answer is a file's bytes, resolved as a Blob; absent when it is JSON. */
  binary?: boolean | undefined;
  /** Whether a failed attempt may be retried: safe methods, and reads sent as POST (`x-idempotent`). */
  retry: boolean;
  /** The component schema of its 2xx JSON body; absent for a binary answer. */
  schema?: string | undefined;
  /** Whether its 409 is the spec's NotSucceeded response: the job has no results yet (JobNotSucceededError). */
  notSucceeded?: boolean | undefined;
}

export type { OperationId };

/**
 * The generated table, checked against the shape this layer reads (generated files import nothing of ours);
 * undefined until the first call loads it.
 */
let TABLE: Readonly<Record<OperationId, OperationSpec>> | undefined;

/** The parameters an operation declares, as generated: `path`, `query`, … */
export type Params<K extends OperationId> = operations[K]["parameters"];
/** `T` without undefined, or `Else` when nothing is left. */
export type PresentOr<T, Else> = [NonNullable<T>] extends [never] ? Else : NonNullable<T>;
/** The JSON body an operation takes, or never. */
export type JsonBody<K extends OperationId> = operations[K] extends { requestBody: { content: { "application/json": infer B } } }
  ? B
  : never;

/** What an operation takes: `path` and `body` when the spec requires them, `query` when it has any. */
export type OperationArgs<K extends OperationId> = (PresentOr<Params<K>["path"], never> extends never
  ? unknown
  : { path: PresentOr<Params<K>["path"], never> }) &
  (PresentOr<Params<K>["query"], never> extends never
    ? unknown
    : { query?: { [Q in keyof PresentOr<Params<K>["query"], never>]?: PresentOr<Params<K>["query"], never>[Q] | undefined } | undefined }) &
  ([JsonBody<K>] extends [never] ? unknown : { body: JsonBody<K> });

/** What a 2xx answer's content resolves to: its JSON, or a file's bytes as a Blob. */
export type AnswerOf<C> = C extends { "application/json": infer D } ? D : C extends { "application/octet-stream": infer B } ? B : unknown;

/** What an operation's 2xx answer holds, as the spec types it. */
export type OperationResult<K extends OperationId> = operations[K]["responses"] extends infer R
  ? R extends { 200: { content: infer C } }
    ? AnswerOf<C>
    : R extends { 201: { content: infer C } }
      ? AnswerOf<C>
      : unknown
  : unknown;

/** `sutro.api`: one method per operationId of the spec. */
export type OperationMethods = {
  [K in OperationId]: (args: OperationArgs<K>, options?: RequestOptions) => APIPromise<OperationResult<K>>;
};

/**
 * The table's operations that move a whole file (file-operation.ts), loaded with the first of them. Its loader
 * is here rather than in lazy.ts, which request.ts imports: file-operation.ts reads answers with request.ts.
 */
const fileOperation = once(() => import("./file-operation.ts"));

/** Characters every id is made of, none of which a path segment needs to encode: the common case, checked at once. */
const PLAIN = /^[\w.~-]+$/;

/** A path parameter that would change the path it goes into, or cannot be sent, is refused before any request. */
export function checkPathParam(value: unknown, name: string): string {
  if (typeof value === "string" && PLAIN.test(value)) return value;
  if (typeof value !== "string" || value === "") {
    throw new InvalidRequestError(`${name} must be a non-empty string, got ${value === "" ? "an empty string" : typeof value}.`);
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  if (/[/?#\s\u0000-\u001f\u007f]/.test(value)) {
    throw new InvalidRequestError(
      `${name} "${value.replace(/[^\x20-\x7e]/g, "?")}" has a character an id never has (/, ?, #, white space or a control character).`,
    );
  }
  return value;
}

/** The value as one path segment: checked, and percent-encoded unless made of plain characters only. */
function pathSegment(value: unknown, name: string): string {
  return typeof value === "string" && PLAIN.test(value) ? value : encodeURIComponent(checkPathParam(value, name));
}

/**
 * Sends one operation of the table with the caller's arguments; `pick` takes what the caller keeps of the
 * answer. The table loads with the first call. Once it is loaded, not itself async (one layer of promises
 * fewer on every call): a refusal is thrown here, and every caller turns it into a rejection.
 */
function callOperation<T>(api: Api, id: OperationId, args: unknown, options: RequestOptions, pick?: (answer: unknown) => T): Promise<T> {
  if (!TABLE) {
    return operationTable().then((module) => {
      TABLE = module.OPERATIONS;
      return callOperation(api, id, args, options, pick);
    });
  }
  const spec = TABLE[id];
  const given = (args ?? {}) as { path?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
  if (typeof given !== "object") throw new InvalidRequestError(`${id}() takes an object of arguments.`);
  // Split when generated, so filling an id in is a concatenation rather than a search and replace.
  const parts = spec.pathParts;
  let url = api.config.apiURL + parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    url += pathSegment(given.path?.[name], name) + parts[i + 1];
  }
  if (spec.queryParams) {
    const query: Record<string, string | number | boolean | undefined> = {};
    for (const name of spec.queryParams) query[name] = given.query?.[name] as string | number | boolean | undefined;
    url += queryString(query);
  }
  if (spec.body && given.body === undefined) throw new InvalidRequestError(`${id}() needs a body.`);
  // A file each way, form or bytes: sent and read by a module of its own, loaded with the first such call.
  if (spec.file) return fileOperation().then((files) => files.sendFile(api, id, spec, url, given.body, options, pick));
  const body = spec.body ? JSON.stringify(given.body) : undefined;
  // The row is also how its answer is read: its schema, and what its 409 means.
  return callJSON(api, { method: spec.method, url, body, retry: spec.retry, final409: spec.notSucceeded }, options, spec as Reading, pick);
}

/**
 * Sends operation `id` with options already checked: how the SDK's own methods call the table, one layer
 * and one options check fewer than through `sutro.api`. `pick` takes what the method returns of the answer,
 * in the same step. Arguments it refuses are thrown, not rejected: call it from an async function, or
 * turn the throw into a rejection.
 */
export type OperationCaller = <K extends OperationId, T = OperationResult<K>>(
  id: K,
  args: OperationArgs<K>,
  options: RequestOptions,
  pick?: (answer: OperationResult<K>) => T,
) => Promise<T>;

/** The methods of `sutro.api`, one per row of the generated table, and the caller the SDK's methods share. */
export function createOperations(api: Api): { methods: OperationMethods; call: OperationCaller } {
  const call = ((id: OperationId, args: unknown, options: RequestOptions, pick?: (answer: unknown) => unknown) =>
    callOperation(api, id, args, options, pick)) as OperationCaller;
  const methods: Record<string, (args: unknown, options?: RequestOptions) => Promise<unknown>> = {};
  for (const id of OPERATION_IDS) {
    methods[id] = (args, options) => replying(options, (given) => call(id, args as never, checkRequestOptions(given)));
  }
  return { methods: methods as OperationMethods, call };
}
