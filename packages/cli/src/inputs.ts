import { readFileSync } from "node:fs";
import { UsageError } from "./errors.ts";
import type { Io } from "./io.ts";
import { readStdin } from "./prompt.ts";

/** A CSV's records, by csv-parse (quotes, embedded newlines, a BOM, CRLF); loaded with the first CSV. */
async function parseCsv(source: string, text: string): Promise<string[][]> {
  const { parse } = await import("csv-parse/sync");
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new UsageError(`${source} is not a CSV that can be read: ${(error as Error).message}`);
  }
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
    const [header, ...rows] = await parseCsv(source, text);
    if (!header) throw new UsageError(`${source} is empty.`);
    if (column === undefined && header.length > 1) {
      throw new UsageError(`${source} has ${header.length} columns (${header.join(", ")}): say which to run with --column.`);
    }
    const name = column ?? header[0];
    const at = header.indexOf(name as string);
    if (at < 0) throw new UsageError(`${source} has no column "${name}"; its columns are ${header.join(", ")}.`);
    return rows.map((row) => row[at] ?? "");
  }
  const all = text.split(/\r?\n/).map((line) => line.trim());
  const lines = all.filter((line) => line !== "");
  // The newline that ends the last line leaves an empty piece after it: that is no skipped line.
  const blank = all.length - lines.length - (text.endsWith("\n") ? 1 : 0);
  if (blank > 0) io.stderr.write(`Skipped ${blank} blank line${blank === 1 ? "" : "s"} of ${source === "-" ? "stdin" : source}.\n`);
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
