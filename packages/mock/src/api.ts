import { ARTIFACT_PREFIX, answerArtifact, artifactBytes, type StoredArtifact, sign } from "./artifacts.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { fixedDataset, type LiveDataset, liveDataset, type MockJob, seededDataset } from "./dataset.ts";
import { type FaultContext, type FaultRule, matches, targetOf } from "./faults.ts";
import { type Clock, createClock, createLives, PHASES, progressLines, resultsOf } from "./lifecycle.ts";

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
  /**
   * The clock jobs live by: "real" (default), scaled by `speed`, or "manual", moved only by `advance(ms)`.
   * A created job is QUEUED for 1 s, STARTING for 1 s, RUNNING for 100 ms a row; a cancel takes 1 s.
   */
  clock?: "real" | "manual" | undefined;
  /** With the real clock: how many times faster than real time jobs live. Default 1. */
  speed?: number | undefined;
  /** Send job statuses in the older shape: a plain lower-case string instead of `{ "<id>": "STATUS" }`. */
  legacyStatusShape?: boolean | undefined;
  /** The size of every results file, in bytes (made on the fly, never held). Default: 256 bytes a row. */
  artifactBytes?: number | undefined;
}

/** A request as the HTTP adapter hands it over. */
export interface IncomingRequest {
  method: string;
  url: URL;
  headers: { get(name: string): string | null };
  /** The body, read in full (POST). */
  body?: string | undefined;
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
  /** The JSON body sent, parsed (POST); undefined without one. */
  body: unknown;
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
  /** A body sent piece by piece as it is made (the progress stream, a results file), instead of `body`. */
  stream?: AsyncIterable<string | Uint8Array> | Iterable<Uint8Array> | undefined;
}

export interface MockApi {
  handle(request: IncomingRequest): Reply;
  /** Moves the manual clock forward, so created jobs advance (and cancels complete). */
  advance(ms: number): void;
  readonly clock: Clock;
  readonly requests: RequestRecord[];
  readonly faults: FaultRule[];
  readonly dataset: LiveDataset;
  /** The cursor of the page starting at `offset`, as the server would issue it. */
  cursorAt(offset: number): string;
}

const JSON_HEADERS = { "content-type": "application/json" };

/** Where a deployment serves the API. */
export const API_PREFIX = "/v1";

/** The API's own answer to a request, before faults bend it. */
interface Answer {
  status: number;
  body: string;
  /** The page asked for, for fault matching; undefined off the list. */
  page: number | undefined;
  cursor: string | null;
  stream?: AsyncIterable<string> | undefined;
}

/** The operations the mock serves, under API_PREFIX: method, path pattern, and a name to dispatch on. */
const ROUTES: { method: string; pattern: RegExp; name: string }[] = [
  { method: "GET", pattern: /^\/list-jobs$/, name: "list" },
  { method: "GET", pattern: /^\/try-authentication$/, name: "auth" },
  { method: "POST", pattern: /^\/batch-inference$/, name: "create" },
  { method: "GET", pattern: /^\/jobs\/([^/]+)$/, name: "get" },
  { method: "GET", pattern: /^\/job-status\/([^/]+)$/, name: "status" },
  { method: "GET", pattern: /^\/job-cancel\/([^/]+)$/, name: "cancel" },
  { method: "GET", pattern: /^\/stream-job-progress\/([^/]+)$/, name: "progress" },
  { method: "GET", pattern: /^\/jobs\/([^/]+)\/results-url$/, name: "resultsUrl" },
  { method: "POST", pattern: /^\/job-results$/, name: "results" },
  { method: "GET", pattern: /^\/get-quotas$/, name: "quotas" },
];

const QUOTAS = [
  { priority: 0, row_quota: 1_000_000, token_quota: 2_000_000_000 },
  { priority: 1, row_quota: 10_000_000, token_quota: 20_000_000_000 },
];

/** The fields POST /batch-inference takes. */
const CREATE_FIELDS = new Set([
  "inputs",
  "model",
  "system_prompt",
  "json_schema",
  "sampling_params",
  "job_priority",
  "cost_estimate",
  "random_seed_per_input",
  "truncate_rows",
  "name",
  "description",
  "column_name",
  "id_column_name",
]);

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

/** `before`, then silence for `ms`, then `after`: a transfer that stalls midway. */
async function* stalled(before: Iterable<Uint8Array>, ms: number, after: Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* before;
  await new Promise((resolve) => setTimeout(resolve, ms));
  yield* after;
}

export function createMockApi(options: MockApiOptions = {}): MockApi {
  const dataset = liveDataset(options.dataset ? fixedDataset(options.dataset) : seededDataset(options.jobs ?? 250, options.seed ?? 1));
  const faults = [...(options.faults ?? [])];
  const fired = new Map<FaultRule, number>();
  const seen = new Map<string, number>();
  const requests: RequestRecord[] = [];
  let requestId = 0;

  const error = (status: number, detail: string) => ({ status, body: JSON.stringify({ detail }) }) as const;
  const ok = (value: unknown) => ({ status: 200, body: JSON.stringify(value) }) as const;
  const none = { page: undefined, cursor: null };
  const clock = createClock(options.clock ?? "real", options.speed ?? 1);
  const lives = createLives(clock);
  const seed = options.seed ?? 1;

  /** The job with this id as it is now, or undefined. */
  function find(jobId: string) {
    const index = dataset.indexOf(jobId);
    return index === undefined ? undefined : lives.current(dataset.at(index));
  }

  /** The results files handed out, by key. */
  const artifacts = new Map<string, StoredArtifact>();

  /** The first rule for `target` that matches and has not fired its `times`, counted as fired. */
  function ruleFor(target: "api" | "artifacts", context: FaultContext): FaultRule | undefined {
    const rule = faults.find(
      (f) => targetOf(f) === target && matches(f, context) && (f.times === undefined || (fired.get(f) ?? 0) < f.times),
    );
    if (rule) fired.set(rule, (fired.get(rule) ?? 0) + 1);
    return rule;
  }

  /** GET /jobs/{id}/results-url: presigned URLs pointing back at this server, for a SUCCEEDED job. */
  function resultsUrl(job: MockJob, url: URL, origin: string) {
    const format = url.searchParams.get("format") ?? "parquet";
    if (format !== "parquet") return error(400, `format must be parquet, got ${format}.`);
    const expiresText = url.searchParams.get("expires_in_seconds") ?? "3600";
    const expires = /^\d+$/.test(expiresText) ? Number(expiresText) : Number.NaN;
    if (!(expires >= 1 && expires <= 604_800)) return error(400, "expires_in_seconds must be from 1 to 604800.");
    if (job.status.toUpperCase() !== "SUCCEEDED")
      return error(409, `Job ${job.job_id} is ${job.status}; results exist once it has SUCCEEDED.`);
    const inputs = url.searchParams.get("include_inputs") === "true";
    const logprobs = url.searchParams.get("include_cumulative_logprobs") === "true";
    const key = `results/${job.job_id}${inputs ? "-inputs" : ""}${logprobs ? "-logprobs" : ""}.parquet`;
    // Made on first ask; a file replaced since (the new-size fault) keeps its new size.
    const file = artifacts.get(key) ?? { size: options.artifactBytes ?? Number(job.num_rows ?? 0) * 256 + 1024, version: 0 };
    artifacts.set(key, file);
    const date = Math.floor(Date.now() / 1000);
    const expiresAt = date + expires;
    const presigned = `${origin}${ARTIFACT_PREFIX}${encodeURIComponent(key)}?X-Amz-Date=${date}&X-Amz-Expires=${expires}&X-Amz-Signature=${sign(seed, key, expiresAt)}`;
    return ok({
      job_id: job.job_id,
      format,
      include_inputs: inputs,
      include_cumulative_logprobs: logprobs,
      expires_in_seconds: expires,
      artifact: { bucket: "sutro-mock-results", key, filename: key.slice("results/".length), size_bytes: file.size },
      urls: { get: presigned, head: presigned },
    });
  }

  /** The API's own answer, before any fault. Every path lives under /v1, as on a real deployment. */
  function answer(method: string, url: URL, authorization: string | null, body: unknown, origin = "http://mock.invalid"): Answer {
    if (options.retired) return { ...error(410, RETIRED_DETAIL), ...none };
    const path = url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : undefined;
    const routes = path === undefined ? [] : ROUTES.filter((r) => r.pattern.test(path));
    if (path === undefined || routes.length === 0) {
      const hint = path === undefined ? ` Every path lives under ${API_PREFIX}.` : "";
      return { ...error(404, `No route ${url.pathname}.${hint}`), ...none };
    }
    const route = routes.find((r) => r.method === method || (r.method === "GET" && method === "HEAD"));
    if (!route) return { ...error(405, `Method ${method} not allowed.`), ...none };
    const key = /^Key (\S+)$/.exec(authorization ?? "")?.[1];
    if (!key || (options.apiKey !== undefined && key !== options.apiKey)) return { ...error(401, "Unauthorized"), ...none };
    const id = decodeURIComponent(route.pattern.exec(path)?.[1] ?? "");
    switch (route.name) {
      case "auth":
        return { ...ok({ authenticated: true }), ...none };
      case "quotas":
        return { ...ok({ quotas: QUOTAS }), ...none };
      case "create":
        return { ...create(body), ...none };
      case "results":
        return { ...results(body), ...none };
      case "list":
        return listJobs(url);
    }
    const job = find(id);
    if (!job) return { ...error(404, `Job ${id} not found.`), ...none };
    if (route.name === "get") return { ...ok({ job }), ...none };
    if (route.name === "cancel") return { ...ok(lives.cancel(job)), ...none };
    if (route.name === "resultsUrl") return { ...resultsUrl(job, url, origin), ...none };
    if (route.name === "progress") {
      return { status: 200, body: "", stream: progressLines(job, lives, PHASES.perRow / (options.speed ?? 1)), ...none };
    }
    const failure = job.status === "FAILED" ? { failure_reason: job.failure_reason } : null;
    return {
      ...ok(
        options.legacyStatusShape
          ? { message: "Job status retrieved.", job_status: job.status.toLowerCase(), metadata: failure ?? {} }
          : { message: `Job status with job_id ${id} retrieved.`, job_status: { [id]: job.status }, metadata: failure },
      ),
      ...none,
    };
  }

  /** POST /batch-inference: checks the body as the API does, then creates a QUEUED job that starts to live. */
  function create(body: unknown) {
    if (!body || typeof body !== "object" || Array.isArray(body)) return error(422, "The body must be a JSON object.");
    const job = body as Record<string, unknown>;
    const unknown = Object.keys(job).filter((k) => !CREATE_FIELDS.has(k));
    if (unknown.length) return error(422, `Unknown field ${unknown.join(", ")}.`);
    const { inputs, model } = job;
    const rows = Array.isArray(inputs) ? inputs : undefined;
    if (!(rows?.length || (typeof inputs === "string" && inputs)))
      return error(422, "inputs must be a non-empty array, or a dataset id or URL.");
    if (typeof model !== "string" || !model) return error(422, "model is required.");
    if (typeof job.name === "string" && job.name.length > 45) return error(422, "name is longer than 45 characters.");
    if (typeof job.description === "string" && job.description.length > 512)
      return error(422, "description is longer than 512 characters.");
    if (job.job_priority !== undefined && job.job_priority !== 0 && job.job_priority !== 1)
      return error(422, "job_priority must be 0 or 1.");
    const functionCall = rows?.some((row) => typeof row === "object");
    if (functionCall && (job.system_prompt != null || job.json_schema != null)) {
      return error(400, "system_prompt and json_schema cannot be used with a Sutro Function.");
    }
    const given = rows ?? Array.from({ length: 10 }, (_, i) => `Row ${i + 1} of ${String(inputs)}`);
    const created = dataset.add({
      model,
      system_prompt: (job.system_prompt as string | undefined) ?? null,
      json_schema: (job.json_schema as Record<string, unknown> | undefined) ?? null,
      sampling_params: (job.sampling_params as Record<string, unknown> | undefined) ?? {},
      job_priority: (job.job_priority as number | undefined) ?? 0,
      name: (job.name as string | undefined) ?? null,
      description: (job.description as string | undefined) ?? null,
      num_rows: given.length,
      cost_estimate: Math.round(given.length * 0.00005 * 10_000) / 10_000,
    });
    lives.start(created, given);
    return ok({ results: created.job_id, metadata: { job_id: created.job_id, message: "Job created successfully" } });
  }

  /** POST /job-results: the columns of a SUCCEEDED job; 409 for any other status. */
  function results(body: unknown) {
    const request = (body ?? {}) as { job_id?: unknown; include_inputs?: unknown; include_cumulative_logprobs?: unknown };
    if (typeof request.job_id !== "string" || !request.job_id) return error(422, "job_id is required.");
    const job = find(request.job_id);
    if (!job) return error(404, `Job ${request.job_id} not found.`);
    if (job.status.toUpperCase() !== "SUCCEEDED") {
      return error(409, `Job ${request.job_id} is ${job.status}; results exist once it has SUCCEEDED.`);
    }
    const include = { inputs: request.include_inputs === true, logprobs: request.include_cumulative_logprobs === true };
    return ok({ message: "Results retrieved.", results: resultsOf(job, lives, seed, include) });
  }

  /** GET /list-jobs: every job, or one page of `limit` from `cursor`. */
  function listJobs(url: URL) {
    const limitText = url.searchParams.get("limit");
    const cursor = url.searchParams.get("cursor");
    if (limitText === null || options.ignoreLimit) {
      const jobs = Array.from({ length: dataset.size }, (_, i) => lives.current(dataset.at(i)));
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
    for (let i = offset; i < end; i++) jobs.push(lives.current(dataset.at(i)));
    const next = end < dataset.size ? encodeCursor(dataset.fingerprint, end) : null;
    return { status: 200, body: JSON.stringify({ jobs, next_cursor: next }), page: Math.floor(offset / limit) + 1, cursor };
  }

  /** A progress stream bent the way `rule` says, after its first line. */
  async function* bend(lines: AsyncIterable<string>, rule: FaultRule | undefined): AsyncGenerator<string, void, undefined> {
    let first = true;
    for await (const line of lines) {
      if (first || !rule?.stream) {
        yield line;
        first = false;
        continue;
      }
      if (rule.stream === "cut") return void (yield line.slice(0, Math.floor(line.length / 2)));
      if (rule.stream === "stall") await new Promise((resolve) => setTimeout(resolve, rule.delay ?? 2_000));
      if (rule.stream === "garbage") yield "<html>Bad gateway</html>\n";
      if (rule.stream === "unknown-type") yield `${JSON.stringify({ update_type: "eta", result: 12 })}\n`;
      yield line;
    }
  }

  /** A 2xx answer bent the way `rule` says. */
  function distort(rule: FaultRule, body: string, cursor: string | null): { status: number; body: string; html?: boolean } {
    if (rule.html) return { status: 200, body: HTML_PAGE, html: true };
    const parsed = JSON.parse(body) as Record<string, unknown>;
    if (rule.shape === "jobs-not-array") return { status: 200, body: JSON.stringify({ ...parsed, jobs: { count: 3 } }) };
    if (rule.shape === "bad-next-cursor") return { status: 200, body: JSON.stringify({ ...parsed, next_cursor: 42 }) };
    // A bare array: a list's jobs, or any other answer wrapped in one.
    if (rule.shape === "not-an-object") return { status: 200, body: JSON.stringify(parsed.jobs ?? [parsed]) };
    if (rule.loop && cursor !== null) return { status: 200, body: JSON.stringify({ ...parsed, next_cursor: cursor }) };
    return { status: 200, body };
  }

  function handle(request: IncomingRequest): Reply {
    const reply = request.url.pathname.startsWith(ARTIFACT_PREFIX) ? artifact(request) : answerWithFaults(request);
    if (options.cors) Object.assign(reply.headers, CORS_HEADERS);
    return reply;
  }

  /** A presigned results file: storage's own answers, outside the API (no /v1), bent by the artifact faults. */
  function artifact(request: IncomingRequest): Reply {
    const { method, url, headers } = request;
    const key = decodeURIComponent(url.pathname.slice(ARTIFACT_PREFIX.length));
    const attempt = (seen.get(url.pathname) ?? 0) + 1;
    seen.set(url.pathname, attempt);
    const rule = ruleFor("artifacts", { page: undefined, attempt, request: requests.length + 1 });
    const file = artifacts.get(key);
    if ((rule?.newEtag || rule?.newSize !== undefined) && file) {
      file.version++;
      file.size = rule.newSize ?? file.size;
    }
    const answered =
      rule?.status !== undefined
        ? {
            status: rule.status,
            headers: { "content-type": "application/xml" },
            body: `<Error><Code>Injected${rule.status}</Code></Error>`,
          }
        : answerArtifact(seed, artifacts, method, url, headers, Math.floor(Date.now() / 1000));
    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: headers.get("authorization"),
      userAgent: headers.get("user-agent"),
      status: answered.status,
      fault: rule,
      body: undefined,
    });
    let range = "range" in answered ? answered.range : undefined;
    const sent = { ...answered.headers };
    if (range && rule?.contentLength !== undefined) {
      range = [range[0], range[0] + rule.contentLength];
      sent["content-length"] = String(rule.contentLength);
    }
    const cut = range && rule?.resetAt !== undefined && rule.resetAt > range[0] && rule.resetAt < range[1];
    if (range && cut) range = [range[0], rule?.resetAt as number];
    const stallAt = range && rule?.stallAt !== undefined && rule.stallAt > range[0] && rule.stallAt < range[1] ? rule.stallAt : undefined;
    const bytes = (from: number, to: number) => artifactBytes(seed, key, file?.version ?? 0, from, to);
    return {
      status: answered.status,
      headers: sent,
      body: answered.body ?? "",
      stream:
        !range || !file
          ? undefined
          : stallAt === undefined
            ? bytes(...range)
            : stalled(bytes(range[0], stallAt), rule?.delay ?? 2_000, bytes(stallAt, range[1])),
      delay: stallAt === undefined ? (rule?.delay ?? 0) : 0,
      reset: cut ? "mid-body" : undefined,
      truncateTo: undefined,
    };
  }

  function answerWithFaults(request: IncomingRequest): Reply {
    const { method, url } = request;
    if (options.cors && method === "OPTIONS") {
      return { status: 204, headers: { "access-control-max-age": "600" }, body: "", delay: 0, reset: undefined, truncateTo: undefined };
    }
    const authorization = request.headers.get("authorization");
    const target = `${url.pathname}${url.search}`;
    const attempt = (seen.get(target) ?? 0) + 1;
    seen.set(target, attempt);
    let body: unknown;
    let unreadable = false;
    try {
      body = request.body ? JSON.parse(request.body) : undefined;
    } catch {
      unreadable = true;
    }
    const origin = `http://${request.headers.get("host") ?? "mock.invalid"}`;
    const base: Answer = unreadable
      ? { ...error(422, "The body is not JSON."), ...none }
      : answer(method, url, authorization, body, origin);

    const rule = ruleFor("api", { page: base.page, attempt, request: requests.length + 1 });

    let status = base.status;
    let text = base.body;
    const headers: Record<string, string> = { ...JSON_HEADERS, "x-request-id": `req_mock_${++requestId}` };
    if (rule?.status !== undefined) {
      status = rule.status;
      text = JSON.stringify(status === 429 ? { error: "Rate limit exceeded." } : { detail: `Injected ${status}.` });
      if (rule.retryAfter !== undefined) headers["retry-after"] = String(rule.retryAfter);
      if (rule.retryAfterMs !== undefined) headers["retry-after-ms"] = String(rule.retryAfterMs);
      if (rule.retryAfterDate !== undefined) headers["retry-after"] = new Date(Date.now() + rule.retryAfterDate * 1000).toUTCString();
      if (rule.retryAfterRaw !== undefined) headers["retry-after"] = rule.retryAfterRaw;
    } else if (rule && status === 200 && base.stream === undefined) {
      const bent = distort(rule, text, base.cursor);
      status = bent.status;
      text = bent.body;
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
      body,
    });
    const streamed = base.stream !== undefined && status === 200 && (!rule || rule.stream !== undefined);
    if (streamed) headers["content-type"] = "application/x-ndjson";
    return {
      status,
      headers,
      stream: streamed ? bend(base.stream as AsyncIterable<string>, rule) : undefined,
      body: text,
      delay: rule?.stream ? 0 : (rule?.delay ?? 0),
      reset: rule?.stream === "cut" ? "mid-body" : rule?.reset,
      truncateTo: rule?.truncate ? Math.floor(new TextEncoder().encode(text).length / 2) : undefined,
    };
  }

  return {
    handle,
    requests,
    faults,
    dataset,
    clock,
    advance: (ms) => clock.advance(ms),
    cursorAt: (offset) => encodeCursor(dataset.fingerprint, offset),
  };
}
