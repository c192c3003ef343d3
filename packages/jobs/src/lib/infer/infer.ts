/**
 * `sutro.infer()`: from data to typed, checked rows in one call. Reads and checks the inputs (before any
 * request), submits the job (never retried), waits for it as `jobs.wait()` does, then reads its results,
 * asking again for up to a minute while a job that just SUCCEEDED has none yet.
 */
import type { Logger } from "../../config/logger.ts";
import { APITimeoutError, APIUserAbortError, InvalidRequestError, JobNotSucceededError } from "../../errors/errors.ts";
import { normalizeStatus } from "../../model/status.ts";
import type { FailureReason } from "../../model/types.ts";
import type { Datasets, UploadResult } from "../../resources/datasets/datasets.ts";
import type { CreateJobParams } from "../../resources/jobs/create.ts";
import type { Jobs } from "../../resources/jobs/jobs.ts";
import type { ResultColumns } from "../../resources/jobs/results.ts";
import { prepareInputs } from "./inputs.ts";
import { inferRows } from "./rows.ts";
import { resolveSchema } from "./schema.ts";
import type { DryRunResult, InferData, InferOptions, InferResult, OutputSchema, ReadFile } from "./types.ts";

/** What `infer()` runs with: the client's jobs, its logger, and its entry's file reader (none in browsers). */
export interface InferContext {
  jobs: Jobs;
  datasets: Datasets;
  logger: Logger;
  readFile: ReadFile | undefined;
}

/** Above either, `upload: "auto"` sends string inputs as a dataset rather than in the job's JSON body. */
const UPLOAD_ROWS = 10_000;
const UPLOAD_CHARACTERS = 8 * 1024 * 1024;

/** Whether the inputs go up as a dataset: string inputs only (object rows are a Function's, sent as they are). */
function uploads(inputs: unknown, upload: InferOptions<undefined>["upload"]): inputs is string[] {
  if (upload === "never" || !Array.isArray(inputs)) return false;
  let characters = 0;
  // Holes read as undefined here: such inputs go inline, where jobs.create() refuses them before any request.
  for (const input of inputs) {
    if (typeof input !== "string") {
      if (upload === "always") throw new InvalidRequestError('upload: "always" takes string inputs (a Function\'s object rows go inline).');
      return false;
    }
    characters += input.length;
  }
  return upload === "always" || inputs.length > UPLOAD_ROWS || characters > UPLOAD_CHARACTERS;
}

/**
 * The inputs as a Parquet file (one `input` column, snappy) uploaded into a new dataset. Row groups of 10,000:
 * the writer's working memory grows with the row group (1M short strings: about 110 MB of RSS at 10,000 a group,
 * 310 MB at 100,000), while the file barely does (4.8 MB against 4.7).
 */
async function uploadInputs(datasets: Datasets, inputs: string[], signal: AbortSignal | undefined): Promise<UploadResult> {
  const { parquetWriteBuffer } = await import("hyparquet-writer");
  const file = parquetWriteBuffer({ columnData: [{ name: "input", data: inputs, type: "STRING" }], rowGroupSize: 10_000 });
  return datasets.upload({ name: "inputs.parquet", data: new Blob([file]) }, { signal });
}

/**
 * The columns of a job's results file, read a row group at a time (rows()), for a job too big for one JSON
 * answer. `sent`: the inputs infer() uploaded, joined back by position (results keep input order) rather than
 * read again from the file, a second copy of every input; read from the file only if the counts disagree.
 */
async function columnsFromFile(
  jobs: Jobs,
  jobId: string,
  sent: string[] | undefined,
  signal: AbortSignal | undefined,
): Promise<ResultColumns> {
  const outputs: string[] = [];
  for await (const row of jobs.rows(jobId, { signal })) outputs.push(row.output);
  if (!sent || sent.length === outputs.length) return sent ? { outputs, inputs: sent } : { outputs };
  const inputs: unknown[] = [];
  for await (const row of jobs.rows(jobId, { includeInputs: true, signal })) inputs.push(row.input);
  return { outputs, inputs };
}

/** Priority 0's soft limit of inputs a job: past it, a warning says to use priority 1. */
const PROTOTYPING_INPUTS = 1_000;

const OPTIONS = new Set([
  "model",
  "column",
  "outputSchema",
  "systemPrompt",
  "samplingParams",
  "priority",
  "name",
  "description",
  "idColumn",
  "randomSeedPerInput",
  "truncateRows",
  "includeInputs",
  "dryRun",
  "signal",
  "deadline",
  "onProgress",
  "onUpdate",
  "upload",
  "onUpload",
]);

function checkOptions(options: unknown): asserts options is InferOptions<OutputSchema | undefined> {
  if (typeof options !== "object" || options === null) throw new InvalidRequestError("infer(data, options) needs options: { model, … }.");
  const unknown = Object.keys(options).filter((key) => !OPTIONS.has(key));
  if (unknown.length) throw new InvalidRequestError(`infer() does not take ${unknown.join(", ")}; it takes ${[...OPTIONS].join(", ")}.`);
  const { upload, onUpload } = options as InferOptions<undefined>;
  if (upload !== undefined && upload !== "auto" && upload !== "always" && upload !== "never") {
    throw new InvalidRequestError(`upload must be "auto", "always" or "never", got ${JSON.stringify(upload)}.`);
  }
  if (onUpload !== undefined && typeof onUpload !== "function") throw new InvalidRequestError("onUpload must be a function.");
  for (const key of ["includeInputs", "dryRun"] as const) {
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined && typeof value !== "boolean") throw new InvalidRequestError(`${key} must be true or false.`);
  }
}

/** How to pick up a job's results after the wait stopped: said in every error that leaves the job running. */
const pickUp = (jobId: string) =>
  `The job goes on: fetch its results later with sutro.jobs.results("${jobId}") (or \`sutro-jobs results ${jobId}\`).`;

/** An abort or a deadline while waiting, said with the job's id and how to pick it up later. */
function stoppedWaiting(error: unknown, jobId: string): Error | undefined {
  if (error instanceof APIUserAbortError) return new APIUserAbortError(`Stopped waiting for ${jobId}. ${pickUp(jobId)}`, { cause: error });
  if (error instanceof APITimeoutError)
    return new APITimeoutError(`${error.message} ${pickUp(jobId)}`, { cause: error, request: error.request });
  return undefined;
}

/** `sutro.infer(data, options)`; its typed overloads are on the client. */
export async function infer(context: InferContext, data: InferData, options: unknown): Promise<InferResult<unknown> | DryRunResult> {
  checkOptions(options);
  const schema = resolveSchema(options.outputSchema);
  const prepared = await prepareInputs(data, options, context.readFile);
  let { inputs } = prepared;
  let { columnName } = prepared;
  let datasetId: string | undefined;
  let uploaded: string[] | undefined;
  if (uploads(inputs, options.upload)) {
    uploaded = inputs;
    const result = await uploadInputs(context.datasets, inputs, options.signal);
    datasetId = result.datasetId;
    // A callback's exception is the user's: it rejects infer() as thrown (nothing here retries).
    options.onUpload?.(result);
    inputs = datasetId;
    columnName = "input";
  }
  if (Array.isArray(inputs) && inputs.length > PROTOTYPING_INPUTS && (options.priority ?? 0) === 0) {
    context.logger.warn(
      `${inputs.length} inputs at priority 0, whose soft limit is ${PROTOTYPING_INPUTS} inputs (and 1M input tokens) a job: the job may be slow or refused. Production-sized jobs belong at priority 1.`,
    );
  }
  const params: CreateJobParams = {
    inputs,
    model: options.model,
    systemPrompt: options.systemPrompt,
    jsonSchema: schema?.jsonSchema,
    samplingParams: options.samplingParams,
    priority: options.priority,
    name: options.name,
    description: options.description,
    costEstimate: options.dryRun === true ? true : undefined,
    randomSeedPerInput: options.randomSeedPerInput,
    truncateRows: options.truncateRows,
    columnName,
    idColumnName: prepared.idColumnName,
  };
  const { signal, deadline, onProgress, onUpdate } = options;
  // Never retried, as every create: an unknown outcome is a JobCreationUnknownError. Uploaded inputs stay in
  // their dataset whatever happens next: the error says which, so a retry need not upload them again.
  const { jobId } = await context.jobs.create(params, { signal }).catch((error: unknown) => {
    if (datasetId !== undefined && error instanceof Error)
      error.message += ` The inputs are in dataset ${datasetId}: pass it as infer()'s data, with column: "input", to run them without uploading them again.`;
    throw error;
  });
  const job = await context.jobs.wait(jobId, { signal, deadline, onProgress, onUpdate }).catch((error: unknown) => {
    throw stoppedWaiting(error, jobId) ?? error;
  });
  const status = normalizeStatus(job.status);
  if (status !== "SUCCEEDED") {
    const failureReason = (job.failure_reason as FailureReason | null | undefined) ?? null;
    const why = failureReason?.message ? `: ${failureReason.message}` : "";
    throw Object.assign(new JobNotSucceededError(`Job ${jobId} ended ${status}${why}; it has no results.`), {
      jobId,
      jobStatus: status,
      failureReason,
    });
  }
  if (options.dryRun === true) return { jobId, costEstimate: typeof job.cost_estimate === "number" ? job.cost_estimate : null };
  // Results not there yet right after SUCCEEDED are asked for again, for up to a minute (jobs' own rule).
  const includeInputs = options.includeInputs !== false;
  const columns = await (datasetId === undefined
    ? context.jobs.resultsColumns(jobId, { includeInputs }, { signal })
    : columnsFromFile(context.jobs, jobId, includeInputs ? uploaded : undefined, signal)
  ).catch((error: unknown) => {
    throw stoppedWaiting(error, jobId) ?? error;
  });
  const rows = await inferRows(columns, schema);
  return datasetId === undefined ? { jobId, rows } : { jobId, datasetId, rows };
}
