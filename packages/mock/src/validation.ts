/** The checks the API makes of a new job's body before creating it, with the answers it gives when one fails. */
import { type Answer, error } from "./answers.ts";

/** The fields POST /batch-inference takes. */
const CREATE_FIELDS = new Set([
  "inputs",
  "model",
  "system_prompt",
  "json_schema",
  "sampling_params",
  "job_priority",
  "cost_estimate",
  "random_seed_per_input",
  "truncate_rows",
  "name",
  "description",
  "column_name",
  "id_column_name",
]);

/** A body the API would create a job from: its fields, each of the type the API accepts. */
export interface CreateBody {
  inputs: unknown[] | string;
  model: string;
  system_prompt?: string | null | undefined;
  json_schema?: Record<string, unknown> | null | undefined;
  sampling_params?: Record<string, unknown> | undefined;
  job_priority?: 0 | 1 | undefined;
  name?: string | undefined;
  description?: string | undefined;
}

/** The body as a job to create, or the answer that refuses it (422, or 400 for a Function given a prompt). */
export function checkCreateBody(body: unknown): CreateBody | Answer {
  if (!body || typeof body !== "object" || Array.isArray(body)) return error(422, "The body must be a JSON object.");
  const job = body as Record<string, unknown>;
  const unknown = Object.keys(job).filter((k) => !CREATE_FIELDS.has(k));
  if (unknown.length) return error(422, `Unknown field ${unknown.join(", ")}.`);
  const { inputs, model } = job;
  const rows = Array.isArray(inputs) ? inputs : undefined;
  if (!(rows?.length || (typeof inputs === "string" && inputs)))
    return error(422, "inputs must be a non-empty array, or a dataset id or URL.");
  if (typeof model !== "string" || !model) return error(422, "model is required.");
  // Lengths in characters, as JSON Schema's maxLength counts them (an emoji is one, not two UTF-16 units).
  if (typeof job.name === "string" && [...job.name].length > 45) return error(422, "name is longer than 45 characters.");
  if (typeof job.description === "string" && [...job.description].length > 512)
    return error(422, "description is longer than 512 characters.");
  if (job.job_priority !== undefined && job.job_priority !== 0 && job.job_priority !== 1) return error(422, "job_priority must be 0 or 1.");
  const functionCall = rows?.some((row) => typeof row === "object");
  if (functionCall && (job.system_prompt != null || job.json_schema != null)) {
    return error(400, "system_prompt and json_schema cannot be used with a Sutro Function.");
  }
  return job as unknown as CreateBody;
}
