import { APITimeoutError, APIUserAbortError, type ColumnPart, type InferRow, type Sutro } from "@sutro/jobs";
import { type Command, GLOBAL_HELP } from "../command.ts";
import { EXIT, UsageError } from "../errors.ts";
import { parquetOf, rowsFormat, writeInferRows } from "../infer-out.ts";
import { readInputs } from "../inputs.ts";
import { type Io, write } from "../io.ts";
import { readJsonObject } from "../json-file.ts";
import { openOutFile } from "../out-file.ts";

export const command: Command = {
  name: "infer",
  synopsis: "infer INPUT",
  summary: "run a batch from a file (or - for stdin) to rows: waits, then writes every row",
  help: `Usage: sutro-jobs infer INPUT --model MODEL [options]

Runs a batch in one step: submits INPUT, follows the job to its end, and writes one row per
input, in input order: NDJSON on stdout, or --out FILE as .jsonl, .csv or .parquet. INPUT is
a .txt file (one input a line, trimmed; blank lines skipped), a .csv, .jsonl or .parquet
file (--column picks the column), - for lines on stdin, a dataset id (dataset-<uuid>, with
--column), or an http(s) URL of a CSV or Parquet file the service reads itself.

Options:
  --model M             model id (e.g. gpt-oss-20b) or Sutro Function name (required)
  --column C            the column to run; repeat to join columns, with --join between them
  --join TEXT           the text put between joined columns (default: nothing)
  --output-schema FILE  a JSON Schema the outputs must match; each row's output is parsed
                        and checked, and a row that fails keeps its raw text and its error
  --system-prompt S     the system prompt
  --priority 0|1        0 prototyping (default), 1 production
  --id-column C         a column of a URL input carried through to the rows
  --dry-run             estimate the cost instead: prints {"jobId", "costEstimate"}
  -o, --out FILE        write the rows to FILE (.jsonl, .csv or .parquet), whole or not at all

On a terminal, a progress line on stderr. Exits 0 when every row has its output, 13 when
some rows failed the output schema (they are written with their error, and counted on
stderr), 7 when the job FAILED, 8 when it was CANCELLED. Ctrl-C stops waiting, never the
job, and prints the command that fetches its rows later.

${GLOBAL_HELP}`,
  options: {
    model: { type: "string" },
    column: { type: "string", multiple: true },
    join: { type: "string" },
    "output-schema": { type: "string" },
    "system-prompt": { type: "string" },
    priority: { type: "string" },
    "id-column": { type: "string" },
    "dry-run": { type: "boolean" },
    out: { type: "string", short: "o" },
  },
  run({ flags, args, io, signal, client }) {
    if (args.length !== 1) throw new UsageError("infer takes one INPUT: a file, - for stdin, a dataset id or a URL.");
    const columns = (flags.column as string[] | undefined) ?? [];
    const join = flags.join as string | undefined;
    if (join !== undefined && columns.length < 2) throw new UsageError("--join goes between two or more --column.");
    const priority = flags.priority as string | undefined;
    if (priority !== undefined && priority !== "0" && priority !== "1") throw new UsageError(`--priority takes 0 or 1, got "${priority}".`);
    if (flags.model === undefined) throw new UsageError("infer needs --model, e.g. --model gpt-oss-20b.");
    return infer(client(), io, signal, {
      input: args[0] as string,
      model: flags.model as string,
      column: columns.length === 0 ? undefined : columns.length === 1 ? columns[0] : joined(columns, join ?? ""),
      outputSchema: flags["output-schema"] === undefined ? undefined : readJsonObject(flags["output-schema"] as string, "--output-schema"),
      systemPrompt: flags["system-prompt"] as string | undefined,
      priority: priority === undefined ? undefined : (Number(priority) as 0 | 1),
      idColumn: flags["id-column"] as string | undefined,
      dryRun: flags["dry-run"] === true,
      out: flags.out as string | undefined,
    });
  },
};

/** `title body` with `\n\n` between: `["title", { text: "\n\n" }, "body"]`. */
function joined(columns: readonly string[], separator: string): ColumnPart[] {
  return columns.flatMap((name, i) => (i === 0 || separator === "" ? [name] : [{ text: separator }, name]));
}

interface InferRun {
  input: string;
  model: string;
  column: string | ColumnPart[] | undefined;
  outputSchema: Record<string, unknown> | undefined;
  systemPrompt: string | undefined;
  priority: 0 | 1 | undefined;
  idColumn: string | undefined;
  dryRun: boolean;
  out: string | undefined;
}

/** Submits, follows and writes the rows; resolves to the exit code of the outcome. */
async function infer(sutro: Sutro, io: Io, signal: AbortSignal, run: InferRun): Promise<number> {
  const format = run.out === undefined ? "jsonl" : rowsFormat(run.out);
  // Where the rows go, and stdin's lines, are settled before anything is sent.
  const file = run.out === undefined || run.dryRun ? undefined : await openOutFile(run.out);
  const data = run.input === "-" ? ((await readInputs(io, "-", undefined)) as string[]) : run.input;
  const live = io.stderr.isTTY === true;
  let jobId: string | undefined;
  const options = {
    model: run.model,
    column: run.column,
    outputSchema: run.outputSchema,
    systemPrompt: run.systemPrompt,
    priority: run.priority,
    idColumn: run.idColumn,
    signal,
    onUpdate: (job: { job_id: string; status: string }) => {
      jobId = job.job_id;
      if (live) io.stderr.write(`\r\u001b[2K${job.job_id}: ${job.status}`);
    },
    onProgress: (update: { type: string; rowsDone?: number }) => {
      if (live && update.type === "progress") io.stderr.write(`\r\u001b[2K${jobId ?? "job"}: ${update.rowsDone} rows done`);
    },
  };
  try {
    if (run.dryRun) {
      const estimate = await sutro.infer(data, { ...options, dryRun: true });
      if (live) io.stderr.write("\r\u001b[2K");
      await write(io.stdout, `${JSON.stringify(estimate)}\n`);
      return EXIT.ok;
    }
    const { rows } = await sutro.infer(data, options);
    if (live) io.stderr.write("\r\u001b[2K");
    if (file === undefined) await writeInferRows(io.stdout, rows, "jsonl");
    else {
      if (format === "parquet") file.stream.write(await parquetOf(rows));
      else await writeInferRows(file.stream, rows, format);
      await file.commit();
      io.stderr.write(`Wrote ${rows.length} rows to ${run.out}.\n`);
    }
    return failedRows(io, rows);
  } catch (error) {
    await file?.discard();
    if (live) io.stderr.write("\n");
    throw stopped(error, jobId);
  }
}

/** Rows without an output are counted on stderr, and make the exit code say so. */
function failedRows(io: Io, rows: readonly InferRow<unknown>[]): number {
  const failed = rows.filter((row) => row.error !== undefined).length;
  if (failed === 0) return EXIT.ok;
  io.stderr.write(`${failed} of ${rows.length} rows did not match the output schema; they are written with their error.\n`);
  return EXIT.rowsFailed;
}

/** Ctrl-C or a deadline while waiting: the job goes on, and the command that fetches its rows later is said. */
function stopped(error: unknown, jobId: string | undefined): unknown {
  if (jobId === undefined || !(error instanceof APIUserAbortError || error instanceof APITimeoutError)) return error;
  const message = `Stopped waiting for ${jobId}; the job goes on. Its rows, once it has run: sutro-jobs results ${jobId}`;
  return Object.assign(new Error(message), { exitCode: error instanceof APIUserAbortError ? EXIT.interrupted : EXIT.network });
}
