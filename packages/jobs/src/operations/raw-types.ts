/**
 * The types of `sutro.raw`, in the SDK's own names. openapi-fetch does the work at run time; its own types
 * are not part of the public API, because a project's declarations could not name them (TS2742: under pnpm
 * they sit in a folder of a dependency's dependency), and JSR's documentation would reference private types.
 * They say what openapi-fetch's do for this spec's paths: the call's `{ data, error, response }` by the
 * operation's responses, its `params` and `body` by its parameters and request body (test/types.check.ts
 * holds a call of each kind against openapi-fetch's own client).
 */
import type { paths } from "../model/types.ts";

/** The HTTP methods of openapi-fetch's client, as the spec's path items name them. */
export type RawMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** The keys of `T` a value must have. */
export type RawRequiredKeys<T> = { [K in keyof T]-?: Pick<T, K> extends Required<Pick<T, K>> ? K : never }[keyof T];

/** The spec's paths that have an operation for `M`, e.g. `RawPath<"get">` includes "/jobs/{job_id}". */
export type RawPath<M extends RawMethod> = {
  [P in keyof paths]: [NonNullable<paths[P][M]>] extends [never] ? never : P;
}[keyof paths];

/** The operation at path `P` for method `M`, as generated from the spec. */
export type RawOperation<P extends keyof paths, M extends RawMethod> = NonNullable<paths[P][M]>;

/** What a response of the spec carries, by media type. */
export type RawContent<R> = R extends { content: infer C } ? C[keyof C] : never;

/** The statuses openapi-fetch gives as `data`, and as `error`. */
export type RawOkStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207 | "2XX";

/** The body of an operation's 2xx answers. */
export type RawData<Op> = Op extends { responses: infer R }
  ? { [S in keyof R]: S extends RawOkStatus ? RawContent<R[S]> : never }[keyof R]
  : never;

/** The body of an operation's other answers (its documented errors). */
export type RawError<Op> = Op extends { responses: infer R }
  ? { [S in keyof R]: S extends RawOkStatus ? never : RawContent<R[S]> }[keyof R]
  : never;

/** How openapi-fetch reads a body: `json` (the default) or as it comes. */
export type RawParseAs = "json" | "text" | "blob" | "arrayBuffer" | "stream";

/** `data` as read with `parseAs`. */
export type RawParsed<T, Init> = Init extends { parseAs: infer As }
  ? As extends "text"
    ? string
    : As extends "blob"
      ? Blob
      : As extends "arrayBuffer"
        ? ArrayBuffer
        : As extends "stream"
          ? ReadableStream<Uint8Array> | null
          : T
  : T;

/** What a `sutro.raw` call resolves to: the 2xx body as `data`, or the documented error body as `error`, with the Response. */
export type RawResult<Op, Init = unknown> =
  | { data: RawParsed<RawData<Op>, Init>; error?: never; response: Response }
  | { data?: never; error: RawError<Op>; response: Response };

/** The parameters of a call: required when the operation has any that are. */
export type RawParams<Op> = Op extends { parameters: infer P }
  ? [RawRequiredKeys<P>] extends [never]
    ? { params?: P }
    : { params: P }
  : unknown;

/** The body of a call: required when the operation's request body is. */
export type RawBody<Op> = Op extends { requestBody: { content: infer C } }
  ? { body: C[keyof C] }
  : Op extends { requestBody?: { content: infer C } }
    ? { body?: C[keyof C] }
    : { body?: never };

/** What a call takes besides its path: `params`, `body`, and fetch's options (`headers`, `signal`, `parseAs`…). */
export type RawInit<Op> = RawParams<Op> &
  RawBody<Op> &
  Omit<RequestInit, "body" | "headers"> & {
    /** Headers of this request, over the client's. */
    headers?: HeadersInit | Record<string, string | number | boolean | null | undefined> | undefined;
    /** How to read the body; default JSON. */
    parseAs?: RawParseAs | undefined;
    /** Middleware for this request only. */
    middleware?: RawMiddleware[] | undefined;
  };

/** The call's init as a parameter: optional when nothing in it is required. */
export type RawInitArgs<Init> = [RawRequiredKeys<Init>] extends [never]
  ? [init?: Init & { [key: string]: unknown }]
  : [init: Init & { [key: string]: unknown }];

/** A method of `sutro.raw` for HTTP method `M`: `sutro.raw.GET("/jobs/{job_id}", { params: { path: { job_id } } })`. */
export type RawCall<M extends RawMethod> = <P extends RawPath<M>, Init extends RawInit<RawOperation<P, M>>>(
  path: P,
  ...init: RawInitArgs<Init>
) => Promise<RawResult<RawOperation<P, M>, Init>>;

/** What middleware is told of a request. */
export interface RawMiddlewareContext {
  /** The request about to be sent (onRequest) or sent. */
  request: Request;
  /** The spec's path, placeholders included: "/jobs/{job_id}". */
  readonly schemaPath: string;
  /** The parameters given to the call. */
  readonly params: {
    query?: Record<string, unknown>;
    header?: Record<string, unknown>;
    path?: Record<string, unknown>;
    cookie?: Record<string, unknown>;
  };
  /** An id of this request, unique in the client. */
  readonly id: string;
}

/**
 * What a hook returns: nothing, or what takes the place of the request, response or error. `void` as in
 * openapi-fetch's types, so that a hook without a return statement, typed before it is passed, fits.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a hook that returns nothing, as openapi-fetch types it.
export type RawHookResult<T> = void | T | undefined | Promise<T | undefined | void>;

/** What middleware may do with each request of `sutro.raw`, its response or its error. */
export interface RawMiddlewareHooks {
  /** Before sending: return a Request to send instead, or a Response to answer with. */
  onRequest?: (context: RawMiddlewareContext) => RawHookResult<Request | Response>;
  /** After the answer: return a Response to use instead. */
  onResponse?: (context: RawMiddlewareContext & { response: Response }) => RawHookResult<Response>;
  /** When the request failed: return a Response to use instead, or an Error to throw. */
  onError?: (context: RawMiddlewareContext & { error: unknown }) => RawHookResult<Response | Error>;
}

/** openapi-fetch middleware: at least one of the hooks (openapi-fetch refuses an object with none). */
export type RawMiddleware = RawMiddlewareHooks &
  (
    | Required<Pick<RawMiddlewareHooks, "onRequest">>
    | Required<Pick<RawMiddlewareHooks, "onResponse">>
    | Required<Pick<RawMiddlewareHooks, "onError">>
  );

/**
 * `sutro.raw`: openapi-fetch's typed client of the spec's paths, with this client's key, retries and timeouts.
 * Calls resolve to `{ data, error, response }` and never throw for HTTP errors.
 */
export interface RawClient {
  /** Any method: `sutro.raw.request("get", "/jobs/{job_id}", init)`. */
  request<M extends RawMethod, P extends RawPath<M>, Init extends RawInit<RawOperation<P, M>>>(
    method: M,
    path: P,
    ...init: RawInitArgs<Init>
  ): Promise<RawResult<RawOperation<P, M>, Init>>;
  /** Calls a GET operation. */
  GET: RawCall<"get">;
  /** Calls a PUT operation. */
  PUT: RawCall<"put">;
  /** Calls a POST operation. */
  POST: RawCall<"post">;
  /** Calls a DELETE operation. */
  DELETE: RawCall<"delete">;
  /** Calls an OPTIONS operation. */
  OPTIONS: RawCall<"options">;
  /** Calls a HEAD operation. */
  HEAD: RawCall<"head">;
  /** Calls a PATCH operation. */
  PATCH: RawCall<"patch">;
  /** Calls a TRACE operation. */
  TRACE: RawCall<"trace">;
  /** Adds middleware, run in the order added. */
  use(...middleware: RawMiddleware[]): void;
  /** Removes middleware. */
  eject(...middleware: RawMiddleware[]): void;
}
