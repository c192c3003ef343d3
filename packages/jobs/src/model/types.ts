import type { components, operations, paths } from "../generated/openapi.ts";

export type { components, operations, paths };

/** The spec's schemas, as generated. */
export type Schemas = components["schemas"];

/**
 * The named fields of a generated schema type, without the index signature that
 * `additionalProperties: true` adds: a misspelt field is then a compile error.
 * Unknown fields still arrive at run time; see {@link WithUnknownFields}.
 */
export type KnownFields<T> = Pick<T, KnownKeys<T>>;

/**
 * The named keys of `T`, its index signature's aside. KnownFields picks them with Pick, which keeps each
 * field's documentation for editors' hovers (a mapped type with an `as` clause drops it).
 */
export type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: unknown } & keyof T;

/**
 * A value with the fields servers add beyond the spec reachable by name, typed `unknown`:
 * `const { region } = job as WithUnknownFields<Job>`. Every field the server sent is there at run time.
 */
export type WithUnknownFields<T> = T & { readonly [field: string]: unknown };

/** Known statuses autocomplete; any other string (lower case, newer) is valid too. */
export type JobStatus = Schemas["JobStatus"];

/** Why a job failed: `message`, and sometimes `additional_context`. */
export interface FailureReason extends KnownFields<Schemas["FailureReason"]> {}

/** The sampling parameters a job runs with. */
export interface SamplingParams extends KnownFields<Schemas["SamplingParams"]> {}

/** One job, with the API's field names. */
export interface Job extends Omit<KnownFields<Schemas["Job"]>, "failure_reason" | "sampling_params"> {
  /** Details when the job failed. */
  failure_reason: FailureReason | null;
  /** Sampling parameters the job runs with. */
  sampling_params: SamplingParams;
}

/** One page: the response of `list({ limit })`. `next_cursor` is null on the last page. */
export interface JobPage {
  /** At most `limit` jobs, newest first. */
  jobs: Job[];
  /** Pass as `cursor` to get the next page; `null` when there are no more pages. */
  next_cursor: string | null;
}

/** Every job at once: the response of `list()`. */
export interface JobList {
  /** Prose such as "Jobs retrieved successfully." */
  message: string;
  /** Every job of the account, newest first. */
  jobs: Job[];
}

/** An error body: `detail` (FastAPI), `message` or `error`, whichever the server sent. */
export interface ErrorBody extends KnownFields<Schemas["Error"]> {}

/** The quotas of one priority. */
export interface Quota extends KnownFields<Schemas["Quota"]> {}

/** Where to download a job's results from: presigned URLs (secrets until they expire) and the file's size. */
export interface ResultsUrl extends KnownFields<Schemas["ResultsUrl"]> {}
