/**
 * What a newcomer hits (#24): results of a job that has not finished, and waiting for a job that ends soon
 * after it was created.
 */
import assert from "node:assert/strict";
import { APIError, InvalidRequestError, JobNotSucceededError } from "../../src/index.ts";
import { type Case, clientFor, inDir, withMock } from "./harness.ts";

export const newcomerCases: Case[] = [
  {
    name: "results(), resultsURL() and download() of an unfinished job: the 409 is not retried; the job's status, asked once, is in the JobNotSucceededError",
    run: (rt) =>
      withMock({ jobs: 30 }, (server) =>
        inDir(async (dir) => {
          const sutro = clientFor(rt, server);
          const of = (status: string) => {
            for (let i = 0; ; i++) if (server.dataset.at(i).status === status) return server.dataset.at(i).job_id;
          };
          const running = of("RUNNING");
          for (const call of [
            () => sutro.jobs.results(running),
            () => sutro.jobs.resultsURL(running),
            () => sutro.jobs.download(running, { to: dir }),
          ]) {
            const before = server.requests.length;
            const error = await call().catch((e: unknown) => e);
            assert.ok(error instanceof JobNotSucceededError, String(error));
            assert.deepEqual([error.jobId, error.jobStatus], [running, "RUNNING"]);
            assert.match(error.message, /is RUNNING: it has results once it has SUCCEEDED/);
            const asked = server.requests.slice(before).map((r) => `${r.path.split("/")[2]} ${r.status}`);
            assert.equal(asked.length, 2, asked.join(", "));
            assert.equal(asked[1], "job-status 200");
          }
          const failed = of("FAILED");
          const error = await sutro.jobs.results(failed).catch((e: unknown) => e);
          assert.ok(error instanceof JobNotSucceededError);
          assert.equal(error.jobStatus, "FAILED");
          assert.ok(error.failureReason?.message);
          assert.match(error.message, new RegExp(`is FAILED \\(${error.failureReason?.message}\\)`));
        }),
      ),
  },
  {
    name: "results() of a job that just SUCCEEDED but whose results are not written yet: asked again with a growing pause, and they arrive",
    run: (rt) =>
      withMock({ jobs: 1, speed: 200, resultsLag: 100_000 }, async (server) => {
        const sutro = clientFor(rt, server);
        const { jobId } = await sutro.jobs.create({ inputs: ["a", "b"], model: "m" });
        await sutro.jobs.wait(jobId);
        const rows = await sutro.jobs.results(jobId);
        assert.equal(rows.length, 2);
        const asked = server.requests.filter((r) => r.path === "/v1/job-results").map((r) => r.status);
        assert.ok(asked.filter((s) => s === 409).length >= 1, asked.join(" "));
        assert.equal(asked.at(-1), 200);
      }),
  },
  {
    name: "wait() checks 250 ms after each change of status, then doubling: a job that ends 1.5 s after it was created is seen within 1.2 s, in at most 25 requests",
    run: (rt) =>
      // Twice real time: QUEUED 0.5 s, STARTING 0.5 s, then 10 rows of 50 ms: the job ends 1.5 s after creation.
      withMock({ jobs: 1, speed: 2 }, async (server) => {
        const sutro = clientFor(rt, server);
        const statuses: string[] = [];
        const created = Date.now();
        const { jobId } = await sutro.jobs.create({ inputs: Array.from({ length: 10 }, (_, i) => `r${i}`), model: "m" });
        const before = server.requests.length;
        const job = await sutro.jobs.wait(jobId, { onUpdate: (j) => statuses.push(j.status) });
        const seenAfter = Date.now() - created;
        assert.equal(job.status, "SUCCEEDED");
        assert.ok(seenAfter < 1_500 + 1_200, `seen ${seenAfter} ms after creation`);
        assert.ok(server.requests.length - before <= 25, `${server.requests.length - before} requests`);
        assert.deepEqual(
          statuses.filter((s, i) => statuses.indexOf(s) === i),
          statuses,
          "each status told once",
        );
        assert.ok(statuses.includes("STARTING") || statuses.includes("RUNNING"), statuses.join(" "));
      }),
  },
  {
    name: "wait() takes timeout, maxRetries and headers for each of its requests: status checks and progress streams",
    run: (rt) =>
      withMock({ jobs: 1, speed: 4, faults: [{ attempt: 2, status: 503, times: 1 }] }, async (server) => {
        const sent: { url: string; trace: string | null }[] = [];
        const sutro = clientFor(rt, server, {
          fetch: (input, init) => {
            const url = String(input instanceof Request ? input.url : input);
            sent.push({ url, trace: new Headers(init?.headers ?? (input instanceof Request ? input.headers : {})).get("x-trace") });
            return globalThis.fetch(input, init);
          },
        });
        const { jobId } = await sutro.jobs.create({ inputs: ["a", "b"], model: "m" });
        // The second check of the job answers 503 once: not retried with maxRetries 0, so the wait fails.
        const error = await sutro.jobs.wait(jobId, { maxRetries: 0, headers: { "x-trace": "t1" } }).catch((e: unknown) => e);
        assert.ok(error instanceof APIError && error.status === 503, String(error));
        const job = await sutro.jobs.wait(jobId, { timeout: 5_000, headers: { "x-trace": "t2" } });
        assert.equal(job.status, "SUCCEEDED");
        const ofWaits = sent.filter((r) => !r.url.endsWith("/batch-inference"));
        assert.ok(ofWaits.some((r) => r.url.includes("/stream-job-progress/")) || ofWaits.length > 2, "checks were made");
        assert.deepEqual(
          ofWaits.filter((r) => r.trace === null),
          [],
          "every status check and stream carries the call's header",
        );
        assert.equal(sent.find((r) => r.url.endsWith("/batch-inference"))?.trace, null, "other calls do not");
        // A timeout that is not a duration is refused before any request, as for every method.
        const before = sent.length;
        await assert.rejects(sutro.jobs.wait(jobId, { timeout: -1 }), InvalidRequestError);
        assert.equal(sent.length, before);
      }),
  },
  {
    name: "per-call headers reach the deployment, never storage; a bad header is refused before any request, its value never echoed",
    run: (rt) =>
      withMock({ jobs: 30 }, (server) =>
        inDir(async (dir) => {
          const sent: { url: string; trace: string | null; auth: string | null }[] = [];
          const sutro = clientFor(rt, server, {
            fetch: (input, init) => {
              const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : {}));
              const url = String(input instanceof Request ? input.url : input);
              sent.push({ url, trace: headers.get("x-trace"), auth: headers.get("authorization") });
              return globalThis.fetch(input, init);
            },
          });
          let succeeded = "";
          for (let i = 0; !succeeded; i++) if (server.dataset.at(i).status === "SUCCEEDED") succeeded = server.dataset.at(i).job_id;
          await sutro.jobs.get(succeeded, { headers: { "X-Trace": "g" } });
          await sutro.jobs.list({ limit: 2 }, { headers: { "x-trace": "l" } });
          await sutro.api.getJobStatus({ path: { job_id: succeeded } }, { headers: { "x-trace": "a" } });
          await sutro.jobs.download(succeeded, { to: dir, headers: { "x-trace": "d" } });
          assert.deepEqual(
            sent.map((r) => r.trace),
            ["g", "l", "a", "d", null],
          );
          const storage = sent.at(-1);
          assert.ok(storage && !storage.url.startsWith(server.apiURL), storage?.url);
          assert.equal(storage.auth, null, "no key to storage");
          const before = sent.length;
          for (const headers of [{ "x-trace": "a\r\nInjected: sk_secret_value" }, { "bad name": "v" }, "x-trace: v", { n: 5 }]) {
            const error = await sutro.jobs.get(succeeded, { headers: headers as never }).catch((e: unknown) => e);
            assert.ok(error instanceof InvalidRequestError, String(error));
            assert.doesNotMatch(error.message, /sk_secret_value/);
          }
          assert.equal(sent.length, before, "nothing sent");
          // Every page a list() iteration asks for carries the call's headers, a Headers object included.
          let jobs = 0;
          for await (const _ of sutro.jobs.list({ limit: 10 }, { headers: new Headers({ "X-Trace": "it" }) as never })) jobs++;
          assert.equal(jobs, 30);
          assert.deepEqual(
            sent.slice(before).map((r) => r.trace),
            ["it", "it", "it"],
          );
        }),
      ),
  },
];
