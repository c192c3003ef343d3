import assert from "node:assert/strict";
import type { FaultRule } from "../../../mock/src/index.ts";
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  GoneError,
  InternalServerError,
  MalformedResponseError,
  NotFoundError,
  RateLimitError,
  type RetryInfo,
  UnprocessableEntityError,
  Sutro as WebSutro,
} from "../../src/index.ts";
import { API_KEY, type Case, clientFor, collect, type Runtime, serverIds, withMock } from "./harness.ts";

/** Runs `fn`, expecting it to throw an instance of `type`; returns the error. */
async function rejects<E>(fn: () => Promise<unknown>, type: abstract new (...args: any[]) => E): Promise<E> {
  try {
    await fn();
  } catch (error) {
    assert.ok(error instanceof type, `expected ${type.name}, got ${(error as Error)?.name}: ${(error as Error)?.message}`);
    return error;
  }
  assert.fail(`expected ${type.name}, but the call succeeded`);
}

const elapsed = (since: number) => performance.now() - since;

/** One page request against a mock with these faults; the outcome, the requests the server saw, the retries the client made. */
function recovers(name: string, faults: FaultRule[], expectedRequests: number): Case {
  return {
    name: `recovers from ${name} with ${expectedRequests} requests`,
    run: (rt) =>
      withMock({ jobs: 30, faults }, async (server) => {
        const retries: RetryInfo[] = [];
        const page = await clientFor(rt, server, { timeout: 300, onRetry: (info) => retries.push(info) }).jobs.list({ limit: 10 });
        assert.deepEqual(
          page.jobs.map((j) => j.job_id),
          serverIds(server, 0, 10),
        );
        assert.equal(server.requests.length, expectedRequests);
        assert.equal(retries.length, expectedRequests - 1);
        assert.deepEqual(
          retries.map((r) => r.attempt),
          Array.from({ length: expectedRequests - 1 }, (_, i) => i + 1),
        );
      }),
  };
}

function fails<E>(
  name: string,
  faults: FaultRule[],
  type: abstract new (...args: any[]) => E,
  expectedRequests: number,
  check?: (e: E) => void,
): Case {
  return {
    name: `${name} ends in ${type.name} after ${expectedRequests} request${expectedRequests === 1 ? "" : "s"}`,
    run: (rt) =>
      withMock({ jobs: 30, faults }, async (server) => {
        const error = await rejects(() => clientFor(rt, server, { timeout: 300 }).jobs.list({ limit: 10 }), type);
        assert.equal(server.requests.length, expectedRequests);
        check?.(error);
      }),
  };
}

const iterateThrough = (rt: Runtime, faults: FaultRule[], jobs = 350) =>
  withMock({ jobs, faults }, async (server) => {
    const ids = (await collect(clientFor(rt, server, { timeout: 300 }).jobs.iterate({ pageSize: 50 }))).map((j) => j.job_id);
    assert.deepEqual(ids, serverIds(server));
    return server.requests.length;
  });

export const faultCases: Case[] = [
  {
    name: "an attempt's AbortSignal is reused only while never aborted, for at most 64 attempts; a timed-out one never again",
    run: (rt) =>
      withMock({ jobs: 3, faults: [{ request: 100, delay: 1_000 }] }, async (server) => {
        const uses = new Map<AbortSignal, number>();
        let timedOut: AbortSignal | undefined;
        const fetch = (input: string | Request, init?: RequestInit) => {
          const signal = init?.signal as AbortSignal;
          assert.equal(signal.aborted, false, "an aborted signal was handed to fetch");
          assert.notEqual(signal, timedOut, "the signal of a timed-out attempt was reused");
          uses.set(signal, (uses.get(signal) ?? 0) + 1);
          signal.addEventListener("abort", () => {
            timedOut = signal;
          });
          return globalThis.fetch(input, init);
        };
        const sutro = clientFor(rt, server, { fetch, timeout: 200, maxRetries: 1 });
        const id = server.dataset.at(0).job_id;
        // Request 100 stalls past the timeout: its attempt is aborted and retried with a fresh signal.
        for (let i = 0; i < 200; i++) await sutro.jobs.get(id);
        assert.ok(timedOut, "the stalled attempt timed out");
        assert.equal(server.requests.length, 201);
        assert.ok(
          [...uses.values()].every((n) => n <= 64),
          "no signal served more than 64 attempts",
        );
        assert.ok(uses.size >= 4 && uses.size < 20, `${uses.size} signals for 201 attempts`);
      }),
  },
  {
    name: "a signal nobody listens to any more serves on past 64 attempts where the runtime counts listeners; the web entry, which cannot, takes a fresh one",
    run: (rt) =>
      withMock({ jobs: 3 }, async (server) => {
        const uses = new Map<AbortSignal, number>();
        // Listens while its request is in flight and lets go when it ends, as Deno's and Bun's fetch do (the
        // runtime's fetch underneath gets no signal: Node's would keep a listener of its own).
        const fetch = async (input: string | Request, init?: RequestInit) => {
          const signal = init?.signal as AbortSignal;
          uses.set(signal, (uses.get(signal) ?? 0) + 1);
          const onAbort = () => {};
          signal.addEventListener("abort", onAbort);
          try {
            return await globalThis.fetch(input, { ...init, signal: null });
          } finally {
            signal.removeEventListener("abort", onAbort);
          }
        };
        const id = server.dataset.at(0).job_id;
        const entry = clientFor(rt, server, { fetch });
        for (let i = 0; i < 150; i++) await entry.jobs.get(id);
        assert.deepEqual([...uses.values()], [150], `${rt.name}: one signal for every attempt`);
        uses.clear();
        const web = new WebSutro({ apiKey: API_KEY, apiURL: server.apiURL, logLevel: "off", fetch });
        for (let i = 0; i < 150; i++) await web.jobs.get(id);
        assert.deepEqual([...uses.values()], [64, 64, 22], "the web entry: at most 64 attempts a signal");
      }),
  },
  // Retried statuses and connection failures recover.
  ...[408, 409, 429, 500, 502, 503, 504, 524].map((status) => recovers(`a ${status}`, [{ attempt: 1, status }], 2)),
  recovers("two 503s in a row (maxRetries 2)", [{ times: 2, status: 503 }], 3),
  recovers("a connection reset before the headers", [{ attempt: 1, reset: "before-headers" }], 2),
  recovers("a connection reset mid-body", [{ attempt: 1, reset: "mid-body" }], 2),
  recovers("an attempt that outlives its timeout", [{ attempt: 1, delay: 2_000 }], 2),

  // What is not retried, or runs out of retries, ends in its typed error.
  fails("a 500 on every attempt", [{ status: 500 }], InternalServerError, 3, (e) => {
    assert.equal(e.status, 500);
    assert.match(e.requestId ?? "", /^req_mock_/);
  }),
  fails("a reset on every attempt", [{ reset: "before-headers" }], APIConnectionError, 3),
  fails("a stall on every attempt", [{ delay: 2_000 }], APITimeoutError, 3),
  fails("a 401", [{ status: 401 }], AuthenticationError, 1, (e) => {
    assert.match(
      e.message,
      /^GET http:\/\/127\.0\.0\.1:\d+\/v1\/list-jobs\?limit=10 failed with 401: Injected 401\. Check the API key: it came from the `apiKey` option/,
    );
    assert.deepEqual(e.body, { detail: "Injected 401." });
    assert.equal(e.headers?.get("content-type"), "application/json");
    assert.deepEqual(e.request?.method, "GET");
  }),
  fails("a 404", [{ status: 404 }], NotFoundError, 1),
  fails("a 422", [{ status: 422 }], UnprocessableEntityError, 1),
  fails("a truncated body", [{ truncate: true }], MalformedResponseError, 1, (e) => assert.match(e.message, /not the JSON the API sends/)),
  fails("an HTML page with status 200", [{ html: true }], MalformedResponseError, 1, (e) => {
    assert.match(e.message, /text\/html/);
    assert.match(e.message, /Check the deployment URL/);
  }),
  fails("a 410 from a retired host (never retried)", [{ status: 410 }], GoneError, 1, (e) => {
    assert.equal(e.status, 410);
    assert.match(e.message, /failed with 410: Injected 410\. Sutro now gives every customer a deployment of its own/);
  }),
  fails("jobs that is not an array", [{ shape: "jobs-not-array" }], MalformedResponseError, 1, (e) =>
    assert.match(e.message, /"jobs" as object/),
  ),
  fails("a next_cursor that is a number", [{ shape: "bad-next-cursor" }], MalformedResponseError, 1, (e) =>
    assert.match(e.message, /"next_cursor" as number/),
  ),
  fails("a bare array instead of an object", [{ shape: "not-an-object" }], MalformedResponseError, 1),

  {
    name: "Retry-After forms: retry-after-ms is waited out; seconds and HTTP dates beyond maxRetryAfter surface as RateLimitError",
    run: (rt) =>
      withMock({ jobs: 30, faults: [{ request: 1, status: 429, retryAfterMs: 120 }] }, async (server) => {
        const sutro = clientFor(rt, server, { maxRetryAfter: 5_000 });
        const started = performance.now();
        await sutro.jobs.list({ limit: 5 });
        assert.ok(elapsed(started) >= 110, `waited only ${elapsed(started)} ms`);
        assert.equal(server.requests.length, 2);

        server.faults.push({ request: 3, status: 429, retryAfter: 120 }, { request: 4, status: 503, retryAfterDate: 30 });
        const seconds = await rejects(() => sutro.jobs.list({ limit: 5 }), RateLimitError);
        assert.equal(seconds.retryAfter, 120_000);
        assert.match(seconds.message, /asked to wait 120 s/);
        const dated = await rejects(() => sutro.jobs.list({ limit: 5 }), InternalServerError);
        assert.equal(dated.status, 503);
        assert.equal(server.requests.length, 4, "neither long wait was slept through or retried");
      }),
  },
  {
    name: "a malformed Retry-After (-5, '1 2', 1.5, a date of no HTTP form) falls back to the backoff; the three HTTP-date forms are honoured",
    run: (rt) =>
      withMock({ jobs: 30 }, async (server) => {
        const delays: number[] = [];
        const sutro = clientFor(rt, server, {
          retryBackoff: { initialDelay: 40, maxDelay: 40 },
          onRetry: (info) => delays.push(info.delay),
        });
        for (const raw of ["-5", "1 2", "1.5", "2026-01-15T10:00:00Z", "soon"]) {
          server.faults.splice(0, server.faults.length, { times: 1, status: 503, retryAfterRaw: raw });
          delays.length = 0;
          await sutro.jobs.list({ limit: 5 });
          server.requests.length = 0;
          assert.equal(delays.length, 1);
          assert.ok((delays[0] as number) >= 30 && (delays[0] as number) <= 40, `"${raw}" waited ${delays[0]} ms, not the backoff`);
        }
        server.faults.splice(0, server.faults.length, { status: 429, retryAfterRaw: "-5" });
        const error = await rejects(() => clientFor(rt, server, { maxRetries: 0 }).jobs.list({ limit: 5 }), RateLimitError);
        assert.equal(error.retryAfter, undefined, "a Retry-After of -5 is no wait at all, not 0 ms");
        const inTwoSeconds = new Date(Math.ceil(Date.now() / 1000) * 1000 + 2_000);
        const imf = inTwoSeconds.toUTCString();
        const day = imf.slice(5, 7);
        const [weekday, month, year, time] = [imf.slice(0, 3), imf.slice(8, 11), imf.slice(12, 16), imf.slice(17, 25)];
        const long = { Sun: "Sunday", Mon: "Monday", Tue: "Tuesday", Wed: "Wednesday", Thu: "Thursday", Fri: "Friday", Sat: "Saturday" }[
          weekday
        ];
        for (const form of [
          imf,
          `${long}, ${day}-${month}-${year.slice(2)} ${time} GMT`,
          `${weekday} ${month} ${day.replace(/^0/, " ")} ${time} ${year}`,
        ]) {
          server.faults.splice(0, server.faults.length, { status: 429, retryAfterRaw: form });
          const dated = await rejects(() => clientFor(rt, server, { maxRetries: 0 }).jobs.list({ limit: 5 }), RateLimitError);
          assert.ok(dated.retryAfter !== undefined && dated.retryAfter > 0 && dated.retryAfter <= 3_000, `"${form}" → ${dated.retryAfter}`);
        }
        server.faults.length = 0;
      }),
  },
  {
    name: "iterate({ deadline }) bounds the whole run, not each page",
    run: (rt) =>
      withMock({ jobs: 1_000, faults: [{ delay: 40 }] }, async (server) => {
        const started = performance.now();
        let seen = 0;
        const run = clientFor(rt, server).jobs.iterate({ pageSize: 100, deadline: 150 });
        const error = await rejects(async () => {
          for await (const _ of run) seen++;
        }, APITimeoutError);
        assert.match(error.message, /iterate\(\) ran out of its 150 ms deadline|deadline/);
        // Ten pages of 40 ms each would all succeed under a per-page deadline; the run's deadline stops it.
        assert.ok(elapsed(started) < 1_000, `took ${elapsed(started)} ms`);
        assert.ok(seen < 1_000, `saw ${seen} jobs`);
        assert.ok(server.requests.length < 10);
      }),
  },
  {
    name: "a deadline bounds the whole call, attempts and waits included",
    run: (rt) =>
      withMock({ jobs: 30, faults: [{ delay: 150 }] }, async (server) => {
        const started = performance.now();
        const error = await rejects(
          () => clientFor(rt, server, { timeout: 100 }).jobs.list({ limit: 5 }, { deadline: 250 }),
          APITimeoutError,
        );
        assert.ok(elapsed(started) < 600, `took ${elapsed(started)} ms`);
        assert.match(error.message, /deadline|timeout/);
        assert.ok(server.requests.length <= 3);
      }),
  },
  {
    name: "attempts in flight each time out at their own timeout, a shorter one set after a longer one included",
    run: (rt) =>
      withMock({ jobs: 30, faults: [{ delay: 3_000 }] }, async (server) => {
        const sutro = clientFor(rt, server, { maxRetries: 0 });
        const started = performance.now();
        let longEnded = 0;
        const long = rejects(() => sutro.jobs.list({ limit: 5 }, { timeout: 700 }), APITimeoutError).finally(() => {
          longEnded = elapsed(started);
        });
        await rejects(() => sutro.jobs.list({ limit: 5 }, { timeout: 100 }), APITimeoutError);
        assert.ok(elapsed(started) < 600, `the 100 ms timeout ended after ${elapsed(started)} ms`);
        assert.equal(longEnded, 0, "the 700 ms attempt ended with the 100 ms one");
        assert.match((await long).message, /700 ms timeout/);
        assert.ok(longEnded >= 690 && longEnded < 2_500, `the 700 ms timeout ended after ${longEnded} ms`);
      }),
  },
  {
    name: "a timeout still fires on time while quicker calls with longer timeouts come and go",
    run: (rt) =>
      withMock({ jobs: 30 }, async (server) => {
        const [stalled, quick] = serverIds(server, 0, 2);
        // GET /jobs/<stalled> never answers until its attempt is aborted.
        const fetch = (input: string | Request, init?: RequestInit): Promise<Response> => {
          if (!String(input).endsWith(`/jobs/${stalled}`)) return globalThis.fetch(input, init);
          return new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
        };
        const sutro = clientFor(rt, server, { fetch, maxRetries: 0 });
        const started = performance.now();
        const timedOut = rejects(() => sutro.jobs.get(stalled as string, { timeout: 300 }), APITimeoutError);
        for (let i = 0; i < 20; i++) await sutro.jobs.get(quick as string, { timeout: 30_000 });
        await timedOut;
        const took = elapsed(started);
        assert.ok(took >= 290 && took < 2_000, `the 300 ms timeout ended after ${took} ms`);
      }),
  },
  {
    name: "a failed POST's error names the request by method and URL only: nothing of the body it sent",
    run: (rt) =>
      withMock(
        {
          jobs: 3,
          faults: [
            { request: 1, html: true },
            { request: 2, status: 422 },
            { request: 3, shape: "not-an-object" },
          ],
        },
        async (server) => {
          const sutro = clientFor(rt, server, { maxRetries: 0 });
          const secret = "the body's own words";
          const body = { job_id: `${server.dataset.at(0).job_id}`, include_inputs: true, note: secret } as never;
          for (const type of [MalformedResponseError, UnprocessableEntityError, MalformedResponseError]) {
            const e = await rejects(() => sutro.api.getJobResults({ body }), type);
            assert.deepEqual(e.request, { method: "POST", url: `${server.apiURL}/job-results` });
            assert.ok(!JSON.stringify(e).includes(secret) && !e.message.includes(secret), "the body reached the error");
          }
        },
      ),
  },
  {
    name: "a caller's AbortSignal stops only its own call: attempts started with it, and after it, carry on",
    run: (rt) =>
      withMock({ jobs: 30, faults: [{ delay: 300 }] }, async (server) => {
        const sutro = clientFor(rt, server, { maxRetries: 0 });
        const [a, b] = serverIds(server, 0, 2);
        const controller = new AbortController();
        const before = sutro.jobs.get(a as string);
        const aborted = sutro.jobs.get(b as string, { signal: controller.signal });
        const after = sutro.jobs.get(a as string);
        setTimeout(() => controller.abort(), 50);
        await rejects(() => aborted, APIUserAbortError);
        assert.deepEqual([(await before).job_id, (await after).job_id], [a, a]);
        assert.equal((await sutro.jobs.get(b as string)).job_id, b, "the next call is not aborted");
      }),
  },
  {
    name: "an AbortSignal stops a backoff sleep at once with APIUserAbortError",
    run: (rt) =>
      withMock({ jobs: 30, faults: [{ status: 503, retryAfterMs: 5_000 }] }, async (server) => {
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 50);
        const started = performance.now();
        await rejects(() => clientFor(rt, server).jobs.list({ limit: 5 }, { signal: controller.signal }), APIUserAbortError);
        assert.ok(elapsed(started) < 1_000, `took ${elapsed(started)} ms`);
        assert.equal(server.requests.length, 1);
      }),
  },
  {
    name: "an AbortSignal stops a request in flight, and an aborted signal sends nothing",
    run: (rt) =>
      withMock({ jobs: 30, faults: [{ delay: 3_000 }] }, async (server) => {
        const sutro = clientFor(rt, server);
        const started = performance.now();
        await rejects(() => sutro.jobs.list({ limit: 5 }, { signal: AbortSignal.timeout(50) }), APIUserAbortError);
        assert.ok(elapsed(started) < 1_000);
        const before = server.requests.length;
        const aborted = new AbortController();
        aborted.abort();
        await rejects(() => collect(sutro.jobs.iterate({ signal: aborted.signal })), APIUserAbortError);
        assert.equal(server.requests.length, before);
      }),
  },
  {
    name: "per-call maxRetries overrides the client's",
    run: (rt) =>
      withMock({ jobs: 30, faults: [{ status: 503 }] }, async (server) => {
        await rejects(() => clientFor(rt, server, { maxRetries: 5 }).jobs.list({ limit: 5 }, { maxRetries: 0 }), InternalServerError);
        assert.equal(server.requests.length, 1);
      }),
  },
  {
    name: "raw gets the same retries and keeps { data, error }; a non-idempotent request is never retried",
    run: (rt) =>
      withMock({ jobs: 30, faults: [{ attempt: 1, status: 503 }] }, async (server) => {
        const sutro = clientFor(rt, server);
        const { data } = await sutro.raw.GET("/list-jobs", { params: { query: { limit: 5 } } });
        assert.equal(data?.jobs.length, 5);
        assert.equal(server.requests.length, 2);

        server.requests.length = 0;
        const posted = await (sutro.raw.request as unknown as (method: string, url: string) => Promise<{ response: Response }>)(
          "post",
          "/list-jobs",
        );
        assert.equal(posted.response.status, 503);
        assert.equal(server.requests.length, 1);
      }),
  },
  {
    name: "retries are told to the logger at info level",
    run: (rt) =>
      withMock({ jobs: 30, faults: [{ attempt: 1, status: 502 }] }, async (server) => {
        const lines: string[] = [];
        const sink = (message: string) => lines.push(message);
        const logger = { debug: sink, info: sink, warn: sink, error: sink };
        await clientFor(rt, server, { logLevel: "info", logger }).jobs.list({ limit: 5 });
        assert.equal(lines.length, 1);
        assert.match(
          lines[0] ?? "",
          /^\[sutro\] retrying GET http:\/\/127\.0\.0\.1:\d+\/v1\/list-jobs\?limit=5 in \d+ ms after 502 \(attempt 1 of 3\)$/,
        );
      }),
  },

  // Pagination under faults: a retry repeats only the failed page.
  {
    name: "iterate retries only the failed page: transient faults on pages 2, 3, 5 and 7 lose and repeat nothing",
    run: async (rt) => {
      const requests = await iterateThrough(rt, [
        { page: 2, attempt: 1, status: 503 },
        { page: 3, attempt: 1, reset: "mid-body" },
        { page: 5, attempt: 1, status: 429, retryAfterMs: 1 },
        { page: 7, attempt: 1, reset: "before-headers" },
      ]);
      assert.equal(requests, 7 + 4);
    },
  },
  {
    name: "iterate stops with MalformedResponseError when the server sends a cursor twice",
    run: (rt) =>
      withMock({ jobs: 500, faults: [{ page: 3, loop: true }] }, async (server) => {
        const it = clientFor(rt, server).jobs.iterate({ pageSize: 50 });
        const seen: string[] = [];
        const error = await rejects(async () => {
          for await (const job of it) seen.push(job.job_id);
        }, MalformedResponseError);
        assert.match(error.message, /a second time/);
        assert.deepEqual(seen, serverIds(server, 0, 150), "the pages before the loop were all yielded, once");
        assert.equal(server.requests.length, 3);
      }),
  },
  {
    name: "iterate fails on a malformed page instead of ending early with a short list",
    run: (rt) =>
      withMock({ jobs: 300, faults: [{ page: 4, shape: "jobs-not-array" }] }, async (server) => {
        await rejects(() => collect(clientFor(rt, server).jobs.iterate({ pageSize: 50 })), MalformedResponseError);
        assert.equal(server.requests.length, 4);
      }),
  },
];
