/**
 * `sutro.infer()`: from data to typed, checked rows in one call. Reads and checks the inputs (before any
 * request), submits the job (never retried), waits for it as `jobs.wait()` does, then reads its results,
 * asking again for up to a minute while a job that just SUCCEEDED has none yet.
 */
import type { Logger } from "../../config/logger.ts";
import { APITimeoutError, APIUserAbortError, InvalidRequestError, JobNotSucceededError } from "../../errors/errors.ts";
import { normalizeStatus } from "../../model/status.ts";
import type { FailureReason } from "../../model/types.ts";
import type { CreateJobParams } from "../../resources/jobs/create.ts";
import type { Jobs } from "../../resources/jobs/jobs.ts";
import { prepareInputs } from "./inputs.ts";
import { inferRows } from "./rows.ts";
import { resolveSchema } from "./schema.ts";
import type { DryRunResult, InferData, InferOptions, InferResult, OutputSchema, ReadFile } from "./types.ts";

/** What `infer()` runs with: the client's jobs, its logger, and its entry's file reader (none in browsers). */
export interface InferContext {
  jobs: Jobs;
  logger: Logger;
  readFile: ReadFile | undefined;
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
]);

function checkOptions(options: unknown): asserts options is InferOptions<OutputSchema | undefined> {
  if (typeof options !== "object" || options === null) throw new InvalidRequestError("infer(data, options) needs options: { model, … }.");
  const unknown = Object.keys(options).filter((key) => !OPTIONS.has(key));
  if (unknown.length) throw new InvalidRequestError(`infer() does not take ${unknown.join(", ")}; it takes ${[...OPTIONS].join(", ")}.`);
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
  const { inputs } = prepared;
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
    columnName: prepared.columnName,
    idColumnName: prepared.idColumnName,
  };
  const { signal, deadline, onProgress, onUpdate } = options;
  // Never retried, as every create: an unknown outcome is a JobCreationUnknownError.
  const { jobId } = await context.jobs.create(params, { signal });
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
  const columns = await context.jobs
    .resultsColumns(jobId, { includeInputs: options.includeInputs !== false }, { signal })
    .catch((error: unknown) => {
      throw stoppedWaiting(error, jobId) ?? error;
    });
  return { jobId, rows: await inferRows(columns, schema) };
}
