/**
 * What `sutro.infer()` takes and gives. Types only: the code loads with the first call (lib/lazy.ts).
 */

import type { StandardOutput, StandardSchema } from "../../model/standard-schema.ts";
import type { UploadResult } from "../../resources/datasets/types.ts";
import type { CreateJobParams } from "../../resources/jobs/create.ts";
import type { ProgressUpdate } from "../../resources/jobs/progress.ts";
import type { WaitOptions } from "../../resources/jobs/wait.ts";

/**
 * What to run: the inputs themselves (strings, or object rows for a Sutro Function or to pick a `column`
 * from), a local file (`.txt`, `.csv`, `.jsonl`, `.parquet`; Node, Deno and Bun entries), a dataset id
 * (`dataset-<uuid>`, with `column`), or an `http(s)://` URL of a CSV or Parquet file the service reads.
 */
export type InferData = readonly string[] | readonly Record<string, unknown>[] | string;

/** A piece of a joined input: a column's value (a string), or literal text between columns (`{ text }`). */
export type ColumnPart = string | { readonly text: string };

/** A JSON Schema object, sent as the job's `json_schema` as it is. */
export type JsonSchemaObject = Record<string, unknown>;

/** An output schema: a plain JSON Schema, or a Standard Schema that can give one (Zod 4, ArkType, Valibot). */
export type OutputSchema = JsonSchemaObject | StandardSchema;

/** The type of a row's `output`: the schema's output type, `unknown` for a plain JSON Schema, the model's text without one. */
export type OutputOf<S> = [S] extends [undefined] ? string : S extends StandardSchema ? StandardOutput<S> : unknown;

/** The job's settings `infer()` takes as `jobs.create()` does: `model`, `systemPrompt`, `samplingParams`, `priority`… */
export type InferJobSettings = Pick<
  CreateJobParams,
  "model" | "systemPrompt" | "samplingParams" | "priority" | "name" | "description" | "randomSeedPerInput" | "truncateRows"
>;

/**
 * How `infer()` runs: the job's settings (as `jobs.create()` takes them; priority 0 has soft limits of
 * 1,000 inputs and 1M input tokens a job), how rows are read, and how the wait goes.
 */
export interface InferOptions<S extends OutputSchema | undefined = undefined> extends InferJobSettings {
  /**
   * Which column of a table-like input (a CSV or Parquet file, object rows, JSONL objects, a dataset) to
   * run; or an array joining columns (strings) and literal text (`{ text }`):
   * `["title", { text: "\n\n" }, "body"]`. Required for a dataset and a table of several columns.
   */
  column?: string | readonly ColumnPart[] | undefined;
  /** The outputs' schema: sent as `json_schema`, and each row's output parsed and checked against it. */
  outputSchema?: S;
  /** A column of a URL input carried through to the rows under its own name (URL inputs only). */
  idColumn?: string | undefined;
  /** Each row carries its input (default true). */
  includeInputs?: boolean | undefined;
  /** Estimate the cost instead of running: resolves to `{ jobId, costEstimate }` once the estimate job ends. */
  dryRun?: boolean | undefined;
  /** Stops waiting (never the job); the error says the job id and how to fetch its results later. */
  signal?: AbortSignal | undefined;
  /** Gives up waiting after this many ms (the job goes on); the error says how to fetch its results later. */
  deadline?: number | undefined;
  /** Told each update of the job's progress stream. */
  onProgress?: ((update: ProgressUpdate) => void) | undefined;
  /** Told the job at each change of its status. */
  onUpdate?: WaitOptions["onUpdate"];
  /**
   * How string inputs reach the service: `"auto"` (default) uploads them as a Parquet file into a new dataset
   * above 10,000 inputs or 8 MB of text, and sends them inline in the job's JSON body below; `"always"` and
   * `"never"` decide it. A job over an uploaded dataset has its rows read from its results file, a row
   * group at a time.
   */
  upload?: "auto" | "always" | "never" | undefined;
  /** Told the dataset the inputs were uploaded into, before the job is created: run it again with that id as `data`. */
  onUpload?: ((upload: UploadResult) => void) | undefined;
}

/** Why a row has no `output`: its text is not JSON, or not what the schema allows. */
export interface InferRowError {
  /** `not-json`: the text does not parse; `schema`: it parses, but the schema does not allow it. */
  kind: "not-json" | "schema";
  /** What went wrong, in words. */
  message: string;
  /** The schema's issues, each with the path to where it is (`["items", 0, "price"]`). */
  issues?: { message: string; path: (string | number)[] }[] | undefined;
}

/** What every row has, whatever its outcome. */
export interface InferRowBase {
  /** The row's place among the inputs, from 0: rows come in input order. */
  index: number;
  /** The row's input, as the job ran it (with `includeInputs`, the default). */
  input?: unknown;
  /** The text the model produced, always. */
  raw: string;
  /** A reasoning model's reasoning, when it gave one. */
  reasoning?: string | undefined;
  /** The row's cumulative log-probability, when the results carry it. */
  cumulativeLogprob?: number | null | undefined;
  /** The row's confidence score, when the job (a Sutro Function) gives one. */
  confidenceScore?: number | null | undefined;
  /** The id column of a URL input, and any column the results carry that the SDK does not know. */
  [column: string]: unknown;
}

/** One row: its `output` (typed by the schema), or, when the output is not JSON or fails the schema, an `error`. */
export type InferRow<T = string> = InferRowBase & ({ output: T; error?: undefined } | { output: undefined; error: InferRowError });

/** What `infer()` resolves to: the job's id, and one row per input, in input order. */
export interface InferResult<T = string> {
  /** The job that ran. */
  jobId: string;
  /** The dataset the inputs were uploaded into, when they were (see `upload`). */
  datasetId?: string | undefined;
  /** One row per input, in input order. */
  rows: InferRow<T>[];
}

/** What `infer({ dryRun: true })` resolves to: the estimate job's id and the estimated cost in USD. */
export interface DryRunResult {
  /** The estimate job's id. */
  jobId: string;
  /** The estimated cost in USD, or null when the estimate job gave none. */
  costEstimate: number | null;
}

/** Reads a local file whole (the Node, Deno and Bun entries); browsers and workers have none. */
export type ReadFile = (path: string) => Promise<Uint8Array>;
