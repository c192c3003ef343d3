import { UsageError } from "./errors.ts";

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `2026-01-15`, `2026-01-15T10:00`, with seconds and fractions, and an optional `Z` or `±hh:mm`. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/i;

/**
 * `--since 7d`, `--until 2026-01-15`, `--since 2026-01-15T10:00Z`: a moment in ms. A date or time without
 * a zone is UTC, like the times the table shows; an impossible date (2026-02-30) is refused, not rolled over.
 */
export function parseMoment(value: string, flag: string, now: number = Date.now()): number {
  const text = value.trim();
  const relative = /^(\d+)([mhdw])$/.exec(text);
  if (relative) return now - Number(relative[1]) * (UNITS[relative[2] as string] as number);
  const iso = ISO.exec(text);
  if (iso) {
    const [, year, month, day, hour = "00", minute = "00", second = "00", zone] = iso;
    const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    const real =
      calendar.getUTCFullYear() === Number(year) &&
      calendar.getUTCMonth() === Number(month) - 1 &&
      calendar.getUTCDate() === Number(day) &&
      Number(hour) < 24 &&
      Number(minute) < 60 &&
      Number(second) < 60;
    if (!real) throw new UsageError(`${flag}: ${text} is not a date that exists.`);
    const ms = Date.parse(zone ? text.replace(" ", "T") : `${text.replace(" ", "T")}${iso[4] === undefined ? "T00:00" : ""}Z`);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new UsageError(
    `${flag} takes an ISO date or time (2026-01-15, 2026-01-15T10:00 in UTC, 2026-01-15T10:00+02:00) or an age (30m, 24h, 7d, 2w); got "${value}".`,
  );
}
