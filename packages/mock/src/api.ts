/**
 * The mock API: one request in, one reply out. Finds the route (routes.ts), asks its handler
 * (handlers/<resource>.ts) for the API's own answer, lets the first matching fault bend it, and records
 * the request. Storage's presigned files are served beside it (storage.ts).
 */
import { type Answer, error } from "./answers.ts";
import { ARTIFACT_PREFIX, type StoredArtifact } from "./artifacts.ts";
import { bendAnswer, bendStream } from "./bend.ts";
import type { IncomingRequest, MockApi, MockApiOptions, Reply } from "./contract.ts";
import { encodeCursor } from "./cursor.ts";
import { fixedDataset, liveDataset, seededDataset } from "./dataset.ts";
import { seedExamples } from "./examples.ts";
import { type FaultContext, type FaultRule, matches, targetOf } from "./faults.ts";
import { authenticated, quotas } from "./handlers/account.ts";
import { createDataset, downloadFromDataset, listDatasetFiles, listDatasets, uploadToDataset } from "./handlers/datasets.ts";
import { cancelJob, createJob, getJob, jobProgress, jobResults, jobStatus, listJobs, resultsUrl } from "./handlers/jobs.ts";
import { createClock, createLives } from "./lifecycle.ts";
import { findRoute } from "./routes.ts";
import type { MockState } from "./state.ts";
import { storageReply } from "./storage.ts";

const JSON_HEADERS = { "content-type": "application/json" };

/**
 * What a browser needs to call the mock from another origin: the Key header and JSON bodies for the API,
 * Range and If-Range for a results file (so a download can resume), and every header the SDK reads back
 * (the request id, the retry waits, and a file's ETag, size and range).
 */
const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, HEAD, POST, OPTIONS",
  "access-control-allow-headers": "Authorization, Content-Type, Range, If-Range",
  "access-control-expose-headers": "X-Request-Id, Retry-After, Retry-After-Ms, ETag, Content-Length, Content-Range, Accept-Ranges",
};

/** What a retired host says, as the real ones do. */
export const RETIRED_DETAIL =
  "Direct access to this host is no longer supported. Use your deployment URL from the Sutro app (Settings → API Keys).";

/**
 * The API's own answer, before any fault. Every path lives under /v1, as on a real deployment. A promise only
 * for an upload, whose multipart body and Parquet file are read asynchronously.
 */
function answer(state: MockState, request: IncomingRequest, body: unknown, origin: string): Answer | Promise<Answer> {
  const { method, url } = request;
  const authorization = request.headers.get("authorization");
  if (state.options.retired) return error(410, RETIRED_DETAIL);
  const route = findRoute(method, url.pathname);
  if ("status" in route) return error(route.status, route.detail);
  const key = /^Key (\S+)$/.exec(authorization ?? "")?.[1];
  if (!key || (state.options.apiKey !== undefined && key !== state.options.apiKey)) return error(401, "Unauthorized");
  switch (route.name) {
    case "auth":
      return authenticated();
    case "quotas":
      return quotas();
    case "create":
      return createJob(state, body);
    case "results":
      return jobResults(state, body);
    case "list":
      return listJobs(state, url);
    case "createDataset":
      return createDataset(state.datasets);
    case "upload":
      return uploadToDataset(state.datasets, request);
    case "listDatasets":
      return listDatasets(state.datasets);
    case "datasetFiles":
      return listDatasetFiles(state.datasets, body);
    case "datasetDownload":
      return downloadFromDataset(state.datasets, body);
  }
  const job = state.find(route.id);
  if (!job) return error(404, `Job ${route.id} not found.`);
  switch (route.name) {
    case "get":
      return getJob(job);
    case "cancel":
      return cancelJob(state, job);
    case "resultsUrl":
      return resultsUrl(state, job, url, origin);
    case "progress":
      return jobProgress(state, job);
    case "status":
      return jobStatus(state, job);
  }
}

export function createMockApi(options: MockApiOptions = {}): MockApi {
  if (options.speed !== undefined && !(options.speed > 0 && Number.isFinite(options.speed))) {
    throw new RangeError(`speed must be a positive number (how many times faster than real time jobs live), got ${options.speed}.`);
  }
  const dataset = liveDataset(
    options.dataset ? fixedDataset(options.dataset) : seededDataset(options.jobs ?? 250, options.seed ?? 1, options.newest),
  );
  const clock = createClock(options.clock ?? "real", options.speed ?? 1);
  const lives = createLives(clock);
  const state: MockState = {
    options,
    dataset,
    lives,
    seed: options.seed ?? 1,
    artifacts: new Map<string, StoredArtifact>(),
    datasets: new Map(),
    find(jobId) {
      const index = dataset.indexOf(jobId);
      return index === undefined ? undefined : lives.current(dataset.at(index));
    },
  };
  if (options.examples) seedExamples(state);
  const faults = [...(options.faults ?? [])];
  const fired = new Map<FaultRule, number>();
  const seen = new Map<string, number>();
  const requests: MockApi["requests"] = [];
  let requestId = 0;

  /** Counts this request to `target` (a path, with its query for the API) and returns which attempt it is. */
  function attemptAt(target: string): number {
    const attempt = (seen.get(target) ?? 0) + 1;
    seen.set(target, attempt);
    return attempt;
  }

  /** The first rule for `target` that matches and has not fired its `times`, counted as fired (a cut upload's rules are cutBodyAt's). */
  function ruleFor(target: "api" | "artifacts", context: FaultContext): FaultRule | undefined {
    const rule = faults.find(
      (f) =>
        f.uploadResetAt === undefined &&
        targetOf(f) === target &&
        matches(f, context) &&
        (f.times === undefined || (fired.get(f) ?? 0) < f.times),
    );
    if (rule) fired.set(rule, (fired.get(rule) ?? 0) + 1);
    return rule;
  }

  function record(request: IncomingRequest, authorization: string | null, status: number, fault: FaultRule | undefined, body: unknown) {
    const { method, url } = request;
    const userAgent = request.headers.get("user-agent");
    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization,
      userAgent,
      status,
      fault,
      body,
    });
  }

  function handle(request: IncomingRequest): Reply | Promise<Reply> {
    // A browser's preflight, for the API and the results files alike.
    if (options.cors && request.method === "OPTIONS") {
      const headers = { ...CORS_HEADERS, "access-control-max-age": "600" };
      return { status: 204, headers, body: "", delay: 0, reset: undefined, truncateTo: undefined };
    }
    const reply = request.url.pathname.startsWith(ARTIFACT_PREFIX) ? artifact(request) : answerWithFaults(request);
    return reply instanceof Promise ? reply.then(withCors) : withCors(reply);
  }

  function withCors(reply: Reply): Reply {
    if (options.cors) Object.assign(reply.headers, CORS_HEADERS);
    return reply;
  }

  function artifact(request: IncomingRequest): Reply {
    const attempt = attemptAt(request.url.pathname);
    const rule = ruleFor("artifacts", { page: undefined, attempt, request: requests.length + 1, stream: false });
    const reply = storageReply(state, request, rule);
    record(request, request.headers.get("authorization"), reply.status, rule, undefined);
    return reply;
  }

  function answerWithFaults(request: IncomingRequest): Reply | Promise<Reply> {
    const { url } = request;
    const attempt = attemptAt(`${url.pathname}${url.search}`);
    let body: unknown;
    let unreadable = false;
    // A multipart upload is read by its handler; every other body is JSON.
    if (!request.headers.get("content-type")?.startsWith("multipart/")) {
      try {
        body = request.body ? JSON.parse(request.body) : undefined;
      } catch {
        unreadable = true;
      }
    }
    const origin = `http://${request.headers.get("host") ?? "mock.invalid"}`;
    const base = unreadable ? error(422, "The body is not JSON.") : answer(state, request, body, origin);
    return base instanceof Promise ? base.then((b) => withFaults(request, b, attempt, body)) : withFaults(request, base, attempt, body);
  }

  /** The answer as sent: bent by the fault rule that matches the request, if any, and recorded. */
  function withFaults(request: IncomingRequest, base: Answer, attempt: number, body: unknown): Reply {
    const authorization = request.headers.get("authorization");
    const rule = ruleFor("api", { page: base.page, attempt, request: requests.length + 1, stream: base.stream !== undefined });

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
    } else if (base.bytes) {
      headers["content-type"] = "application/octet-stream";
    } else if (rule && status === 200 && base.stream === undefined) {
      const bent = bendAnswer(rule, text, base.cursor);
      status = bent.status;
      text = bent.body;
      if (bent.html) headers["content-type"] = "text/html; charset=utf-8";
    }
    record(request, authorization, status, rule, body);
    const streamed = base.stream !== undefined && status === 200 && (!rule || rule.stream !== undefined);
    if (streamed) headers["content-type"] = "application/x-ndjson";
    return {
      status,
      headers,
      stream: streamed ? bendStream(base.stream as AsyncIterable<string>, rule) : undefined,
      body: rule?.status === undefined && base.bytes ? base.bytes : text,
      delay: rule?.stream ? 0 : (rule?.delay ?? 0),
      reset: rule?.stream === "cut" ? "mid-body" : rule?.reset,
      truncateTo: rule?.truncate ? Math.floor(new TextEncoder().encode(text).length / 2) : undefined,
    };
  }

  function cutBodyAt(request: Omit<IncomingRequest, "body" | "bytes">): number | undefined {
    if (!faults.some((f) => f.uploadResetAt !== undefined)) return undefined;
    const { url, headers } = request;
    // Only a body that will pass the byte: a chunked one, or one declared longer.
    const length = Number(headers.get("content-length") ?? 0);
    const big = (at: number) => headers.get("transfer-encoding")?.includes("chunked") || length > at;
    const context = {
      page: undefined,
      attempt: (seen.get(`${url.pathname}${url.search}`) ?? 0) + 1,
      request: requests.length + 1,
      stream: false,
    };
    const rule = faults.find(
      (f) =>
        f.uploadResetAt !== undefined &&
        big(f.uploadResetAt) &&
        matches(f, context) &&
        (f.times === undefined || (fired.get(f) ?? 0) < f.times),
    );
    if (!rule) return undefined;
    fired.set(rule, (fired.get(rule) ?? 0) + 1);
    attemptAt(`${url.pathname}${url.search}`);
    record(request, request.headers.get("authorization"), 0, rule, undefined);
    return rule.uploadResetAt;
  }

  return {
    handle,
    cutBodyAt,
    requests,
    faults,
    dataset,
    clock,
    advance: (ms) => clock.advance(ms),
    cursorAt: (offset) => encodeCursor(dataset.fingerprint, offset),
  };
}
