/** How values look in the table: short, aligned, in UTC so output is the same on every machine. */

const ANSI = { green: 32, red: 31, yellow: 33, cyan: 36, gray: 90 } as const;

const STATUS_COLOR: Record<string, keyof typeof ANSI> = {
  SUCCEEDED: "green",
  FAILED: "red",
  RUNNING: "cyan",
  STARTING: "cyan",
  QUEUED: "yellow",
  PENDING: "yellow",
  SUBMITTED: "yellow",
  CANCELLING: "gray",
  CANCELLED: "gray",
};

export function paint(text: string, color: keyof typeof ANSI | undefined): string {
  return color ? `\u001b[${ANSI[color]}m${text}\u001b[39m` : text;
}

export function statusColor(status: string): keyof typeof ANSI | undefined {
  return STATUS_COLOR[status.toUpperCase()];
}

/** `2026-01-15 11:59` (UTC). */
export function humanTime(value: unknown): string {
  if (typeof value !== "string") return "-";
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? printable(value) : new Date(ms).toISOString().slice(0, 16).replace("T", " ");
}

export function humanInteger(value: unknown): string {
  return typeof value === "number" ? value.toLocaleString("en-US") : "-";
}

export function humanCost(value: unknown): string {
  return typeof value === "number" ? `$${value.toFixed(4)}` : "-";
}

export function plain(value: unknown): string {
  if (value === null || value === undefined) return "-";
  return printable(typeof value === "object" ? JSON.stringify(value) : String(value));
}

/**
 * Server text made safe for a terminal: control characters (an ESC that would retitle the window or
 * move the cursor, a newline that would split a row) and bidirectional overrides are shown escaped
 * (`\n`, `\x1b`, `\u202e`) instead of acting.
 */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => {
    const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
    const code = char.charCodeAt(0);
    return named[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
  });
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const WIDE =
  /^[\u1100-\u115f\u231a\u231b\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]$|^\p{Emoji_Presentation}$/u;

/** Columns the text takes on a terminal: colour escapes take none, combining marks none, CJK and emoji two. */
export function width(text: string): number {
  let columns = 0;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point.
  for (const char of text.replace(/\u001b\[\d+m/g, "")) columns += ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return columns;
}

/** Rows aligned under their headers by display width, two spaces apart, without trailing blanks. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly boolean[] = [],
): string {
  const widths = headers.map((header, i) => Math.max(width(header), ...rows.map((row) => width(row[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const pad = " ".repeat((widths[i] as number) - width(cell));
        return rightAligned[i] ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  return `${[headers, ...rows].map(line).join("\n")}\n`;
}

/** `12.5s`, `3m 05s`, `1h 02m`. */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** `1.5 MB`, `3.2 GB`: decimal units, as download tools show them. */
export function bytes(n: number): string {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let value = n;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${n} B` : `${value.toFixed(1)} ${units[unit]}`;
}
