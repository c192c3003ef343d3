import { createWriteStream } from "node:fs";
import type { ResultRow, Sutro } from "@sutro/jobs";
import { formatTable, plain } from "./format.ts";
import { type Io, type Output, write } from "./io.ts";
import { csvField } from "./output.ts";

export type ResultsFormat = "table" | "json" | "ndjson" | "csv";

export interface ResultsOptions {
  includeInputs: boolean;
  includeLogprobs: boolean;
  format: ResultsFormat | undefined;
  out: string | undefined;
}

/** Rows in `format`, written as they are turned into text, so a file of any size streams. */
async function writeRows(out: Output, rows: readonly ResultRow[], format: ResultsFormat): Promise<void> {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
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

/** `results JOB_ID`: a table on a terminal, NDJSON otherwise (or the format asked for), to stdout or --out. */
export async function showResults(sutro: Sutro, io: Io, jobId: string, options: ResultsOptions, signal: AbortSignal): Promise<void> {
  const rows = await sutro.jobs.results(
    jobId,
    { includeInputs: options.includeInputs, includeCumulativeLogprobs: options.includeLogprobs },
    { signal },
  );
  const format = options.format ?? (options.out === undefined && io.stdout.isTTY ? "table" : "ndjson");
  if (options.out === undefined) return writeRows(io.stdout, rows, format);
  const file = createWriteStream(options.out);
  await writeRows(file, rows, format);
  await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
  io.stderr.write(`Wrote ${rows.length} rows to ${options.out}.\n`);
}

/** `quotas`: each priority's row and token quotas. */
export async function showQuotas(sutro: Sutro, io: Io, json: boolean, signal: AbortSignal): Promise<void> {
  const quotas = await sutro.quotas({ signal });
  if (json) return void (await write(io.stdout, `${JSON.stringify(quotas, null, 2)}\n`));
  const rows = quotas.map((q) => [String(q.priority), q.row_quota.toLocaleString("en-US"), q.token_quota.toLocaleString("en-US")]);
  await write(io.stdout, formatTable(["PRIORITY", "ROW QUOTA", "TOKEN QUOTA"], rows, [true, true, true]));
}
