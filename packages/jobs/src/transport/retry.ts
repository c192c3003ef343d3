/** Which failures are worth another attempt, and how long to wait before it. */

/** 524 is the origin timeout of the proxy in front of the API; the official Python SDK retries it too. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 409, 429, 500, 502, 503, 504, 524]);

const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** Exponential backoff from `initial`, doubling per attempt up to `max`, less up to 25% jitter so clients spread out. */
export function backoffMs(attempt: number, initial: number, max: number, random: () => number = Math.random): number {
  const base = Math.min(initial * 2 ** (attempt - 1), max);
  return base * (1 - random() * 0.25);
}
