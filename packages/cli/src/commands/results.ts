import { extname } from "node:path";
import type { ResultRow, Sutro } from "@sutro/jobs";
import { type Command, GLOBAL_HELP, jobIdOf, oneFormat } from "../command.ts";
import { formatTable, plain } from "../format.ts";
import { type Io, type Output, write } from "../io.ts";
import { openOutFile } from "../out-file.ts";
import { csvField } from "../output.ts";
import { downloadResults } from "./download.ts";

export type ResultsFormat = "table" | "json" | "ndjson" | "csv";

/** The format an output file's extension names. */
const EXTENSIONS = new Map<string, ResultsFormat | "parquet">([
  [".csv", "csv"],
  [".json", "json"],
  [".jsonl", "ndjson"],
  [".ndjson", "ndjson"],
  [".parquet", "parquet"],
]);

export interface ResultsOptions {
  includeInputs: boolean;
  includeLogprobs: boolean;
  format: ResultsFormat | undefined;
  out: string | undefined;
}

export const command: Command = {
  name: "results",
  synopsis: "results JOB_ID",
  summary: "a succeeded job's rows (table, JSON, NDJSON or CSV)",
  help: `Usage: sutro-jobs results JOB_ID [options]

A succeeded job's rows, one per input in input order: a table on a terminal,
otherwise one JSON row a line. Exits 9 when the job has not succeeded (yet).
With -o, the format follows FILE's extension unless a flag says otherwise:
.csv, .json, .jsonl/.ndjson, or .parquet, which is the job's results file itself,
downloaded as \`download\` does (streamed, resumed if the connection drops). Rows
for a file are read from the results file a row group at a time and written as
they come, so memory stays small however big the job.

Options:
  --include-inputs      each row's input beside its output
  --include-logprobs    each row's cumulative log-probability
  --json | --ndjson | --csv
  -o, --out FILE        write to FILE instead of stdout

${GLOBAL_HELP}`,
  options: {
    "include-inputs": { type: "boolean" },
    "include-logprobs": { type: "boolean" },
    json: { type: "boolean" },
    ndjson: { type: "boolean" },
    csv: { type: "boolean" },
    out: { type: "string", short: "o" },
  },
  async run({ flags, args, io, signal, client }) {
    const format = oneFormat(flags, ["json", "ndjson", "csv"] as const);
    const options: ResultsOptions = {
      includeInputs: flags["include-inputs"] === true,
      includeLogprobs: flags["include-logprobs"] === true,
      format,
      out: flags.out as string | undefined,
    };
    await showResults(client(), io, jobIdOf(args, "results"), options, signal);
    return undefined;
  },
};

/**
 * Rows in `format`, written as they are turned into text, so a file of any size streams. `known`: the
 * columns every row has, so a job of no rows still gets its CSV header.
 */
async function writeRows(out: Output, rows: readonly ResultRow[], format: ResultsFormat, known: readonly string[]): Promise<void> {
  const names = [...new Set([...known, ...rows.flatMap((row) => Object.keys(row))])];
  if (format === "table") {
    await write(
      out,
      formatTable(
        names.map((n) => n.toUpperCase()),
        rows.map((row) => names.map((n) => plain(row[n]))),
      ),
    );
    return;
  }
  if (format === "csv") await write(out, `${names.map((n) => csvField(n)).join(",")}\r\n`);
  if (format === "json") await write(out, "[\n");
  for (const [i, row] of rows.entries()) {
    if (format === "csv") await write(out, `${names.map((n) => csvField(row[n])).join(",")}\r\n`);
    else if (format === "json") await write(out, `  ${JSON.stringify(row)}${i < rows.length - 1 ? "," : ""}\n`);
    else await write(out, `${JSON.stringify(row)}\n`);
  }
  if (format === "json") await write(out, "]\n");
}

/** Rows written as they arrive (NDJSON, JSON or CSV, its header from the first row): memory stays a row group's. */
async function streamRows(
  out: Output,
  rows: AsyncIterable<ResultRow>,
  format: Exclude<ResultsFormat, "table">,
  known: readonly string[],
): Promise<number> {
  let names: string[] | undefined;
  let count = 0;
  if (format === "json") await write(out, "[\n");
  for await (const row of rows) {
    if (format === "csv") {
      if (names === undefined) {
        names = [...new Set([...known, ...Object.keys(row)])];
        await write(out, `${names.map((n) => csvField(n)).join(",")}\r\n`);
      }
      await write(out, `${names.map((n) => csvField(row[n])).join(",")}\r\n`);
    } else if (format === "json") await write(out, `${count ? ",\n" : ""}  ${JSON.stringify(row)}`);
    else await write(out, `${JSON.stringify(row)}\n`);
    count++;
  }
  // A job of no rows still gets its CSV header: the columns asked for.
  if (format === "csv" && names === undefined) await write(out, `${known.map((n) => csvField(n)).join(",")}\r\n`);
  if (format === "json") await write(out, count ? "\n]\n" : "]\n");
  return count;
}

/** `results JOB_ID`: a table on a terminal, NDJSON otherwise (or the format asked for), to stdout or --out. */
export async function showResults(sutro: Sutro, io: Io, jobId: string, options: ResultsOptions, signal: AbortSignal): Promise<void> {
  const byName = options.out === undefined ? undefined : EXTENSIONS.get(extname(options.out).toLowerCase());
  if (byName === "parquet" && options.format === undefined) {
    // The results file is Parquet already: fetched whole, in bounded memory, never rebuilt from rows.
    const out = options.out as string;
    return downloadResults(
      sutro,
      io,
      jobId,
      { out, includeInputs: options.includeInputs, includeLogprobs: options.includeLogprobs, json: false },
      signal,
    );
  }
  // Where the rows go is checked first: a file that cannot be written costs no request.
  const file = options.out === undefined ? undefined : await openOutFile(options.out);
  const known = ["output", ...(options.includeInputs ? ["input"] : []), ...(options.includeLogprobs ? ["cumulativeLogprob"] : [])];
  const columns = { includeInputs: options.includeInputs, includeCumulativeLogprobs: options.includeLogprobs };
  if (file !== undefined) {
    // To a file, however big the job: the rows come from its results file a row group at a time, and go
    // out as they come.
    try {
      const format = options.format ?? (byName as ResultsFormat | undefined) ?? "ndjson";
      const count = await streamRows(
        file.stream,
        sutro.jobs.rows(jobId, { ...columns, signal }),
        format === "table" ? "ndjson" : format,
        known,
      );
      await file.commit();
      io.stderr.write(`Wrote ${count} rows to ${options.out}.\n`);
      return;
    } catch (error) {
      await file.discard();
      throw error;
    }
  }
  const rows = await sutro.jobs.results(jobId, columns, { signal });
  await writeRows(io.stdout, rows, options.format ?? (io.stdout.isTTY ? "table" : "ndjson"), known);
}
