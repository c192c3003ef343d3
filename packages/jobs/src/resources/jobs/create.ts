/**
 * Creating a job: what `jobs.create()` takes, checked before anything is sent, the id in the answer, and what
 * an unknown outcome says.
 */
import { checkRequestOptions, type RequestOptions } from "../../config/options.ts";
import { APIError, InvalidRequestError, JobCreationUnknownError, MalformedResponseError } from "../../errors/errors.ts";
import { definitelyRefused } from "../../errors/refusal.ts";
import type { components } from "../../generated/openapi.ts";
import type { OperationCaller } from "../../operations/operation.ts";

type CreateBody = components["schemas"]["CreateJobRequest"];

/** A job to create: `inputs` run through `model`. The API's snake_case fields, in camelCase. */
export interface CreateJobParams {
  /** The rows: strings (or objects for a Sutro Function); or one string naming a dataset id or a CSV/Parquet URL. */
  inputs: readonly string[] | readonly Record<string, unknown>[] | string;
  /** A model id (`gpt-oss-20b`) or a Sutro Function's name. */
  model: string;
  /** The system prompt; not with a Sutro Function. */
  systemPrompt?: string | undefined;
  /** A JSON schema the outputs must match; not with a Sutro Function. */
  jsonSchema?: Record<string, unknown> | undefined;
  /** Sampling parameters, e.g. `{ temperature: 0.2 }`. */
  samplingParams?: Record<string, unknown> | undefined;
  /** 0 (prototyping, the default) or 1 (production). */
  priority?: 0 | 1 | undefined;
  /** Estimate the cost instead of running the job. */
  costEstimate?: boolean | undefined;
  /** A random seed per input row. */
  randomSeedPerInput?: boolean | undefined;
  /** Cut rows longer than the model's context instead of failing. */
  truncateRows?: boolean | undefined;
  /** At most 45 characters. */
  name?: string | undefined;
  /** At most 512 characters. */
  description?: string | undefined;
  /** Which column to run when `inputs` names a dataset or a URL. */
  columnName?: string | undefined;
  /** A column carried through to the results. */
  idColumnName?: string | undefined;
}

const FIELDS: Record<keyof CreateJobParams, keyof CreateBody> = {
  inputs: "inputs",
  model: "model",
  systemPrompt: "system_prompt",
  jsonSchema: "json_schema",
  samplingParams: "sampling_params",
  priority: "job_priority",
  costEstimate: "cost_estimate",
  randomSeedPerInput: "random_seed_per_input",
  truncateRows: "truncate_rows",
  name: "name",
  description: "description",
  columnName: "column_name",
  idColumnName: "id_column_name",
};

function fail(message: string): never {
  throw new InvalidRequestError(message);
}

/**
 * What JSON would change or cannot send in `value`: a number that is not finite (sent as null), a hole or
 * an undefined in an array (null), a BigInt, a function or a symbol. Said with its path.
 */
function jsonProblem(value: unknown, path: string): string | undefined {
  if (typeof value === "number")
    return Number.isFinite(value) ? undefined : `${path} is ${value}, which JSON cannot carry (it would be sent as null).`;
  if (typeof value === "bigint") return `${path} is a BigInt, which JSON cannot carry: pass a number.`;
  if (typeof value === "function" || typeof value === "symbol") return `${path} is a ${typeof value}, which JSON cannot carry.`;
  if (typeof value !== "object" || value === null) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem =
        i in value && value[i] !== undefined
          ? jsonProblem(value[i], `${path}[${i}]`)
          : `${path}[${i}] is empty, which JSON would send as null.`;
      if (problem) return problem;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    const problem = jsonProblem(item, `${path}.${key}`);
    if (problem) return problem;
  }
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The API's body for `params`, refused before any request when the API would refuse it. The inputs array
 * goes into the body as it is (not copied): the body is serialised once, when it is sent.
 */
export function createJobBody(params: unknown): CreateBody {
  if (!isObject(params)) fail("jobs.create() takes an object: { inputs, model, … }.");
  const unknown = Object.keys(params).filter((key) => !(key in FIELDS));
  if (unknown.length) fail(`jobs.create() does not take ${unknown.join(", ")}; it takes ${Object.keys(FIELDS).join(", ")}.`);
  const p = params as Partial<CreateJobParams>;
  const { inputs, model } = p;
  if (Array.isArray(inputs)) {
    if (inputs.length === 0) fail("inputs is empty: give at least one row.");
    // every() skips the holes of a sparse array, which JSON would send as null rows.
    for (let i = 0; i < inputs.length; i++) if (!(i in inputs)) fail(`inputs[${i}] is a hole in a sparse array: every row needs a value.`);
    const strings = inputs.every((row) => typeof row === "string");
    if (!strings && !inputs.every(isObject)) fail("inputs must be all strings, or all objects (rows for a Sutro Function).");
    if (!strings && (p.systemPrompt !== undefined || p.jsonSchema !== undefined)) {
      fail("A Sutro Function call (object rows) takes no systemPrompt or jsonSchema: the Function defines them.");
    }
  } else if (typeof inputs !== "string" || inputs === "") {
    fail("inputs must be a non-empty array of rows, or one string naming a dataset id or a CSV/Parquet URL.");
  }
  if (typeof model !== "string" || model.trim() === "") fail("model must be a model id (e.g. gpt-oss-20b) or a Sutro Function's name.");
  if (p.name !== undefined && (typeof p.name !== "string" || [...p.name].length > 45))
    fail("name must be a string of at most 45 characters.");
  if (p.description !== undefined && (typeof p.description !== "string" || [...p.description].length > 512)) {
    fail("description must be a string of at most 512 characters.");
  }
  if (p.priority !== undefined && p.priority !== 0 && p.priority !== 1) fail(`priority must be 0 or 1, got ${String(p.priority)}.`);
  for (const key of ["jsonSchema", "samplingParams"] as const) {
    if (p[key] !== undefined && !isObject(p[key])) fail(`${key} must be an object.`);
    const problem = p[key] === undefined ? undefined : jsonProblem(p[key], key);
    if (problem) fail(problem);
  }
  if (Array.isArray(inputs) && !inputs.every((row) => typeof row === "string")) {
    for (const [i, row] of inputs.entries()) {
      const problem = jsonProblem(row, `inputs[${i}]`);
      if (problem) fail(problem);
    }
  }
  for (const key of ["costEstimate", "randomSeedPerInput", "truncateRows"] as const) {
    if (p[key] !== undefined && typeof p[key] !== "boolean") fail(`${key} must be true or false.`);
  }
  for (const key of ["systemPrompt", "columnName", "idColumnName"] as const) {
    if (p[key] !== undefined && typeof p[key] !== "string") fail(`${key} must be a string.`);
  }
  const body: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(FIELDS)) {
    const value = p[key as keyof CreateJobParams];
    if (value !== undefined) body[field] = value;
  }
  return body as CreateBody;
}

/**
 * Once a create request may have reached the server, nobody knows whether the job exists unless the server
 * said no: every failure but a definite 4xx (a 5xx or 524, a dropped connection, a timeout, an abort after
 * sending, an answer cut short or without an id) is said as such, the failure as its cause, and never
 * retried blindly. Undefined for a refusal, which created nothing.
 */
export function creationUnknown(error: unknown, name: string | undefined): JobCreationUnknownError | undefined {
  if (definitelyRefused(error)) return undefined;
  const cause = error instanceof Error ? error : new Error(String(error));
  const known = error instanceof APIError ? error : undefined;
  const which = name ? `named "${name}" ` : "";
  return new JobCreationUnknownError(
    `The job may or may not have been created: ${cause.message.replace(/\.$/, "")}. It is not retried automatically; before submitting again, look for it among the newest jobs ${which}(sutro.jobs.list({ limit: 10 })).`,
    {
      status: known?.status,
      headers: known?.headers,
      request: known?.request,
      body: known?.body,
      cause,
    },
  );
}

/**
 * `jobs.create()`: the parameters checked, then one request, never retried. Aborted before anything was sent,
 * nothing was created and the transport says so with a plain abort; after that, anything but a refusal is an
 * unknown outcome.
 */
export async function createJob(
  call: OperationCaller,
  params: CreateJobParams,
  options: RequestOptions | undefined,
): Promise<{ jobId: string }> {
  const body = createJobBody(params);
  const checked = checkRequestOptions(options);
  const sent = !checked.signal?.aborted;
  try {
    return { jobId: await call("createJob", { body }, checked, createdJobId) };
  } catch (error) {
    throw (sent && creationUnknown(error, params.name)) || error;
  }
}

/** The new job's id, from whichever shape the server answered in (current, or the older `{ job_id }`). */
export function createdJobId(answer: { results?: string; job_id?: string; metadata?: { job_id?: string } }): string {
  const jobId = answer.metadata?.job_id ?? answer.results ?? answer.job_id;
  if (typeof jobId !== "string" || jobId === "") {
    throw new MalformedResponseError("POST /batch-inference answered without a job id (results, metadata.job_id or job_id).", {
      body: answer,
    });
  }
  return jobId;
}
