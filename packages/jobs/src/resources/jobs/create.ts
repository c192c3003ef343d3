/**
 * Creating a job: what `jobs.create()` takes, checked before anything is sent, the id in the answer, and what
 * an unknown outcome says.
 */
import {
  APIConnectionError,
  type APIError,
  InternalServerError,
  InvalidRequestError,
  JobCreationUnknownError,
  MalformedResponseError,
} from "../../errors/errors.ts";
import type { components } from "../../generated/openapi.ts";

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
 * A 524, a dropped connection or a timeout after sending: nobody knows whether the job was created, which
 * is said as such (never retried blindly). Undefined for any other failure.
 */
export function creationUnknown(error: unknown, name: string | undefined): JobCreationUnknownError | undefined {
  const unknown =
    error instanceof APIConnectionError || (error instanceof InternalServerError && [502, 504, 524].includes(error.status ?? 0));
  if (!unknown) return undefined;
  const cause = error as APIError;
  const which = name ? `named "${name}" ` : "";
  return new JobCreationUnknownError(
    `The job may or may not have been created: ${cause.message.replace(/\.$/, "")}. It is not retried automatically; before submitting again, look for it among the newest jobs ${which}(sutro.jobs.list({ limit: 10 })).`,
    { status: cause.status, headers: cause.headers, request: cause.request, body: cause.body, cause },
  );
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
