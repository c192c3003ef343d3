import type { Job } from "@sutro/jobs";
import { type Column, fieldValue } from "./columns.ts";
import { formatTable, paint, statusColor } from "./format.ts";
import { type Output, write } from "./io.ts";

export type Format = "table" | "json" | "ndjson" | "csv" | "csv-safe";

/** Where listed jobs go, a page at a time. */
export interface JobSink {
  page(jobs: readonly Job[]): Promise<void>;
  end(): Promise<void>;
}

/** With --fields, only those fields (API names); otherwise the job exactly as the API sent it. */
function project(job: Job, columns: readonly Column[] | undefined): unknown {
  return columns ? Object.fromEntries(columns.map((c) => [c.field, fieldValue(job, c) ?? null])) : job;
}

/**
 * RFC 4180: quote a field holding a comma, quote, CR or LF (or edge spaces), doubling inner quotes.
 * With `neutralize` (`--csv-safe`), a text cell that a spreadsheet would run as a formula (starting with
 * =, +, -, @, a tab or a CR) gets a leading apostrophe, so it shows as text instead.
 */
export function csvField(value: unknown, neutralize = false): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "object" ? JSON.stringify(value) : String(value);
  if (neutralize && typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Streams one JSON value a line, as pages arrive. */
function ndjson(out: Output, columns: readonly Column[] | undefined): JobSink {
  return {
    async page(jobs) {
      await write(out, jobs.map((job) => `${JSON.stringify(project(job, columns))}\n`).join(""));
    },
    async end() {},
  };
}

/** One JSON array, still streamed: the brackets and commas are written around each page. */
function json(out: Output, columns: readonly Column[] | undefined): JobSink {
  let first = true;
  return {
    async page(jobs) {
      if (jobs.length === 0) return;
      const body = jobs.map((job) => `  ${JSON.stringify(project(job, columns))}`).join(",\n");
      await write(out, `${first ? "[\n" : ",\n"}${body}`);
      first = false;
    },
    async end() {
      await write(out, first ? "[]\n" : "\n]\n");
    },
  };
}

function csv(out: Output, columns: readonly Column[], neutralize: boolean): JobSink {
  let header = false;
  const line = (values: unknown[]) => `${values.map((value) => csvField(value, neutralize)).join(",")}\r\n`;
  return {
    async page(jobs) {
      let text = header ? "" : line(columns.map((c) => c.field));
      header = true;
      for (const job of jobs) text += line(columns.map((c) => fieldValue(job, c)));
      await write(out, text);
    },
    async end() {
      if (!header) await write(out, line(columns.map((c) => c.field)));
    },
  };
}

/** An aligned table; it needs every row to size its columns, so it is for screens, not for millions of jobs. */
function table(out: Output, columns: readonly Column[], color: boolean): JobSink {
  const rows: string[][] = [];
  return {
    async page(jobs) {
      for (const job of jobs) {
        rows.push(
          columns.map((c) => {
            const text = c.show(fieldValue(job, c));
            return color && c.field === "status" ? paint(text, statusColor(text)) : text;
          }),
        );
      }
    },
    async end() {
      if (rows.length === 0) {
        await write(out, "No jobs.\n");
        return;
      }
      const headers = columns.map((c) => c.name.toUpperCase().replace("_", " "));
      await write(
        out,
        formatTable(
          headers,
          rows,
          columns.map((c) => c.align === "right"),
        ),
      );
    },
  };
}

export function createSink(format: Format, out: Output, columns: readonly Column[], fieldsGiven: boolean, color: boolean): JobSink {
  switch (format) {
    case "ndjson":
      return ndjson(out, fieldsGiven ? columns : undefined);
    case "json":
      return json(out, fieldsGiven ? columns : undefined);
    case "csv":
    case "csv-safe":
      return csv(out, columns, format === "csv-safe");
    case "table":
      return table(out, columns, color);
  }
}
