import assert from "node:assert/strict";
import { InvalidRequestError, JobNotSucceededError, NotFoundError, type Sutro, type WithResponse } from "../../src/index.ts";
import { type Case, clientFor, withMock } from "./harness.ts";

/** What `.withResponse()` must give for a call whose final answer was the server's `n`th: its id, status and JSON body. */
async function sameAnswer(given: WithResponse<unknown>, status: number, server: { requests: { status: number }[] }) {
  const { response, requestId } = given;
  assert.ok(response instanceof Response);
  assert.equal(response.status, status);
  assert.match(requestId ?? "", /^req_mock_\d+$/);
  assert.equal(response.headers.get("x-request-id"), requestId);
  // The mock numbers its answers in order, so the id names the last answer the call got.
  assert.equal(requestId, `req_mock_${server.requests.length}`);
  // The body was read by the SDK and can be read again from the response.
  assert.equal(typeof (await response.json()), "object");
}

export const responseCases: Case[] = [
  {
    name: ".withResponse() on every request method: its value, the final response (body readable again) and the x-request-id",
    run: (rt) =>
      withMock({ jobs: 3, clock: "manual" }, async (server) => {
        const sutro = clientFor(rt, server);
        const { jobId } = await sutro.jobs.create({ inputs: ["a", "b"], model: "m" });
        server.advance(60_000);
        const { datasetId } = await sutro.datasets.create();
        const calls: [string, (s: Sutro) => Promise<unknown> & { withResponse(): Promise<WithResponse<unknown>> }][] = [
          ["jobs.get", (s) => s.jobs.get(jobId)],
          ["jobs.status", (s) => s.jobs.status(jobId)],
          ["jobs.statusDetail", (s) => s.jobs.statusDetail(jobId)],
          ["jobs.results", (s) => s.jobs.results(jobId)],
          ["jobs.resultsColumns", (s) => s.jobs.resultsColumns(jobId)],
          ["jobs.resultsURL", (s) => s.jobs.resultsURL(jobId)],
          ["jobs.list (every job)", (s) => s.jobs.list()],
          ["jobs.list (a page)", (s) => s.jobs.list({ limit: 2 })],
          ["datasets.list", (s) => s.datasets.list()],
          ["datasets.files", (s) => s.datasets.files(datasetId)],
          ["checkAuth", (s) => s.checkAuth()],
          ["quotas", (s) => s.quotas()],
          ["api.getJob", (s) => s.api.getJob({ path: { job_id: jobId } })],
          ["api.listJobs with options", (s) => s.api.listJobs({ query: { limit: 1 } }, { headers: { "x-trace": "t" } })],
        ];
        for (const [name, call] of calls) {
          const plain = await call(sutro);
          const given = await call(sutro).withResponse();
          assert.deepEqual(given.data, plain, name);
          await sameAnswer(given, 200, server);
        }
        // Creating calls give their response too (each call creates one more, so compared by shape).
        const created = await sutro.jobs.create({ inputs: ["c"], model: "m" }).withResponse();
        assert.match(created.data.jobId, /\S/);
        await sameAnswer(created, 200, server);
        const dataset = await sutro.datasets.create().withResponse();
        assert.match(dataset.data.datasetId, /^dataset-/);
        await sameAnswer(dataset, 200, server);
        const cancel = await sutro.jobs.cancel(created.data.jobId).withResponse();
        assert.equal(cancel.data.cancelled, true);
        await sameAnswer(cancel, 200, server);
      }),
  },
  {
    name: ".withResponse() after retries is the last answer's; a failure rejects with the method's typed error; refusals send nothing",
    run: (rt) =>
      withMock({ jobs: 1, clock: "manual", faults: [{ attempt: 1, status: 503, times: 2 }] }, async (server) => {
        const sutro = clientFor(rt, server);
        const [job] = (await sutro.jobs.list()).jobs;
        const jobId = job?.job_id as string;
        const { data, requestId } = await sutro.jobs.get(jobId).withResponse();
        assert.equal(data.job_id, jobId);
        assert.equal(server.requests.at(-2)?.status, 503, "the get was retried once");
        assert.equal(requestId, `req_mock_${server.requests.length}`);

        await assert.rejects(
          sutro.jobs.get("nope").withResponse(),
          (e: unknown) => e instanceof NotFoundError && /^req_mock_/.test(e.requestId ?? ""),
        );
        const sent = server.requests.length;
        await assert.rejects(sutro.jobs.get("a/b").withResponse(), InvalidRequestError);
        await assert.rejects(sutro.jobs.list({ limit: 0 }).withResponse(), InvalidRequestError);
        await assert.rejects(sutro.api.getJob({ path: { job_id: "" } }).withResponse(), InvalidRequestError);
        await assert.rejects(sutro.jobs.get(jobId, "bad" as never).withResponse(), /Request options must be an object/);
        await assert.rejects(sutro.jobs.get(jobId, null as never), /Request options must be an object/);
        assert.equal(server.requests.length, sent, "nothing sent for a refusal");
      }),
  },
  {
    name: ".withResponse() of results() asked of an unfinished job rejects with JobNotSucceededError; of a list() it stays iterable",
    run: (rt) =>
      withMock({ jobs: 5, clock: "manual" }, async (server) => {
        const sutro = clientFor(rt, server);
        const { jobId } = await sutro.jobs.create({ inputs: ["a"], model: "m" });
        await assert.rejects(sutro.jobs.results(jobId).withResponse(), JobNotSucceededError);
        const listed = sutro.jobs.list({ limit: 2 });
        const page = await listed.withResponse();
        assert.equal(page.data.jobs.length, 2);
        let seen = 0;
        for await (const _ of listed) seen++;
        assert.equal(seen, 6, "every job, the new one included");
        // Asked after the call settled: the same value, the response's status, headers and request id, and no body
        // (kept only when asked for as the call is made: keeping every answer's made calls slower).
        const get = sutro.jobs.get(jobId);
        const job = await get;
        const later = await get.withResponse();
        assert.equal(later.data, job);
        assert.equal(later.response.status, 200);
        assert.match(later.requestId ?? "", /^req_mock_/);
        assert.equal(later.response.body, null);
        const asked = await sutro.jobs.get(jobId).withResponse();
        assert.equal((await asked.response.json()).job.job_id, jobId);
      }),
  },
];
