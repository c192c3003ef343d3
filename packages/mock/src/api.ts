import { decodeCursor, encodeCursor } from "./cursor.ts";
import { fixedDataset, type LiveDataset, liveDataset, type MockJob, seededDataset } from "./dataset.ts";
import { type FaultContext, type FaultRule, matches } from "./faults.ts";

export interface MockApiOptions {
  /** How many seeded jobs to serve. Default 250. */
  jobs?: number | undefined;
  /** Seed of the generated jobs; the same seed gives the same jobs and cursors. Default 1. */
  seed?: number | undefined;
  /** Serve exactly these jobs (newest first) instead of seeded ones. */
  dataset?: readonly MockJob[] | undefined;
  /** The only key accepted. Default: any `Authorization: Key <something>`. */
  apiKey?: string | undefined;
  /** Faults to inject, first match wins. */
  faults?: FaultRule[] | undefined;
  /**
   * Create this many jobs at the head of the list before answering each page asked for
   * with a cursor, as a live account does while a client pages. Default 0.
   */
  newJobsPerPage?: number | undefined;
  /** Answer every request with the 410 a retired host (the old api.sutro.sh) gives. Default false. */
  retired?: boolean | undefined;
  /** Answer CORS preflights and allow every origin, so a browser app can call the mock. Default false. */
  cors?: boolean | undefined;
  /** Ignore `limit` and `cursor` and answer every list with every job, as older and self-hosted deployments do. */
  ignoreLimit?: boolean | undefined;
}

/** One request as the server saw it. */
export interface RequestRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | null;
  userAgent: string | null;
  status: number;
  /** The fault rule applied, if any. */
  fault: FaultRule | undefined;
}

/** What to send back; the HTTP adapter carries out delays, resets and truncation. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
  delay: number;
  reset: FaultRule["reset"];
  /** Send only this many bytes of the body, declared as the whole body. */
  truncateTo: number | undefined;
}

export interface MockApi {
  handle(request: { method: string; url: URL; headers: { get(name: string): string | null } }): Reply;
  readonly requests: RequestRecord[];
  readonly faults: FaultRule[];
  readonly dataset: LiveDataset;
  /** The cursor of the page starting at `offset`, as the server would issue it. */
  cursorAt(offset: number): string;
}

const JSON_HEADERS = { "content-type": "application/json" };

/** Where a deployment serves the API. */
export const API_PREFIX = "/v1";

/** The paths the mock serves, under API_PREFIX. */
const ROUTES = { "/list-jobs": true, "/try-authentication": true };

/** What a browser needs to call the mock from another origin with the Key header, and to read the retry headers. */
const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "Authorization, Content-Type",
  "access-control-expose-headers": "X-Request-Id, Retry-After, Retry-After-Ms",
};

/** What a retired host says, as the real ones do. */
export const RETIRED_DETAIL =
  "Direct access to this host is no longer supported. Use your deployment URL from the Sutro app (Settings → API Keys).";

const HTML_PAGE =
  "<!doctype html><html><head><title>Welcome</title></head><body><h1>It works!</h1><p>This is not the API.</p></body></html>";

export function createMockApi(options: MockApiOptions = {}): MockApi {
  const dataset = liveDataset(options.dataset ? fixedDataset(options.dataset) : seededDataset(options.jobs ?? 250, options.seed ?? 1));
  const faults = [...(options.faults ?? [])];
  const fired = new Map<FaultRule, number>();
  const seen = new Map<string, number>();
  const requests: RequestRecord[] = [];
  let requestId = 0;

  const error = (status: number, detail: string) => ({ status, body: JSON.stringify({ detail }) }) as const;
  const none = { page: undefined, cursor: null };

  /** The API's own answer, before any fault. Every path lives under /v1, as on a real deployment. */
  function answer(method: string, url: URL, authorization: string | null) {
    if (options.retired) return { ...error(410, RETIRED_DETAIL), ...none };
    const path = url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : undefined;
    if (path === undefined || !(path in ROUTES)) {
      const hint = path === undefined ? ` Every path lives under ${API_PREFIX}.` : "";
      return { ...error(404, `No route ${url.pathname}.${hint}`), ...none };
    }
    if (method !== "GET" && method !== "HEAD") return { ...error(405, `Method ${method} not allowed.`), ...none };
    const key = /^Key (\S+)$/.exec(authorization ?? "")?.[1];
    if (!key || (options.apiKey !== undefined && key !== options.apiKey)) return { ...error(401, "Unauthorized"), ...none };
    if (path === "/try-authentication") return { status: 200, body: JSON.stringify({ authenticated: true }), ...none };

    const limitText = url.searchParams.get("limit");
    const cursor = url.searchParams.get("cursor");
    if (limitText === null || options.ignoreLimit) {
      const jobs = Array.from({ length: dataset.size }, (_, i) => dataset.at(i));
      return { status: 200, body: JSON.stringify({ message: "Jobs retrieved successfully.", jobs }), page: undefined, cursor };
    }
    const limit = /^\d+$/.test(limitText) ? Number(limitText) : Number.NaN;
    if (!(limit >= 1 && limit <= 100)) {
      return { ...error(422, `limit must be an integer from 1 to 100, got ${limitText || "nothing"}.`), page: undefined, cursor };
    }
    if (cursor !== null) for (let n = 0; n < (options.newJobsPerPage ?? 0); n++) dataset.add();
    const offset = cursor === null ? 0 : decodeCursor(dataset.fingerprint, cursor, dataset.size);
    if (offset === undefined) {
      return { ...error(422, "Unknown cursor; pass back the next_cursor of the previous page unchanged."), page: undefined, cursor };
    }
    const end = Math.min(offset + limit, dataset.size);
    const jobs: MockJob[] = [];
    for (let i = offset; i < end; i++) jobs.push(dataset.at(i));
    const next = end < dataset.size ? encodeCursor(dataset.fingerprint, end) : null;
    return { status: 200, body: JSON.stringify({ jobs, next_cursor: next }), page: Math.floor(offset / limit) + 1, cursor };
  }

  /** A 2xx answer bent the way `rule` says. */
  function distort(rule: FaultRule, body: string, cursor: string | null): { status: number; body: string; html?: boolean } {
    if (rule.html) return { status: 200, body: HTML_PAGE, html: true };
    const parsed = JSON.parse(body) as Record<string, unknown>;
    if (rule.shape === "jobs-not-array") return { status: 200, body: JSON.stringify({ ...parsed, jobs: { count: 3 } }) };
    if (rule.shape === "bad-next-cursor") return { status: 200, body: JSON.stringify({ ...parsed, next_cursor: 42 }) };
    if (rule.shape === "not-an-object") return { status: 200, body: JSON.stringify(parsed.jobs) };
    if (rule.loop && cursor !== null) return { status: 200, body: JSON.stringify({ ...parsed, next_cursor: cursor }) };
    return { status: 200, body };
  }

  function handle(request: { method: string; url: URL; headers: { get(name: string): string | null } }): Reply {
    const reply = answerWithFaults(request);
    if (options.cors) Object.assign(reply.headers, CORS_HEADERS);
    return reply;
  }

  function answerWithFaults(request: { method: string; url: URL; headers: { get(name: string): string | null } }): Reply {
    const { method, url } = request;
    if (options.cors && method === "OPTIONS") {
      return { status: 204, headers: { "access-control-max-age": "600" }, body: "", delay: 0, reset: undefined, truncateTo: undefined };
    }
    const authorization = request.headers.get("authorization");
    const target = `${url.pathname}${url.search}`;
    const attempt = (seen.get(target) ?? 0) + 1;
    seen.set(target, attempt);
    const base = answer(method, url, authorization);

    const context: FaultContext = { page: base.page, attempt, request: requests.length + 1 };
    const rule = faults.find((f) => matches(f, context) && (f.times === undefined || (fired.get(f) ?? 0) < f.times));
    if (rule) fired.set(rule, (fired.get(rule) ?? 0) + 1);

    let status = base.status;
    let body = base.body;
    const headers: Record<string, string> = { ...JSON_HEADERS, "x-request-id": `req_mock_${++requestId}` };
    if (rule?.status !== undefined) {
      status = rule.status;
      body = JSON.stringify(status === 429 ? { error: "Rate limit exceeded." } : { detail: `Injected ${status}.` });
      if (rule.retryAfter !== undefined) headers["retry-after"] = String(rule.retryAfter);
      if (rule.retryAfterMs !== undefined) headers["retry-after-ms"] = String(rule.retryAfterMs);
      if (rule.retryAfterDate !== undefined) headers["retry-after"] = new Date(Date.now() + rule.retryAfterDate * 1000).toUTCString();
      if (rule.retryAfterRaw !== undefined) headers["retry-after"] = rule.retryAfterRaw;
    } else if (rule && status === 200) {
      const bent = distort(rule, body, base.cursor);
      status = bent.status;
      body = bent.body;
      if (bent.html) headers["content-type"] = "text/html; charset=utf-8";
    }
    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization,
      userAgent: request.headers.get("user-agent"),
      status,
      fault: rule,
    });
    return {
      status,
      headers,
      body,
      delay: rule?.delay ?? 0,
      reset: rule?.reset,
      truncateTo: rule?.truncate ? Math.floor(new TextEncoder().encode(body).length / 2) : undefined,
    };
  }

  return { handle, requests, faults, dataset, cursorAt: (offset) => encodeCursor(dataset.fingerprint, offset) };
}
