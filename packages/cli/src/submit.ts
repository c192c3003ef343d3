import { readFileSync } from "node:fs";
import type { Sutro } from "@sutro/jobs";
import { UsageError } from "./errors.ts";
import { readInputs } from "./inputs.ts";
import { type Io, write } from "./io.ts";
import { waitAndReport } from "./job.ts";

export interface SubmitOptions {
  input: string;
  model: string | undefined;
  systemPrompt: string | undefined;
  jsonSchema: string | undefined;
  name: string | undefined;
  description: string | undefined;
  priority: string | undefined;
  costEstimate: boolean;
  column: string | undefined;
  /** Poll every this many ms until the job ends; undefined: return at once. */
  wait: { pollInterval: number } | undefined;
}

function schemaFrom(path: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`--json-schema ${path}: ${(error as NodeJS.ErrnoException).code ?? "not JSON"}.`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new UsageError(`--json-schema ${path} must hold a JSON object.`);
  return parsed as Record<string, unknown>;
}

/** `submit`: creates the job, prints its id on stdout; with --wait, exits by the job's outcome. */
export async function submit(sutro: Sutro, io: Io, options: SubmitOptions, signal: AbortSignal): Promise<number> {
  if (options.model === undefined) throw new UsageError("submit needs --model, e.g. --model gpt-oss-20b.");
  if (options.priority !== undefined && options.priority !== "0" && options.priority !== "1") {
    throw new UsageError(`--priority takes 0 or 1, got "${options.priority}".`);
  }
  const inputs = await readInputs(io, options.input, options.column);
  if (inputs.length === 0) throw new UsageError(`${options.input} holds no rows.`);
  const { jobId } = await sutro.jobs.create(
    {
      inputs,
      model: options.model,
      systemPrompt: options.systemPrompt,
      jsonSchema: options.jsonSchema === undefined ? undefined : schemaFrom(options.jsonSchema),
      name: options.name,
      description: options.description,
      priority: options.priority === undefined ? undefined : (Number(options.priority) as 0 | 1),
      costEstimate: options.costEstimate || undefined,
    },
    { signal },
  );
  await write(io.stdout, `${jobId}\n`);
  return options.wait ? waitAndReport(sutro, io, jobId, options.wait.pollInterval, signal) : 0;
}
