/**
 * The third hardening round (#20): inputs changed on the way, a path out of the chosen folder, presigned
 * URLs in errors, a created job said to be lost, request storms and swallowed callbacks. Each case failed
 * before its fix.
 */
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { inspect } from "node:util";
import type { MockServer } from "../../../mock/src/index.ts";
import {
  APITimeoutError,
  APIUserAbortError,
  InvalidRequestError,
  JobCreationUnknownError,
  type Logger,
  MalformedResponseError,
  type ProgressUpdate,
  UnprocessableEntityError,
} from "../../src/index.ts";
import { type Case, clientFor, collect, inDir, intercepting, type Runtime, withMock } from "./harness.ts";

/** A fetch that hands the real answer of every request whose URL holds `part` through `edit` first. */
function editing(part: string, edit: (text: string) => string) {
  return async (input: string | Request, init?: RequestInit): Promise<Response> => {
    const response = await globalThis.fetch(input, init);
    if (!String(input instanceof Request ? input.url : input).includes(part)) return response;
    return new Response(edit(await response.text()), { status: response.status, headers: response.headers });
  };
}

/** A results-url answer whose artifact is named `filename`. */
const named = (filename: string) =>
  editing("/results-url", (text) => JSON.stringify({ ...JSON.parse(text), artifact: { ...JSON.parse(text).artifact, filename } }));

const succeeded = (server: MockServer) => {
  for (let i = 0; ; i++) if (server.dataset.at(i).status === "SUCCEEDED") return server.dataset.at(i).job_id;
};
const running = (server: MockServer) => {
  for (let i = 0; ; i++) if (server.dataset.at(i).status === "RUNNING") return server.dataset.at(i).job_id;
};

const sink = (lines: string[]): Logger => {
  const add = (message: string) => lines.push(message);
  return { debug: add, info: add, warn: add, error: add };
};

/** Everything an error shows: its message, stack, inspection, JSON, and its cause's. */
const everything = (error: unknown) =>
  [inspect(error, { depth: 8 }), JSON.stringify(error), (error as Error).stack, inspect((error as Error).cause, { depth: 8 })].join("\n");

/** The signature of the job's presigned URLs, to look for where it must not be. */
async function signatureOf(rt: Runtime, server: MockServer, jobId: string): Promise<string> {
  const { urls } = await clientFor(rt, server).jobs.resultsURL(jobId);
  return new URL(urls.get).searchParams.get("X-Amz-Signature") as string;
}

export const hardeningCases: Case[] = [
  {
    name: "download() into a folder never trusts the server's file name with a path: ../ and . give <jobId>.parquet inside the folder",
    run: (rt) =>
      withMock({ jobs: 10, artifactBytes: 2_000 }, (server) =>
        inDir(async (root) => {
          const jobId = succeeded(server);
          const folder = join(root, "a", "b");
          mkdirSync(folder, { recursive: true });
          for (const hostile of ["../../escaped.parquet", "..", ".", "sub/dir.parquet", "bell\u0007.parquet", ""]) {
            const sutro = clientFor(rt, server, { fetch: named(hostile) });
            const { path } = await sutro.jobs.download(jobId, { to: folder });
            assert.equal(path, join(folder, `${jobId}.parquet`), hostile);
            rmSync(path as string);
          }
          assert.deepEqual(readdirSync(root), ["a"]);
          assert.deepEqual(readdirSync(folder), []);
          const { path } = await clientFor(rt, server, { fetch: named("kept-name.parquet") }).jobs.download(jobId, { to: folder });
          assert.equal(path, join(folder, "kept-name.parquet"));
        }),
      ),
  },
  {
    name: "download() to a path ending in a separator makes that folder before any byte is fetched, and writes the file in it",
    run: (rt) =>
      withMock({ jobs: 10, artifactBytes: 2_000 }, (server) =>
        inDir(async (root) => {
          const jobId = succeeded(server);
          const { path, bytes } = await clientFor(rt, server).jobs.download(jobId, { to: `${join(root, "new", "dir")}/` });
          assert.equal(path, join(root, "new", "dir", `${jobId}.parquet`));
          assert.equal(bytes, 2_000);
          assert.deepEqual(readdirSync(join(root, "new", "dir")), [`${jobId}.parquet`]);
        }),
      ),
  },
  {
    name: "a results-url answer cut short, or refused by validate: true, shows no presigned signature in the error, its JSON, inspection, stack or cause",
    run: (rt) =>
      withMock({ jobs: 10 }, async (server) => {
        const jobId = succeeded(server);
        const signature = await signatureOf(rt, server, jobId);
        const cut = clientFor(rt, server, { fetch: editing("/results-url", (text) => text.slice(0, -12)) });
        const truncated = await cut.jobs.resultsURL(jobId).catch((e: unknown) => e);
        assert.ok(truncated instanceof MalformedResponseError, String(truncated));
        const wrong = clientFor(rt, server, {
          validate: true,
          fetch: editing("/results-url", (text) => JSON.stringify({ ...JSON.parse(text), format: 42 })),
        });
        const invalid = await wrong.jobs.resultsURL(jobId).catch((e: unknown) => e);
        assert.ok(invalid instanceof MalformedResponseError, String(invalid));
        for (const error of [truncated, invalid]) {
          const shown = everything(error);
          assert.ok(!shown.includes(signature), shown);
          assert.match(shown, /\?\[redacted\]/);
        }
        // What is not a credential stays as it was: the job id, the format.
        assert.equal((invalid as MalformedResponseError & { body: { job_id: string } }).body.job_id, jobId);
      }),
  },
  {
    name: "create(): once the request may have reached the server, an abort or an answer cut short is JobCreationUnknownError with that cause",
    run: (rt) =>
      withMock({ jobs: 3 }, async (server) => {
        const sutro = clientFor(rt, server);
        const body = { inputs: ["a", "b"], model: "m", name: "twice" };

        server.faults.splice(0, server.faults.length, { request: server.requests.length + 1, truncate: true });
        const cut = await sutro.jobs.create(body).catch((e: unknown) => e);
        assert.ok(cut instanceof JobCreationUnknownError, String(cut));
        assert.ok(cut.cause instanceof MalformedResponseError);
        assert.equal(server.dataset.size, 4, "the job was created all the same");

        server.faults.splice(0, server.faults.length, { request: server.requests.length + 1, delay: 2_000 });
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 150);
        const aborted = await sutro.jobs.create(body, { signal: controller.signal }).catch((e: unknown) => e);
        assert.ok(aborted instanceof JobCreationUnknownError, String(aborted));
        assert.ok(aborted.cause instanceof APIUserAbortError);
        assert.match(aborted.message, /may or may not have been created/);

        // Refused (a definite 4xx) or aborted before sending: nothing was created, and that is said plainly.
        server.faults.splice(0, server.faults.length, { request: server.requests.length + 1, status: 422 });
        await assert.rejects(
          sutro.jobs.create(body),
          (e: unknown) => e instanceof UnprocessableEntityError && !(e instanceof JobCreationUnknownError),
        );
        server.faults.length = 0;
        const before = server.requests.length;
        await assert.rejects(sutro.jobs.create(body, { signal: AbortSignal.abort() }), APIUserAbortError);
        assert.equal(server.requests.length, before);
      }),
  },
  {
    name: "create() refuses what JSON would change or cannot send (a sparse array's hole, NaN, a BigInt) before any request",
    run: (rt) =>
      withMock({ jobs: 1 }, async (server) => {
        const sutro = clientFor(rt, server);
        // biome-ignore lint/suspicious/noSparseArray: the hole is the point.
        const holes = ["a", , "c"] as string[];
        const cases: [Parameters<typeof sutro.jobs.create>[0], RegExp][] = [
          [{ inputs: holes, model: "m" }, /inputs\[1\] is a hole/],
          [{ inputs: ["a"], model: "m", samplingParams: { temperature: Number.NaN } }, /samplingParams\.temperature is NaN/],
          [{ inputs: ["a"], model: "m", samplingParams: { top_p: Number.POSITIVE_INFINITY } }, /samplingParams\.top_p is Infinity/],
          [{ inputs: ["a"], model: "m", samplingParams: { seed: 10n as unknown as number } }, /samplingParams\.seed is a BigInt/],
          [{ inputs: [{ id: 1n as unknown as number }], model: "fn" }, /inputs\[0\]\.id is a BigInt/],
        ];
        for (const [params, words] of cases) {
          await assert.rejects(
            sutro.jobs.create(params),
            (e: unknown) => e instanceof InvalidRequestError && words.test((e as Error).message),
          );
        }
        assert.equal(server.requests.length, 0);
      }),
  },
  {
    name: "wait() backs off before reopening a progress stream that keeps ending early, then polls: no request storm",
    run: (rt) =>
      withMock({ jobs: 30 }, async (server) => {
        // Every stream gives one line and is cut, while the job runs on.
        server.faults.push({ stream: "cut" });
        const jobId = running(server);
        const sutro = clientFor(rt, server, { timeout: 1_000 });
        await assert.rejects(sutro.jobs.wait(jobId, { pollInterval: 500, deadline: 2_500 }), APITimeoutError);
        const streams = server.requests.filter((r) => r.path.startsWith("/v1/stream-job-progress/")).length;
        // A cut can lose the line before it too (TCP may deliver the reset first): then one stream is enough to poll.
        assert.ok(streams >= 1 && streams <= 3, `${streams} streams`);
        assert.ok(server.requests.length <= 14, `${server.requests.length} requests in 2.5 s`);
      }),
  },
  {
    name: "a throwing onProgress rejects wait() and download() with that very exception, at once: no reconnects, nothing left at the path",
    run: (rt) =>
      withMock({ jobs: 30, artifactBytes: 600_000, faults: [{ stallAt: 300_000, delay: 300, target: "artifacts" }] }, (server) =>
        inDir(async (dir) => {
          const sutro = clientFor(rt, server);
          const mine = new Error("my callback broke");
          const waited = await sutro.jobs
            .wait(running(server), {
              deadline: 5_000,
              onProgress: () => {
                throw mine;
              },
            })
            .catch((e: unknown) => e);
          assert.equal(waited, mine);
          assert.equal(server.requests.filter((r) => r.path.startsWith("/v1/stream-job-progress/")).length, 1);

          const path = join(dir, "results.parquet");
          const downloaded = await sutro.jobs
            .download(succeeded(server), {
              to: path,
              onProgress: () => {
                throw mine;
              },
            })
            .catch((e: unknown) => e);
          assert.equal(downloaded, mine);
          assert.equal(server.requests.filter((r) => r.path.startsWith("/__artifacts/")).length, 1);
          assert.deepEqual(readdirSync(dir), []);
        }),
      ),
  },
  {
    name: "wait({ deadline }) is checked like every duration: NaN, a string, 0 and -5 are refused before any request; 30 days is not 3 ms",
    run: (rt) =>
      withMock({ jobs: 30 }, async (server) => {
        const sutro = clientFor(rt, server);
        const jobId = running(server);
        for (const deadline of [Number.NaN, "5000", 0, -5]) {
          await assert.rejects(sutro.jobs.wait(jobId, { deadline: deadline as number }), InvalidRequestError);
        }
        assert.equal(server.requests.length, 0);
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 400);
        // Past what a timer can wait: clamped, so it means "that long", never "at once".
        await assert.rejects(
          sutro.jobs.wait(jobId, { deadline: 30 * 24 * 3_600_000, signal: controller.signal }),
          (e: unknown) => e instanceof APIUserAbortError,
        );
      }),
  },
  {
    name: "progress(): blank heartbeat lines keep a stream alive past its idle timeout",
    run: (rt) =>
      withMock({ jobs: 1 }, async (server) => {
        const encoder = new TextEncoder();
        // A server that sends a blank line every 100 ms for 800 ms, then an update; its body fails when the
        // request is aborted, as a real connection's does.
        const heartbeats = (input: string | Request, init?: RequestInit): Promise<Response> => {
          if (!String(input).includes("/stream-job-progress/")) return globalThis.fetch(input, init);
          let beats = 0;
          let timer: ReturnType<typeof setInterval> | undefined;
          const body = new ReadableStream<Uint8Array>({
            start(controller) {
              init?.signal?.addEventListener("abort", () => {
                clearInterval(timer);
                controller.error(init.signal?.reason);
              });
              timer = setInterval(() => {
                if (++beats <= 8) return controller.enqueue(encoder.encode("\n"));
                clearInterval(timer);
                controller.enqueue(encoder.encode(`${JSON.stringify({ update_type: "progress", result: 7 })}\n`));
                controller.close();
              }, 100);
            },
            cancel: () => clearInterval(timer),
          });
          return Promise.resolve(new Response(body, { headers: { "content-type": "application/x-ndjson" } }));
        };
        const sutro = clientFor(rt, server, { fetch: heartbeats, timeout: 500 });
        assert.deepEqual(await collect(sutro.jobs.progress("batch_job_1")), [{ type: "progress", rowsDone: 7 }]);
      }),
  },
  {
    name: "progress(): a 200 that is a web page is a MalformedResponseError; lines that are not JSON are warned of once a stream",
    run: (rt) =>
      withMock({ jobs: 30, speed: 20 }, async (server) => {
        const page = intercepting(
          "/stream-job-progress/",
          () => new Response("<!doctype html><p>Welcome</p>\n", { headers: { "content-type": "text/html; charset=utf-8" } }),
        );
        await assert.rejects(collect(clientFor(rt, server, { fetch: page.fetch }).jobs.progress("batch_job_1")), MalformedResponseError);

        const warnings: string[] = [];
        const sutro = clientFor(rt, server, { logLevel: "warn", logger: sink(warnings) });
        const { jobId } = await sutro.jobs.create({ inputs: Array.from({ length: 500 }, (_, i) => `row ${i}`), model: "m" });
        server.faults.push({ stream: "garbage" });
        const got: ProgressUpdate[] = [];
        for await (const update of sutro.jobs.progress(jobId)) if (got.push(update) === 8) break;
        server.faults.length = 0;
        assert.equal(warnings.filter((w) => /not JSON/.test(w)).length, 1, warnings.join("\n"));
      }),
  },
  {
    name: "results(): an answer without results, with null results or without outputs is a MalformedResponseError; a __proto__ column is a column",
    run: (rt) =>
      withMock({ jobs: 1 }, async (server) => {
        for (const body of [{ message: "ok" }, { results: null }, { results: { inputs: ["a"] } }, { results: ["a"] }]) {
          const odd = intercepting("/job-results", () => Response.json(body));
          await assert.rejects(clientFor(rt, server, { fetch: odd.fetch }).jobs.results("batch_job_1"), MalformedResponseError);
        }
        const hostile = intercepting(
          "/job-results",
          () =>
            new Response('{"results": {"outputs": ["x"], "__proto__": [{"polluted": true}]}}', {
              headers: { "content-type": "application/json" },
            }),
        );
        const [row] = await clientFor(rt, server, { fetch: hostile.fetch }).jobs.results("batch_job_1");
        assert.equal(Object.getPrototypeOf(row), Object.prototype);
        assert.deepEqual(Object.getOwnPropertyDescriptor(row, "__proto__")?.value, { polluted: true });
        assert.equal((row as { polluted?: unknown }).polluted, undefined);
      }),
  },
  {
    name: "a 422 speaks of cursors only when a cursor was sent",
    run: (rt) =>
      withMock({ jobs: 3, faults: [{ request: 1, status: 422 }] }, async (server) => {
        const sutro = clientFor(rt, server);
        const created = await sutro.jobs.create({ inputs: ["a"], model: "m" }).catch((e: unknown) => e);
        assert.ok(created instanceof UnprocessableEntityError);
        assert.doesNotMatch(created.message, /cursor/);
        const listed = await sutro.jobs.list({ limit: 2, cursor: "not-one-of-ours" }).catch((e: unknown) => e);
        assert.ok(listed instanceof UnprocessableEntityError);
        assert.match(listed.message, /the cursor must be a next_cursor the server returned/);
      }),
  },
];
