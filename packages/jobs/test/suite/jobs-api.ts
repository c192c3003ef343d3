import assert from "node:assert/strict";
import {
  APIConnectionError,
  AuthenticationError,
  InternalServerError,
  InvalidRequestError,
  JobCreationUnknownError,
  JobNotSucceededError,
  MalformedResponseError,
  NotFoundError,
  normalizeStatus,
  type Sutro,
  UnprocessableEntityError,
} from "../../src/index.ts";
import { type Case, clientFor, intercepting, withMock } from "./harness.ts";

const INPUTS = ["The delivery was late.", "Great service!", "It was fine."];

/** `fn` must be refused with InvalidRequestError matching `message`, and send nothing. */
async function refusedBeforeSending(sutro: Sutro, requests: unknown[], message: RegExp, fn: () => Promise<unknown>) {
  await assert.rejects(fn(), (error: unknown) => error instanceof InvalidRequestError && message.test((error as Error).message));
  assert.equal(requests.length, 0);
  void sutro;
}

export const jobsApiCases: Case[] = [
  {
    name: "create → get → status follows a job from QUEUED to SUCCEEDED on the mock's clock; results are one row per input, in order",
    run: (rt) =>
      withMock({ jobs: 5, clock: "manual" }, async (server) => {
        const sutro = clientFor(rt, server);
        const { jobId } = await sutro.jobs.create({ inputs: INPUTS, model: "gpt-oss-20b", name: "Reviews", systemPrompt: "Classify." });
        assert.equal((await sutro.jobs.list({ limit: 1 })).jobs[0]?.job_id, jobId, "the newest job");
        const created = await sutro.jobs.get(jobId);
        assert.deepEqual([created.status, created.name, created.num_rows], ["QUEUED", "Reviews", 3]);
        assert.equal(await sutro.jobs.status(jobId), "QUEUED");
        server.advance(1_500);
        assert.equal(await sutro.jobs.status(jobId), "STARTING");
        server.advance(600);
        assert.equal(await sutro.jobs.status(jobId), "RUNNING");
        await assert.rejects(
          sutro.jobs.results(jobId),
          (e: unknown) => e instanceof JobNotSucceededError && /RUNNING/.test((e as Error).message),
        );
        // The spec names that 409 (NotSucceeded), so the generated methods say it the same way.
        await assert.rejects(sutro.api.getJobResults({ body: { job_id: jobId } }), JobNotSucceededError);
        await assert.rejects(sutro.api.getResultsUrl({ path: { job_id: jobId } }), JobNotSucceededError);
        server.advance(1_000);
        assert.equal(await sutro.jobs.status(jobId), "SUCCEEDED");
        const rows = await sutro.jobs.results(jobId, { includeInputs: true, includeCumulativeLogprobs: true });
        assert.deepEqual(
          rows.map((r) => [r.input, r.output]),
          INPUTS.map((input) => [input, `Processed: ${input}`]),
        );
        assert.ok(rows.every((r) => typeof r.cumulativeLogprob === "number"));
        const columns = await sutro.jobs.resultsColumns(jobId);
        assert.deepEqual(Object.keys(columns), ["outputs"]);
        const sent = server.requests.find((r) => r.path === "/v1/batch-inference")?.body;
        assert.deepEqual(sent, { inputs: INPUTS, model: "gpt-oss-20b", name: "Reviews", system_prompt: "Classify." });
      }),
  },
  {
    name: "a json_schema job's outputs are JSON strings that match it; a failed job says why in statusDetail",
    run: (rt) =>
      withMock({ jobs: 0, clock: "manual" }, async (server) => {
        const sutro = clientFor(rt, server);
        const jsonSchema = {
          type: "object",
          properties: { sentiment: { type: "string", enum: ["positive", "negative"] } },
          required: ["sentiment"],
        };
        const { jobId } = await sutro.jobs.create({ inputs: INPUTS, model: "m", jsonSchema });
        const failing = (await sutro.jobs.create({ inputs: ["ok", "FAIL please"], model: "m" })).jobId;
        server.advance(60_000);
        for (const row of await sutro.jobs.results(jobId)) assert.ok(["positive", "negative"].includes(JSON.parse(row.output).sentiment));
        const detail = await sutro.jobs.statusDetail(failing);
        assert.equal(detail.status, "FAILED");
        assert.match(detail.failureReason?.message ?? "", /FAIL/);
        assert.match(detail.message ?? "", /retrieved/);
      }),
  },
  {
    name: "both status shapes: the map keyed by id, and the older plain lower-case string",
    run: async (rt) => {
      for (const legacyStatusShape of [false, true]) {
        await withMock({ jobs: 12, legacyStatusShape }, async (server) => {
          const sutro = clientFor(rt, server);
          for (let i = 0; i < 12; i++) {
            const job = server.dataset.at(i);
            const status = await sutro.jobs.status(job.job_id);
            assert.equal(normalizeStatus(status), normalizeStatus(job.status));
            assert.equal(status === status.toLowerCase(), legacyStatusShape || job.status === job.status.toLowerCase());
          }
        });
      }
    },
  },
  {
    name: "cancel moves a running job to CANCELLING, then CANCELLED; cancelling a finished job is cancelled: false with the server's message",
    run: (rt) =>
      withMock({ jobs: 3, clock: "manual" }, async (server) => {
        const sutro = clientFor(rt, server);
        const { jobId } = await sutro.jobs.create({ inputs: INPUTS, model: "m" });
        server.advance(2_100);
        assert.equal(await sutro.jobs.status(jobId), "RUNNING");
        const cancelled = await sutro.jobs.cancel(jobId);
        assert.equal(cancelled.cancelled, true);
        assert.match(cancelled.message, /Cancelling job/);
        assert.equal(await sutro.jobs.status(jobId), "CANCELLING");
        server.advance(1_000);
        assert.equal((await sutro.jobs.get(jobId)).status, "CANCELLED");
        const again = await sutro.jobs.cancel(jobId);
        assert.deepEqual([again.cancelled, /already CANCELLED/.test(again.message)], [false, true]);
      }),
  },
  {
    name: "an unknown job is a NotFoundError naming it, for get, status, cancel and results",
    run: (rt) =>
      withMock({ jobs: 3 }, async (server) => {
        const sutro = clientFor(rt, server);
        const calls = [
          (id: string) => sutro.jobs.get(id),
          (id: string) => sutro.jobs.status(id),
          (id: string) => sutro.jobs.cancel(id),
          (id: string) => sutro.jobs.results(id),
        ];
        for (const call of calls) {
          await assert.rejects(
            call("batch_job_nope"),
            (e: unknown) => e instanceof NotFoundError && /batch_job_nope/.test((e as Error).message),
          );
        }
      }),
  },
  {
    name: "create is never retried: a 5xx or a dropped connection is a JobCreationUnknownError after one request, the failure as its cause",
    run: (rt) =>
      withMock({ jobs: 3 }, async (server) => {
        const sutro = clientFor(rt, server, { maxRetries: 5 });
        for (const fault of [{ status: 524 }, { reset: "before-headers" as const }, { reset: "mid-body" as const }]) {
          server.faults.splice(0, server.faults.length, { ...fault, times: 1 });
          server.requests.length = 0;
          await assert.rejects(sutro.jobs.create({ inputs: INPUTS, model: "m", name: "Nightly" }), (e: unknown) => {
            assert.ok(e instanceof JobCreationUnknownError, String(e));
            assert.match(e.message, /may or may not have been created.*not retried.*named "Nightly"/);
            assert.ok(e.cause instanceof InternalServerError || e.cause instanceof APIConnectionError);
            return true;
          });
          assert.equal(server.requests.length, 1);
        }
        // A 500 may have been answered after the job was stored: only a definite 4xx says it was not.
        server.faults.splice(0, server.faults.length, { status: 500, times: 1 });
        server.requests.length = 0;
        await assert.rejects(
          sutro.jobs.create({ inputs: INPUTS, model: "m" }),
          (e: unknown) => e instanceof JobCreationUnknownError && e.cause instanceof InternalServerError && e.status === 500,
        );
        assert.equal(server.requests.length, 1, "a POST that creates is not retried, whatever maxRetries says");
        server.faults.length = 0;
      }),
  },
  {
    name: "POST /job-results is a read, so it is retried like a GET",
    run: (rt) =>
      withMock({ jobs: 3, faults: [{ request: 1, status: 503 }] }, async (server) => {
        const done = server.dataset.at(0);
        assert.equal(done.status, "SUCCEEDED");
        const rows = await clientFor(rt, server).jobs.results(done.job_id);
        assert.equal(rows.length, done.num_rows);
        assert.deepEqual(
          server.requests.map((r) => r.status),
          [503, 200],
        );
      }),
  },
  {
    name: "results: each set of columns becomes rows with exactly those fields, in input order; the API's own columns in camelCase, the id column as named",
    run: async (rt) => {
      const answers = [
        { outputs: ["a", "b"] },
        { outputs: ["a", "b"], inputs: ["x", "y"] },
        { outputs: ["a", "b"], inputs: ["x", "y"], cumulative_logprobs: [-1.5, null], row_id: [7, 8] },
        { outputs: ["a", "b"], row_id: [7, 8] },
        { outputs: ["a", "b"], confidence_score: [0.25, null], row_id: [7, 8] },
      ];
      let n = 0;
      const fetch = async () =>
        new Response(JSON.stringify({ results: answers[n++], message: "ok" }), { headers: { "content-type": "application/json" } });
      const sutro = new rt.Sutro({ apiKey: "sk_x", apiURL: "https://acme.sutro.example", fetch, logLevel: "off" });
      const rows = [];
      for (let i = 0; i < answers.length; i++) rows.push(await sutro.jobs.results("batch_job_1"));
      assert.deepStrictEqual(rows, [
        [{ output: "a" }, { output: "b" }],
        [
          { output: "a", input: "x" },
          { output: "b", input: "y" },
        ],
        [
          { output: "a", input: "x", cumulativeLogprob: -1.5, row_id: 7 },
          { output: "b", input: "y", cumulativeLogprob: null, row_id: 8 },
        ],
        [
          { output: "a", row_id: 7 },
          { output: "b", row_id: 8 },
        ],
        [
          { output: "a", confidenceScore: 0.25, row_id: 7 },
          { output: "b", confidenceScore: null, row_id: 8 },
        ],
      ]);
    },
  },
  {
    name: "results: unequal column lengths are a MalformedResponseError, not rows matched to the wrong inputs",
    run: async (rt) => {
      const fetch = async () =>
        new Response(JSON.stringify({ results: { outputs: ["a", "b", "c"], inputs: ["x", "y"] }, message: "ok" }), {
          headers: { "content-type": "application/json" },
        });
      const sutro = new rt.Sutro({ apiKey: "sk_x", apiURL: "https://acme.sutro.example", fetch, logLevel: "off" });
      await assert.rejects(
        sutro.jobs.results("batch_job_1"),
        (e: unknown) => e instanceof MalformedResponseError && /outputs 3, inputs 2/.test((e as Error).message),
      );
    },
  },
  {
    name: "bad arguments to create and bad job ids are refused before any request; ids are path-encoded",
    run: (rt) =>
      withMock({ jobs: 3 }, async (server) => {
        const sutro = clientFor(rt, server);
        const bad = (message: RegExp, fn: () => Promise<unknown>) => refusedBeforeSending(sutro, server.requests, message, fn);
        const create = (params: Record<string, unknown>) => () => sutro.jobs.create({ inputs: INPUTS, model: "m", ...params } as never);
        await bad(/inputs is empty/, create({ inputs: [] }));
        await bad(/name must be a string of at most 45/, create({ name: "x".repeat(46) }));
        await bad(/description must be a string of at most 512/, create({ description: "x".repeat(513) }));
        await bad(/priority must be 0 or 1/, create({ priority: 2 }));
        await bad(/takes no systemPrompt or jsonSchema/, create({ inputs: [{ text: "a" }], systemPrompt: "x" }));
        await bad(/does not take temperature/, create({ temperature: 1 }));
        await bad(/model must be/, create({ model: " " }));
        for (const id of ["", "a/b", "a?b", "a#b", "a b", "a\nb", "a\u0000b"]) {
          await bad(/jobId/, () => sutro.jobs.get(id));
          await bad(/jobId/, () => sutro.jobs.cancel(id));
        }
        await assert.rejects(sutro.jobs.get("batch%job"), NotFoundError);
        assert.equal(server.requests[0]?.path, "/v1/jobs/batch%25job");
      }),
  },
  {
    name: "a server's 422 for a job it refuses is an UnprocessableEntityError with its detail",
    run: (rt) =>
      withMock({ jobs: 0 }, async (server) => {
        const sutro = clientFor(rt, server);
        // Sent through the generated method, which does no SDK-side checks of its own.
        await assert.rejects(
          sutro.api.createJob({ body: { inputs: "", model: "m" } }),
          (e: unknown) => e instanceof UnprocessableEntityError && /inputs must be/.test((e as Error).message),
        );
      }),
  },
  {
    name: "quotas() lists each priority's quotas; checkAuth() is true for the key and an AuthenticationError otherwise",
    run: (rt) =>
      withMock({ jobs: 0 }, async (server) => {
        const quotas = await clientFor(rt, server).quotas();
        assert.deepEqual(
          quotas.map((q) => q.priority),
          [0, 1],
        );
        assert.ok(quotas.every((q) => q.row_quota > 0 && q.token_quota > 0));
        assert.equal(await clientFor(rt, server).checkAuth(), true);
        await assert.rejects(clientFor(rt, server, { apiKey: "sk_wrong" }).checkAuth(), AuthenticationError);
      }),
  },
  {
    name: "sutro.api has a typed method per operationId, with validation: true against the spec",
    run: (rt) =>
      withMock({ jobs: 4 }, async (server) => {
        const sutro = clientFor(rt, server, { validate: true });
        const id = server.dataset.at(2).job_id;
        const { job } = await sutro.api.getJob({ path: { job_id: id } });
        assert.equal(job.job_id, id);
        const page = await sutro.api.listJobs({ query: { limit: 2 } });
        assert.equal(page.jobs.length, 2);
        const status = await sutro.api.getJobStatus({ path: { job_id: id } });
        assert.ok(status.job_status);
      }),
  },
  {
    name: "wait() resolves to the final job, tells each status change (CANCELLING included), and is bounded by its deadline",
    run: (rt) =>
      // Five times real time: QUEUED and STARTING 200 ms each, so 2 ms polls see every step even on a busy machine.
      withMock({ jobs: 3, speed: 5 }, async (server) => {
        const sutro = clientFor(rt, server);
        const { jobId } = await sutro.jobs.create({ inputs: INPUTS, model: "m" });
        const seen: string[] = [];
        const done = await sutro.jobs.wait(jobId, { pollInterval: 2, onUpdate: (job) => seen.push(job.status) });
        assert.equal(done.status, "SUCCEEDED");
        assert.equal(seen.at(-1), "SUCCEEDED");
        assert.ok(seen.length >= 2 && new Set(seen).size === seen.length, seen.join(" → "));

        const running = (await sutro.jobs.create({ inputs: Array.from({ length: 10_000 }, (_, i) => `row ${i}`), model: "m" })).jobId;
        const cancelled: string[] = [];
        const waiting = sutro.jobs.wait(running, { pollInterval: 2, onUpdate: (job) => cancelled.push(job.status) });
        await new Promise((resolve) => setTimeout(resolve, 30));
        await sutro.jobs.cancel(running);
        assert.equal((await waiting).status, "CANCELLED");
        assert.ok(cancelled.includes("CANCELLING"), cancelled.join(" → "));

        const slow = (await sutro.jobs.create({ inputs: Array.from({ length: 100_000 }, () => "x"), model: "m" })).jobId;
        const started = performance.now();
        await assert.rejects(
          sutro.jobs.wait(slow, { pollInterval: 5, deadline: 60 }),
          /Stopped waiting for \S+ after 60 ms: it is still (QUEUED|STARTING|RUNNING|not seen)\. The job goes on/,
        );
        assert.ok(performance.now() - started < 1_000);
      }),
  },
  {
    name: "wait() follows the progress stream while the job runs, so it sees the end at once, not at the next poll",
    run: (rt) =>
      withMock({ jobs: 1, speed: 20 }, async (server) => {
        const sutro = clientFor(rt, server);
        const { jobId } = await sutro.jobs.create({ inputs: Array.from({ length: 60 }, (_, i) => `row ${i}`), model: "m" });
        while ((await sutro.jobs.status(jobId)) !== "RUNNING") await new Promise((resolve) => setTimeout(resolve, 5));
        const progress: number[] = [];
        const started = performance.now();
        // A poll every minute would miss a deadline of 10 s; the stream ends with the job, about 300 ms from now.
        const done = await sutro.jobs.wait(jobId, {
          pollInterval: 60_000,
          deadline: 10_000,
          onProgress: (u) => u.type === "progress" && progress.push(u.rowsDone),
        });
        assert.equal(done.status, "SUCCEEDED");
        assert.ok(performance.now() - started < 5_000, `took ${performance.now() - started} ms`);
        assert.equal(progress.at(-1), 60);
        assert.equal(server.requests.filter((r) => r.path.startsWith("/v1/stream-job-progress/")).length, 1);
      }),
  },
  {
    name: "wait() falls back to polling when the progress stream fails, and stops asking for it",
    run: (rt) =>
      withMock({ jobs: 1, speed: 20 }, async (server) => {
        // A deployment whose stream endpoint is down: everything else goes through.
        const stream = intercepting("/stream-job-progress/", () => Response.json({ detail: "Unavailable." }, { status: 503 }));
        const sutro = clientFor(rt, server, { fetch: stream.fetch, maxRetries: 0 });
        const { jobId } = await sutro.jobs.create({ inputs: Array.from({ length: 60 }, (_, i) => `row ${i}`), model: "m" });
        const done = await sutro.jobs.wait(jobId, { pollInterval: 10, deadline: 10_000 });
        assert.equal(done.status, "SUCCEEDED");
        assert.equal(stream.calls, 1);
      }),
  },
  {
    name: "wait(): a deployment without the progress stream (404) is remembered, so the client's next waits only poll",
    run: (rt) =>
      withMock({ jobs: 1, speed: 20 }, async (server) => {
        const stream = intercepting("/stream-job-progress/", () => Response.json({ detail: "Not Found" }, { status: 404 }));
        const sutro = clientFor(rt, server, { fetch: stream.fetch });
        const inputs = Array.from({ length: 40 }, (_, i) => `row ${i}`);
        for (let n = 0; n < 3; n++) {
          const { jobId } = await sutro.jobs.create({ inputs, model: "m" });
          assert.equal((await sutro.jobs.wait(jobId, { pollInterval: 10, deadline: 10_000 })).status, "SUCCEEDED");
        }
        assert.equal(stream.calls, 1);
        // Another client of the same deployment asks again: the memory is the client's, not global.
        const other = clientFor(rt, server, { fetch: stream.fetch });
        const { jobId } = await other.jobs.create({ inputs, model: "m" });
        await other.jobs.wait(jobId, { pollInterval: 10, deadline: 10_000 });
        assert.equal(stream.calls, 2);
      }),
  },
  {
    name: "resultsURL() gives the presigned file of a succeeded job; a running one is a JobNotSucceededError; expiresIn is checked first",
    run: (rt) =>
      withMock({ jobs: 3, artifactBytes: 4_096 }, async (server) => {
        const sutro = clientFor(rt, server);
        const done = server.dataset.at(0).job_id;
        const link = await sutro.jobs.resultsURL(done, { includeInputs: true, expiresIn: 600 });
        assert.equal(link.artifact.size_bytes, 4_096);
        assert.equal(link.expires_in_seconds, 600);
        assert.match(link.urls.get, /\/__artifacts\/.*X-Amz-Signature=/);
        // The URL is the credential: fetched without any Authorization header, as the SDK's downloads must.
        const file = await fetch(link.urls.get);
        assert.equal((await file.arrayBuffer()).byteLength, 4_096);
        await assert.rejects(sutro.jobs.resultsURL(server.dataset.at(1).job_id), JobNotSucceededError);
        server.requests.length = 0;
        await assert.rejects(sutro.jobs.resultsURL(done, { expiresIn: 604_801 }), /expiresIn must be a whole number of seconds/);
        assert.equal(server.requests.length, 0);
      }),
  },
];
