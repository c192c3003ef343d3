/**
 * Local input files read into rows, each format by a well-kept library, loaded with the first file of its
 * kind: CSV by csv-parse (quotes, embedded newlines, a BOM, CRLF), Parquet by hyparquet with
 * hyparquet-compressors (snappy, zstd, gzip…), JSONL and text line by line.
 */
import { InvalidRequestError } from "../../errors/errors.ts";

/** A file's rows: plain text lines, or a table's records with its column names in order. */
export type FileRows =
  | { kind: "lines"; lines: string[]; skipped: number }
  | { kind: "table"; columns: string[]; records: Record<string, unknown>[] };

/** The formats `infer()` reads, by extension. */
const FORMATS = ["txt", "csv", "jsonl", "parquet"] as const;
export type FileFormat = (typeof FORMATS)[number];

/** The format a path names by its extension: `.txt` or none is text; anything else unknown is refused. */
export function formatOf(path: string): FileFormat {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return "txt";
  const extension = name.slice(dot + 1).toLowerCase();
  if ((FORMATS as readonly string[]).includes(extension)) return extension as FileFormat;
  throw new InvalidRequestError(
    `${path}: infer() reads .txt, .csv, .jsonl and .parquet files (or a file without an extension, as text), not .${extension}.`,
  );
}

/** UTF-8 text, refused rather than changed when it is not UTF-8 (a BOM is dropped). */
function text(path: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidRequestError(`${path} is not UTF-8 text: nothing was sent.`);
  }
}

/** One input a line, each trimmed of surrounding white space (as the official SDK reads .txt); blank lines are skipped and counted. */
export function textLines(content: string): { lines: string[]; skipped: number } {
  const lines: string[] = [];
  let skipped = 0;
  for (const line of content.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed) lines.push(trimmed);
    else skipped++;
  }
  // The newline that ends the last line leaves an empty piece after it: that is no skipped line.
  if (content.endsWith("\n")) skipped--;
  return { lines, skipped: Math.max(skipped, 0) };
}

/** Records keyed by column, defined rather than assigned so that no column name can reach a prototype. */
function record(columns: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  columns.forEach((name, i) => {
    Object.defineProperty(row, name, { value: values[i] ?? null, enumerable: true, writable: true, configurable: true });
  });
  return row;
}

async function csv(path: string, bytes: Uint8Array): Promise<FileRows> {
  const { parse } = await import("csv-parse/sync");
  let rows: string[][];
  try {
    rows = parse(text(path, bytes), { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (cause) {
    throw new InvalidRequestError(`${path} is not a CSV file that can be read: ${(cause as Error).message}`);
  }
  const [header, ...body] = rows;
  if (!header) return { kind: "table", columns: [], records: [] };
  return { kind: "table", columns: header, records: body.map((values) => record(header, values)) };
}

function jsonl(path: string, bytes: Uint8Array): FileRows {
  const values: unknown[] = [];
  text(path, bytes)
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        values.push(JSON.parse(line));
      } catch {
        throw new InvalidRequestError(`${path} line ${i + 1} is not JSON.`);
      }
    });
  if (values.every((value) => typeof value === "string")) return { kind: "lines", lines: values as string[], skipped: 0 };
  if (values.every((value) => typeof value === "object" && value !== null && !Array.isArray(value))) {
    const columns = [...new Set(values.flatMap((value) => Object.keys(value as object)))];
    return { kind: "table", columns, records: values as Record<string, unknown>[] };
  }
  throw new InvalidRequestError(`${path} must hold a JSON string on every line, or a JSON object on every line.`);
}

async function parquet(path: string, bytes: Uint8Array): Promise<FileRows> {
  const [{ parquetMetadata, parquetReadObjects, parquetSchema }, { compressors }] = await Promise.all([
    import("hyparquet"),
    import("hyparquet-compressors"),
  ]);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const metadata = parquetMetadata(file);
    const columns = parquetSchema(metadata).children.map((child) => child.element.name);
    const records = (await parquetReadObjects({ file, metadata, compressors })) as Record<string, unknown>[];
    return { kind: "table", columns, records };
  } catch (cause) {
    throw new InvalidRequestError(`${path} is not a Parquet file that can be read: ${(cause as Error).message}`);
  }
}

/** The rows of a local file's bytes, by its format. */
export function fileRows(path: string, format: FileFormat, bytes: Uint8Array): Promise<FileRows> | FileRows {
  switch (format) {
    case "txt":
      return { kind: "lines", ...textLines(text(path, bytes)) };
    case "csv":
      return csv(path, bytes);
    case "jsonl":
      return jsonl(path, bytes);
    case "parquet":
      return parquet(path, bytes);
  }
}
