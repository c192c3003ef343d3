import type { Sutro } from "@sutro/jobs";
import { type Command, GLOBAL_HELP, pollInterval } from "../command.ts";
import { UsageError } from "../errors.ts";
import { readInputs } from "../inputs.ts";
import { type Io, write } from "../io.ts";
import { waitAndReport } from "../job.ts";
import { readJsonObject } from "../json-file.ts";

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

export const command: Command = {
  name: "submit",
  synopsis: "submit INPUT",
  summary: "create a job from a file of inputs (or - for stdin); --wait for its end",
  help: `Usage: sutro-jobs submit INPUT --model MODEL [options]

Creates a batch-inference job and prints its id. INPUT is a file (or - for stdin):
one input a line; a .jsonl file of JSON rows (strings, or objects for a Sutro
Function); or a CSV (by its .csv name or --column) whose column is used.
INPUT must be UTF-8; each plain line is trimmed and blank lines are skipped, the
same from a file as from stdin.

Options:
  --model M             model id (e.g. gpt-oss-20b) or Sutro Function name (required)
  --system-prompt S     the system prompt
  --json-schema FILE    a JSON schema the outputs must match
  --name N              at most 45 characters; --description D at most 512
  --priority 0|1        0 prototyping (default), 1 production
  --cost-estimate       estimate the cost instead of running
  --column C            the CSV column to run (needed when the CSV has more than one)
  --wait                wait for the job's end, printing each status on stderr, and
                        exit by its outcome (0 SUCCEEDED, 7 FAILED, 8 CANCELLED)
  --poll-interval S     seconds between status checks with --wait (default 5)

A job is never submitted twice: when the answer is lost (a 524, a dropped
connection) the command says so and exits 5; check \`sutro-jobs list\` first.

${GLOBAL_HELP}`,
  options: {
    model: { type: "string" },
    "system-prompt": { type: "string" },
    "json-schema": { type: "string" },
    name: { type: "string" },
    description: { type: "string" },
    priority: { type: "string" },
    "cost-estimate": { type: "boolean" },
    column: { type: "string" },
    wait: { type: "boolean" },
    "poll-interval": { type: "string" },
  },
  run({ flags, args, io, signal, client }) {
    if (args.length !== 1) throw new UsageError("submit takes one INPUT: a file of inputs, or - for stdin.");
    const options: SubmitOptions = {
      input: args[0] as string,
      model: flags.model as string | undefined,
      systemPrompt: flags["system-prompt"] as string | undefined,
      jsonSchema: flags["json-schema"] as string | undefined,
      name: flags.name as string | undefined,
      description: flags.description as string | undefined,
      priority: flags.priority as string | undefined,
      costEstimate: flags["cost-estimate"] === true,
      column: flags.column as string | undefined,
      wait: flags.wait === true ? { pollInterval: pollInterval(flags) } : undefined,
    };
    return submit(client(), io, options, signal);
  },
};

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
      jsonSchema: options.jsonSchema === undefined ? undefined : readJsonObject(options.jsonSchema, "--json-schema"),
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
