/**
 * `infer()`'s data turned into what a job takes, every check made before any request: inline rows (strings,
 * or objects for a Sutro Function), or one string naming a dataset or a URL the service reads itself.
 */
import { InvalidRequestError } from "../../errors/errors.ts";
import { fileRows, formatOf } from "./tables.ts";
import type { ColumnPart, InferData, InferOptions, OutputSchema, ReadFile } from "./types.ts";

/** The job's inputs, and the columns the API is told of. */
export interface PreparedInputs {
  inputs: string[] | Record<string, unknown>[] | string;
  columnName?: string | undefined;
  idColumnName?: string | undefined;
  /** Blank lines a text file had, skipped. */
  skippedLines?: number | undefined;
}

const fail = (message: string): never => {
  throw new InvalidRequestError(message);
};

const DATASET = /^dataset-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const URL_INPUT = /^https?:\/\//i;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A value as text in an input: null and missing are empty, objects are JSON. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v));
  return String(value);
}

const list = (columns: readonly string[]) => (columns.length ? columns.join(", ") : "none");

/** Each record's input: its `column`, or the joined parts; a column that is not there is refused, naming those that are. */
function pick(
  where: string,
  columns: readonly string[],
  records: readonly Record<string, unknown>[],
  column: InferOptions<undefined>["column"],
) {
  let parts: readonly ColumnPart[];
  if (column === undefined) {
    if (columns.length !== 1) {
      fail(`${where} has ${columns.length} columns (${list(columns)}): say which to run with \`column\`, or join several with an array.`);
    }
    parts = columns;
  } else parts = typeof column === "string" ? [column] : column;
  if (!Array.isArray(parts) || parts.length === 0)
    fail("column must be a column's name, or a non-empty array of names and { text } pieces.");
  for (const part of parts) {
    if (typeof part === "string") {
      if (!columns.includes(part)) fail(`${where} has no column "${part}"; its columns are ${list(columns)}.`);
    } else if (!isRecord(part) || typeof part.text !== "string") {
      fail('column\'s items are column names (strings) or literal text ({ text: "…" }).');
    }
  }
  return records.map((row) => parts.map((part) => (typeof part === "string" ? asText(row[part]) : part.text)).join(""));
}

/** Rows given in memory: strings as they are, objects as Function rows, or the text of a `column` of them. */
function fromArray(data: readonly unknown[], column: InferOptions<undefined>["column"]): PreparedInputs {
  if (data.length === 0) fail("infer() got no inputs: the array is empty.");
  if (data.every((row) => typeof row === "string")) {
    if (column !== undefined) fail("column picks from table-like rows (objects, CSV, Parquet); these inputs are plain strings.");
    return { inputs: data as string[] };
  }
  if (!data.every(isRecord)) fail("infer()'s rows must be all strings, or all objects.");
  const records = data as Record<string, unknown>[];
  if (column === undefined) return { inputs: records };
  const columns = [...new Set(records.flatMap((row) => Object.keys(row)))];
  return { inputs: pick("The rows", columns, records, column) };
}

/** A local file's inputs: its lines, or the `column` of its table (a table of one column needs none). */
async function fromFile(path: string, column: InferOptions<undefined>["column"], readFile: ReadFile | undefined): Promise<PreparedInputs> {
  if (!readFile)
    fail(`This entry (browsers, workers) reads no files: pass the rows themselves, a dataset id or an http(s) URL, not "${path}".`);
  const format = formatOf(path);
  const rows = await fileRows(path, format, await (readFile as ReadFile)(path));
  if (rows.kind === "lines") {
    if (column !== undefined) fail(`${path} holds one input a line, with no columns to pick: leave out column.`);
    if (rows.lines.length === 0) fail(`${path} holds no inputs.`);
    return { inputs: rows.lines, skippedLines: rows.skipped };
  }
  if (rows.records.length === 0) fail(`${path} holds no rows.`);
  // JSONL objects without a column are a Function's rows, as in memory.
  if (format === "jsonl" && column === undefined) return { inputs: rows.records };
  return { inputs: pick(path, rows.columns, rows.records, column) };
}

/** A single column name, where the service picks the column itself (a dataset, a URL). */
function columnName(column: InferOptions<undefined>["column"], what: string): string | undefined {
  if (column === undefined || typeof column === "string") return column;
  return fail(`${what} takes one column name: the service reads it, so columns cannot be joined.`);
}

/** What `data` sends, checked: nothing is read from the network here, and nothing is sent. */
export async function prepareInputs<S extends OutputSchema | undefined>(
  data: InferData,
  options: InferOptions<S>,
  readFile: ReadFile | undefined,
): Promise<PreparedInputs> {
  const { column, idColumn } = options;
  const isURL = typeof data === "string" && URL_INPUT.test(data);
  if (idColumn !== undefined && (typeof idColumn !== "string" || !isURL)) {
    fail("idColumn is for URL inputs: the service carries that column of the file through to the results.");
  }
  if (Array.isArray(data)) return fromArray(data, column);
  if (typeof data !== "string" || data === "") {
    return fail("infer() takes an array of rows, a file path, a dataset id or an http(s) URL.");
  }
  if (data.startsWith("dataset-")) {
    if (!DATASET.test(data)) fail(`"${data}" is not a dataset id: they read dataset-<uuid>.`);
    const name = columnName(column, "A dataset");
    if (name === undefined) fail(`A dataset needs column: which of its columns to run.`);
    return { inputs: data, columnName: name };
  }
  if (isURL) return { inputs: data, columnName: columnName(column, "A URL input"), idColumnName: idColumn };
  return fromFile(data, column, readFile);
}
