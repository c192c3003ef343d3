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
  return Number.isNaN(ms) ? value : new Date(ms).toISOString().slice(0, 16).replace("T", " ");
}

export function humanInteger(value: unknown): string {
  return typeof value === "number" ? value.toLocaleString("en-US") : "-";
}

export function humanCost(value: unknown): string {
  return typeof value === "number" ? `$${value.toFixed(4)}` : "-";
}

export function plain(value: unknown): string {
  if (value === null || value === undefined) return "-";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** Visible width, ignoring colour escapes. */
export function width(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point.
  return text.replace(/\u001b\[\d+m/g, "").length;
}
