/**
 * What a newcomer hits (#24): results of a job that has not finished, and waiting for a job that ends soon
 * after it was created.
 */
import assert from "node:assert/strict";
import { JobNotSucceededError } from "../../src/index.ts";
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
];
