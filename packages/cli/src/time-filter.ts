import { UsageError } from "./errors.ts";

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `--since 7d`, `--until 2026-01-15`, `--since 2026-01-15T10:00Z`: a moment in ms. */
export function parseMoment(value: string, flag: string, now: number = Date.now()): number {
  const relative = /^(\d+)([mhdw])$/.exec(value.trim());
  if (relative) return now - Number(relative[1]) * (UNITS[relative[2] as string] as number);
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new UsageError(`${flag} takes an ISO date or time (2026-01-15, 2026-01-15T10:00Z) or an age (30m, 24h, 7d, 2w); got "${value}".`);
}
