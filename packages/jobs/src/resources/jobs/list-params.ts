import { checkRequestOptions, type RequestOptions } from "../../config/options.ts";
import { InvalidRequestError } from "../../errors/errors.ts";

export const MAX_LIMIT = 100;

/** `list()` without `limit`: every job in one response. */
export interface ListAllParams {
  /** Absent: every job in one response. */
  limit?: undefined;
  /** Only with `limit`. */
  cursor?: undefined;
}

/** `list({ limit })`: one page. */
export interface ListPageParams {
  /** Page size, 1 to 100. */
  limit: number;
  /** The `next_cursor` of the previous page, unchanged. */
  cursor?: string | undefined;
}

/** The parameters of `list()`: with `limit` one page, without it every job. */
export type ListParams = ListAllParams | ListPageParams;

/** The parameters of `iterate()`, and the per-call options that apply to each page (`deadline` to the whole run). */
export interface IterateParams extends RequestOptions {
  /** Jobs per request, 1 to 100. Default 100 (fewest requests). */
  pageSize?: number | undefined;
  /** Start from a saved cursor (`iterator.cursor` or `iterator.nextCursor` of an earlier run). */
  cursor?: string | undefined;
  /** Pages to fetch ahead while the current one is consumed: 0 (default) or 1. */
  prefetch?: 0 | 1 | undefined;
}

function fail(message: string): never {
  throw new InvalidRequestError(message);
}

function describe(value: unknown): string {
  return typeof value === "string"
    ? `the string "${value}"`
    : typeof value === "number"
      ? String(value)
      : `a ${value === null ? "null" : typeof value}`;
}

function checkObject(params: unknown, method: string, allowed: readonly string[]): Record<string, unknown> {
  if (params === undefined) return {};
  if (typeof params !== "object" || params === null || Array.isArray(params))
    fail(`${method} takes an object of parameters, got ${describe(params)}.`);
  const unknown = Object.keys(params).filter((key) => !allowed.includes(key));
  if (unknown.length) fail(`${method} does not take ${unknown.join(", ")}; it takes ${allowed.join(", ")}.`);
  return params as Record<string, unknown>;
}

export function checkPageSize(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > MAX_LIMIT) {
    fail(`${name} must be a whole number from 1 to ${MAX_LIMIT}, got ${describe(value)}.`);
  }
  return value;
}

export function checkCursor(value: unknown): string {
  if (typeof value !== "string" || value === "") {
    fail(
      `cursor must be the non-empty next_cursor of a previous page, got ${describe(value)}. To start from the newest job, leave cursor out.`,
    );
  }
  return value;
}

/** The query for `list()`, refused before any request when the arguments are not what the API takes. */
export function checkListParams(params: unknown): { limit?: number | undefined; cursor?: string | undefined } {
  const { limit, cursor } = checkObject(params, "jobs.list()", ["limit", "cursor"]);
  if (limit === undefined) {
    if (cursor !== undefined) fail("cursor only works together with limit: pass list({ limit, cursor }).");
    return {};
  }
  const query: { limit: number; cursor?: string } = { limit: checkPageSize(limit, "limit") };
  if (cursor !== undefined) query.cursor = checkCursor(cursor);
  return query;
}

export function checkIterateParams(params: unknown): {
  pageSize: number;
  prefetch: 0 | 1;
  cursor: string | undefined;
  options: RequestOptions;
} {
  const { pageSize, cursor, prefetch, ...options } = checkObject(params, "jobs.iterate()", [
    "pageSize",
    "cursor",
    "prefetch",
    "signal",
    "timeout",
    "deadline",
    "maxRetries",
    "headers",
  ]);
  if (prefetch !== undefined && prefetch !== 0 && prefetch !== 1) fail(`prefetch must be 0 or 1, got ${describe(prefetch)}.`);
  return {
    pageSize: pageSize === undefined ? MAX_LIMIT : checkPageSize(pageSize, "pageSize"),
    cursor: cursor === undefined ? undefined : checkCursor(cursor),
    prefetch: prefetch ?? 0,
    options: checkRequestOptions(options as RequestOptions),
  };
}
