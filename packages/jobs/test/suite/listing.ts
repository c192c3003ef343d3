import assert from "node:assert/strict";
import {
  isTerminalStatus,
  type Job,
  type JobList,
  type JobPage,
  MalformedResponseError,
  normalizeStatus,
  VERSION,
  Sutro as WebSutro,
  type WithUnknownFields,
} from "../../src/index.ts";
import { API_KEY, type Case, clientFor, collect, serverIds, withMock } from "./harness.ts";

const job = (id: string, status: string, extra: Record<string, unknown> = {}) => ({
  job_id: id,
  status,
  model: "llama-3.1-8b",
  system_prompt: null,
  job_priority: 0,
  datetime_created: "2026-01-01T00:00:00Z",
  datetime_started: null,
  datetime_completed: null,
  json_schema: null,
  sampling_params: {},
  name: null,
  description: null,
  dataset_id: null,
  input_tokens: null,
  output_tokens: null,
  job_cost: null,
  num_rows: null,
  failure_reason: null,
  cost_estimate: null,
  ...extra,
});

export const listingCases: Case[] = [
  {
    name: "list() without limit returns every job and the message in one response",
    run: (rt) =>
      withMock({ jobs: 120 }, async (server) => {
        const all: JobList = await clientFor(rt, server).jobs.list();
        assert.equal(all.message, "Jobs retrieved successfully.");
        assert.deepEqual(
          all.jobs.map((j) => j.job_id),
          serverIds(server),
        );
        assert.equal("next_cursor" in all, false);
        assert.deepEqual(server.requests[0]?.query, {});
      }),
  },
  {
    name: "list({ limit }) returns one page and a next_cursor, and null on the last page",
    run: (rt) =>
      withMock({ jobs: 7 }, async (server) => {
        const sutro = clientFor(rt, server);
        const first: JobPage = await sutro.jobs.list({ limit: 5 });
        assert.deepEqual(
          first.jobs.map((j) => j.job_id),
          serverIds(server, 0, 5),
        );
        assert.equal(typeof first.next_cursor, "string");
        const last = await sutro.jobs.list({ limit: 5, cursor: first.next_cursor as string });
        assert.deepEqual(
          last.jobs.map((j) => j.job_id),
          serverIds(server, 5, 7),
        );
        assert.equal(last.next_cursor, null);
        assert.deepEqual(server.requests[1]?.query, { limit: "5", cursor: first.next_cursor });
      }),
  },
  {
    name: "every request carries exactly `Authorization: Key <key>` and a User-Agent naming the SDK version and runtime",
    run: (rt) =>
      withMock({ jobs: 3 }, async (server) => {
        await clientFor(rt, server).jobs.list({ limit: 1 });
        const seen = server.requests[0];
        assert.equal(seen?.authorization, `Key ${API_KEY}`);
        assert.match(seen?.userAgent ?? "", new RegExp(`^sutro-jobs-ts/${VERSION.replace(/\./g, "\\.")} ${rt.name}/\\d`));
      }),
  },
  {
    name: "unknown statuses, lower-case statuses and unknown fields pass through untouched",
    run: (rt) => {
      const dataset = [
        job("batch_job_3", "ARCHIVED_FOR_AUDIT", { shard: { id: 7 }, run_type: "FULL" }),
        job("batch_job_2", "succeeded", { datetime_added: "2026-01-01T00:00:00Z" }),
        job("batch_job_1", "FAILED", { failure_reason: { message: "boom", additional_context: { row: 3 } } }),
      ];
      return withMock({ dataset }, async (server) => {
        const sutro = clientFor(rt, server, { validate: true });
        const page = await sutro.jobs.list({ limit: 10 });
        assert.deepEqual(page.jobs, dataset);
        const [future, lower, failed] = page.jobs as [Job, Job, Job];
        assert.equal(future.status, "ARCHIVED_FOR_AUDIT");
        assert.deepEqual((future as WithUnknownFields<Job>).shard, { id: 7 });
        assert.equal(lower.status, "succeeded");
        assert.equal(normalizeStatus(lower.status), "SUCCEEDED");
        assert.equal(isTerminalStatus(lower.status), true);
        assert.equal(isTerminalStatus(future.status), false);
        assert.equal(failed.failure_reason?.message, "boom");
      });
    },
  },
  {
    name: "the seeded mock serves every status, nulls, failures with reasons and extra fields",
    run: (rt) =>
      withMock({ jobs: 40 }, async (server) => {
        const { jobs } = await clientFor(rt, server, { validate: true }).jobs.list();
        const statuses = new Set(jobs.map((j) => j.status));
        for (const s of [
          "UNKNOWN",
          "SUBMITTED",
          "PENDING",
          "QUEUED",
          "STARTING",
          "RUNNING",
          "SUCCEEDED",
          "CANCELLING",
          "CANCELLED",
          "FAILED",
          "succeeded",
        ]) {
          assert.ok(statuses.has(s), `status ${s} missing`);
        }
        assert.ok(jobs.some((j) => j.datetime_completed === null && j.job_cost === null));
        assert.ok(jobs.filter((j) => normalizeStatus(j.status) === "FAILED").every((j) => typeof j.failure_reason?.message === "string"));
        assert.ok(jobs.some((j) => j.run_type === "FULL") && jobs.some((j) => "region" in j));
      }),
  },
  {
    name: "raw is the typed openapi-fetch client, authenticated, returning { data, error }",
    run: (rt) =>
      withMock({ jobs: 12 }, async (server) => {
        const sutro = clientFor(rt, server);
        const { data, response } = await sutro.raw.GET("/list-jobs", { params: { query: { limit: 10 } } });
        assert.equal(response.status, 200);
        assert.equal(data?.jobs.length, 10);
        assert.equal(server.requests[0]?.authorization, `Key ${API_KEY}`);

        const bad = await clientFor(rt, server, { apiKey: "sk_wrong" }).raw.GET("/list-jobs", {});
        assert.equal(bad.response.status, 401);
        assert.deepEqual(bad.error, { detail: "Unauthorized" });
        assert.equal(bad.data, undefined);
      }),
  },
  {
    name: "raw: middleware registered before openapi-fetch loads (on the first call) is applied in order; an ejected one is not",
    run: (rt) =>
      withMock({ jobs: 12 }, async (server) => {
        const sutro = clientFor(rt, server);
        const seen: string[] = [];
        const mark = (name: string) => ({
          onRequest: () => {
            seen.push(name);
          },
        });
        const [a, b, c] = [mark("a"), mark("b"), mark("c")];
        sutro.raw.use(a, b, c);
        sutro.raw.eject(b);
        const first = await sutro.raw.GET("/list-jobs", { params: { query: { limit: 2 } } });
        assert.equal(first.data?.jobs.length, 2);
        assert.deepEqual(seen, ["a", "c"]);
        sutro.raw.use(b);
        sutro.raw.eject(a);
        await sutro.raw.GET("/list-jobs", { params: { query: { limit: 2 } } });
        assert.deepEqual(seen, ["a", "c", "c", "b"]);
      }),
  },

  {
    name: "validate: true checks every field against the spec's schemas; off by default, values pass through",
    run: (rt) => {
      const dataset = [job("batch_job_2", "RUNNING"), job("batch_job_1", "FAILED", { job_priority: "high", input_tokens: -5 })];
      return withMock({ dataset }, async (server) => {
        const loose = await clientFor(rt, server).jobs.list({ limit: 5 });
        assert.equal(loose.jobs[1]?.job_priority, "high");
        try {
          await clientFor(rt, server, { validate: true }).jobs.list({ limit: 5 });
          assert.fail("expected MalformedResponseError");
        } catch (error) {
          assert.ok(error instanceof MalformedResponseError);
          assert.match(
            error.message,
            /does not match the spec's JobPage: \$\.jobs\[1\]\.job_priority: expected integer, got string; \$\.jobs\[1\]\.input_tokens: -5 is below the minimum 0/,
          );
        }
      });
    },
  },

  {
    name: "a custom fetch gets (url, init) like the global one, and editing init.headers changes that request only",
    run: (rt) =>
      withMock({ jobs: 5 }, async (server) => {
        let calls = 0;
        const fetch = (input: string | Request, init?: RequestInit) => {
          calls++;
          const headers = init?.headers as Record<string, string>;
          if (calls === 1) {
            headers["X-Trace"] = "first";
            headers.Authorization = "Key sk_wrong";
          }
          return globalThis.fetch(input, init);
        };
        const sutro = clientFor(rt, server, { fetch });
        await assert.rejects(() => sutro.jobs.list({ limit: 1 }), { name: "AuthenticationError" });
        await sutro.jobs.list({ limit: 1 });
        assert.equal(calls, 2);
        assert.equal(server.requests[1]?.authorization, `Key ${API_KEY}`);
      }),
  },
  {
    name: "a server that ignores limit ({ message, jobs }) is one page: iterate yields each job once, list says next_cursor null, one warning",
    run: (rt) =>
      withMock({ jobs: 230, ignoreLimit: true }, async (server) => {
        for (const validate of [false, true]) {
          const warnings: string[] = [];
          const sink = (message: string) => warnings.push(message);
          const sutro = clientFor(rt, server, { validate, logLevel: "warn", logger: { debug: sink, info: sink, warn: sink, error: sink } });
          server.requests.length = 0;
          const ids = (await collect(sutro.jobs.iterate({ pageSize: 50 }))).map((j) => j.job_id);
          assert.deepEqual(ids, serverIds(server));
          assert.equal(server.requests.length, 1);
          const page = await sutro.jobs.list({ limit: 10 });
          assert.equal(page.next_cursor, null);
          assert.equal(page.jobs.length, 230);
          assert.equal(warnings.length, 1, warnings.join("\n"));
          assert.match(warnings[0] ?? "", /ignores limit: it answered a page request with every job at once/);
        }
      }),
  },
  {
    name: "the web entry (browsers, workers) sends no User-Agent, which browsers forbid; the runtime entries name theirs",
    run: async (rt) => {
      const seen: Headers[] = [];
      const fetch = async (_: string | Request, init?: RequestInit) => {
        seen.push(new Headers(init?.headers));
        return new Response(JSON.stringify({ jobs: [], next_cursor: null }));
      };
      const options = { apiKey: API_KEY, apiURL: "https://acme.sutro.example", fetch };
      await new WebSutro(options).jobs.list({ limit: 1 });
      await new rt.Sutro(options).jobs.list({ limit: 1 });
      assert.equal(seen[0]?.get("user-agent"), null);
      assert.equal(seen[0]?.get("authorization"), `Key ${API_KEY}`);
      assert.match(seen[1]?.get("user-agent") ?? "", new RegExp(`^sutro-jobs-ts/\\S+ ${rt.name}/`));
    },
  },
];
