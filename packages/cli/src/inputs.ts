import { readFileSync } from "node:fs";
import { UsageError } from "./errors.ts";
import type { Io } from "./io.ts";
import { readStdin } from "./prompt.ts";

/** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += char;
  }
  if (quoted) throw new UsageError("The CSV ends inside a quoted field.");
  if (field !== "" || record.length) records.push([...record, field]);
  return records.filter((r) => !(r.length === 1 && r[0] === ""));
}

/** A file's text, refused when it is not UTF-8 rather than changed into U+FFFD, as stdin is. */
function readText(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${path} is not UTF-8 text: nothing was sent.`);
  }
}

/**
 * The rows of `submit`'s INPUT: a CSV's `--column`, JSONL rows (strings, or objects for a Sutro Function),
 * or plain lines; `-` reads stdin, which gives exactly the rows the same file would. Plain lines are
 * trimmed, each on its own (as the official SDK reads a .txt file), and blank lines are skipped.
 */
export async function readInputs(io: Io, source: string, column: string | undefined): Promise<string[] | Record<string, unknown>[]> {
  const text = source === "-" ? await readStdin(io) : readText(source);
  const csv = column !== undefined || /\.csv$/i.test(source);
  if (csv) {
    const [header, ...rows] = parseCsv(text);
    if (!header) throw new UsageError(`${source} is empty.`);
    const name = column ?? header[0];
    const at = header.indexOf(name as string);
    if (at < 0) throw new UsageError(`${source} has no column "${name}"; its columns are ${header.join(", ")}.`);
    return rows.map((row) => row[at] ?? "");
  }
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (/\.jsonl$/i.test(source)) {
    return lines.map((line, i) => {
      try {
        return JSON.parse(line);
      } catch {
        throw new UsageError(`${source} line ${i + 1} is not JSON.`);
      }
    });
  }
  return lines;
}
