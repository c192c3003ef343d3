/**
 * `infer`'s rows written out: NDJSON (stdout, or a `.jsonl` file), CSV, or Parquet (through hyparquet-writer,
 * loaded only for a `.parquet` file). Every row is written, those that failed the schema with their error.
 */
import type { InferRow } from "@sutro/jobs";
import { UsageError } from "./errors.ts";
import { type Output, write } from "./io.ts";
import { csvField } from "./output.ts";

export type RowsFormat = "jsonl" | "csv" | "parquet";

/** The format an output file's extension names. */
export function rowsFormat(path: string): RowsFormat {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension === "jsonl" || extension === "ndjson") return "jsonl";
  if (extension === "csv" || extension === "parquet") return extension;
  throw new UsageError(`--out ${path}: write rows to a .jsonl, .csv or .parquet file.`);
}

/** A row as flat text columns: the output as JSON when it is not text, the error as its message. */
function flat(row: InferRow<unknown>): Record<string, string | number | null> {
  const { index, input, output, raw, reasoning, error, ...rest } = row;
  const text = (value: unknown) =>
    value === undefined || value === null ? null : typeof value === "string" ? value : JSON.stringify(value);
  const columns: Record<string, string | number | null> = {
    index,
    input: text(input),
    output: text(output),
    raw,
    reasoning: text(reasoning),
    error: error?.message ?? null,
  };
  for (const [name, value] of Object.entries(rest)) columns[name] = typeof value === "number" ? value : text(value);
  return columns;
}

/** The columns every row has, then any other in order of first appearance. */
const columnsOf = (rows: readonly Record<string, unknown>[]) => [
  ...new Set(["index", "input", "output", "raw", "reasoning", "error", ...rows.flatMap((row) => Object.keys(row))]),
];

/** Writes `rows` to `out` as NDJSON or CSV, each row as it is turned into text. */
export async function writeInferRows(out: Output, rows: readonly InferRow<unknown>[], format: "jsonl" | "csv"): Promise<void> {
  if (format === "jsonl") {
    for (const row of rows) await write(out, `${JSON.stringify(row)}\n`);
    return;
  }
  const flatRows = rows.map(flat);
  const columns = columnsOf(flatRows);
  await write(out, `${columns.map((name) => csvField(name)).join(",")}\r\n`);
  for (const row of flatRows) await write(out, `${columns.map((name) => csvField(row[name] ?? "")).join(",")}\r\n`);
}

/** `rows` as a Parquet file (snappy): numbers where a column holds only numbers, text elsewhere, nulls kept. */
export async function parquetOf(rows: readonly InferRow<unknown>[]): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import("hyparquet-writer");
  const flatRows = rows.map(flat);
  const numeric = (name: string) =>
    flatRows.some((row) => typeof row[name] === "number") &&
    flatRows.every((row) => row[name] === undefined || row[name] === null || typeof row[name] === "number");
  const columnData = columnsOf(flatRows).map((name) => {
    const data = flatRows.map((row) => row[name] ?? null);
    if (name === "index") return { name, data, type: "INT32" as const };
    return numeric(name)
      ? { name, data, type: "DOUBLE" as const }
      : { name, data: data.map((value) => (value === null ? null : String(value))), type: "STRING" as const };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}
