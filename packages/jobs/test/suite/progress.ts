import assert from "node:assert/strict";
import fc from "fast-check";
import { APIConnectionError, APITimeoutError, type Logger, MalformedResponseError, type ProgressUpdate } from "../../src/index.ts";
import { lines as ndjsonLines } from "../../src/resources/jobs/ndjson.ts";
import { type Case, clientFor, collect, withMock } from "./harness.ts";

/** A byte stream that delivers `bytes` cut at `cuts`. */
function streamOf(bytes: Uint8Array, cuts: number[] = []): ReadableStream<Uint8Array> {
  const points = [...new Set(cuts.filter((c) => c > 0 && c < bytes.length))].sort((a, b) => a - b);
  const chunks = [0, ...points].map((start, i) => bytes.slice(start, points[i] ?? bytes.length));
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks.shift();
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

const TEXT =
  '{"update_type":"progress","result":1}\n\n{"update_type":"tokens","result":{"input_tokens":40}}\r\n{"update_type":"progress","result":2,"note":"é ✓ 日本"}\r\n{"update_type":"progress","result":3}';

export const progressCases: Case[] = [
  {
    name: "property: NDJSON lines come out the same however the bytes are split (mid-line, mid-character, CRLF, no final newline)",
    run: async () => {
      const bytes = new TextEncoder().encode(TEXT);
      const expected = TEXT.split("\n")
        .map((line) => line.replace(/\r$/, ""))
        .filter((line) => line.trim());
      assert.deepEqual(await collect(ndjsonLines(streamOf(bytes))), expected);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 30 }), async (cuts) => {
          assert.deepEqual(await collect(ndjsonLines(streamOf(bytes, cuts))), expected);
        }),
        { numRuns: 200 },
      );
    },
  },
  {
    name: "property: NDJSON lines pulled by several consumers at once come out each exactly once, in order, then done for all",
    run: async () => {
      const all = Array.from({ length: 60 }, (_, i) => `{"update_type":"progress","result":${i}}`);
      const bytes = new TextEncoder().encode(`${all.join("\n")}\n`);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 20 }),
          fc.integer({ min: 2, max: 6 }),
          async (cuts, consumers) => {
            const iterator = ndjsonLines(streamOf(bytes, cuts));
            // Every consumer asks before any answer arrives, as p-map style workers do.
            const answers = await Promise.all(Array.from({ length: all.length + consumers }, () => iterator.next()));
            assert.deepEqual(
              answers.filter((a) => !a.done).map((a) => a.value),
              all,
            );
            assert.ok(answers.slice(all.length).every((a) => a.done));
          },
        ),
        { numRuns: 100 },
      );
    },
  },
  {
    name: "a line longer than the limit is a MalformedResponseError, not an ever-growing buffer",
    run: async () => {
      const bytes = new TextEncoder().encode(`${"x".repeat(5_000)}`);
      await assert.rejects(collect(ndjsonLines(streamOf(bytes, [1000, 2000, 3000, 4000]), 1_024)), MalformedResponseError);
    },
  },
  {
    name: "progress() follows a running job to its last row; unknown kinds pass through; non-JSON lines are skipped and said",
    run: (rt) =>
      withMock({ jobs: 2, speed: 50 }, async (server) => {
        const warnings: string[] = [];
        const sink = (message: string) => warnings.push(message);
        const logger: Logger = { debug: sink, info: sink, warn: sink, error: sink };
        const sutro = clientFor(rt, server, { logLevel: "warn", logger });
        const { jobId } = await sutro.jobs.create({ inputs: Array.from({ length: 20 }, (_, i) => `row ${i}`), model: "m" });
        const updates: ProgressUpdate[] = await collect(sutro.jobs.progress(jobId));
        const rows = updates.flatMap((u) => (u.type === "progress" ? [u.rowsDone] : []));
        assert.equal(rows.at(-1), 20);
        assert.deepEqual(
          rows,
          [...rows].sort((a, b) => a - b),
          "rows only grow",
        );
        assert.ok(updates.some((u) => u.type === "tokens" && typeof u.inputTokens === "number"));
        assert.equal(await sutro.jobs.status(jobId), "SUCCEEDED");

        // A server sending other things: a fetch standing in for it.
        const odd = '{"update_type":"eta","result":30}\nnot json\n{"update_type":"progress","result":5}\n';
        const fetch = async () => new Response(odd, { headers: { "content-type": "application/x-ndjson" } });
        const other = new rt.Sutro({ apiKey: "sk_x", apiURL: "https://acme.sutro.example", fetch, logger, logLevel: "warn" });
        assert.deepEqual(await collect(other.jobs.progress("batch_job_1")), [
          { type: "unknown", raw: { update_type: "eta", result: 30 } },
          { type: "progress", rowsDone: 5 },
        ]);
        assert.ok(warnings.some((w) => /skipping lines that are not JSON/.test(w)));
      }),
  },
  {
    name: "progress(): break closes the stream at once; an unknown job is a NotFoundError",
    run: (rt) =>
      withMock({ jobs: 2, speed: 1 }, async (server) => {
        const sutro = clientFor(rt, server);
        const { jobId } = await sutro.jobs.create({ inputs: Array.from({ length: 10_000 }, () => "x"), model: "m" });
        const started = performance.now();
        for await (const update of sutro.jobs.progress(jobId)) {
          assert.equal(update.type, "progress");
          break;
        }
        assert.ok(performance.now() - started < 2_000);
        await assert.rejects(collect(sutro.jobs.progress("batch_job_nope")), (e: unknown) => (e as Error).name === "NotFoundError");
      }),
  },
  {
    name: "progress(): nothing is sent before the first next(); return() first ends it with no request; concurrent next() calls get updates in order",
    run: (rt) =>
      withMock({ jobs: 2, speed: 50 }, async (server) => {
        const sutro = clientFor(rt, server);
        const { jobId } = await sutro.jobs.create({ inputs: Array.from({ length: 40 }, () => "x"), model: "m" });
        const before = server.requests.length;
        const unused = sutro.jobs.progress(jobId);
        assert.deepEqual(await unused.return?.(), { value: undefined, done: true });
        assert.deepEqual(await unused.next(), { value: undefined, done: true });
        assert.equal(server.requests.length, before);
        const stream = sutro.jobs.progress(jobId);
        // Four pulls before the stream has even been opened: they are answered in order, each update once.
        const first = await Promise.all([stream.next(), stream.next(), stream.next(), stream.next()]);
        const rest = await collect(stream);
        const rows = [...first.filter((r) => !r.done).map((r) => r.value), ...rest]
          .filter((u): u is Extract<ProgressUpdate, { type: "progress" }> => u.type === "progress")
          .map((u) => u.rowsDone);
        assert.deepEqual(
          rows,
          [...rows].sort((a, b) => a - b),
        );
        assert.equal(rows.at(-1), 40);
        assert.equal(server.requests.length, before + 1);
      }),
  },
  {
    name: "progress() through a bent stream: a cut is an APIConnectionError, a stall an APITimeoutError, garbage and unknown kinds pass",
    run: (rt) =>
      withMock({ jobs: 1, speed: 20 }, async (server) => {
        const warnings: string[] = [];
        const sink = (message: string) => warnings.push(message);
        const sutro = clientFor(rt, server, {
          timeout: 300,
          logLevel: "warn",
          logger: { debug: sink, info: sink, warn: sink, error: sink },
        });
        // Running for 10 s: every stream below is bent while the job runs, and left early.
        const rows = Array.from({ length: 2_000 }, (_, i) => `row ${i}`);
        const { jobId } = await sutro.jobs.create({ inputs: rows, model: "m" });
        const next = () => server.requests.length + 1;

        server.faults.splice(0, server.faults.length, { request: next(), stream: "cut" });
        const cut: ProgressUpdate[] = [];
        await assert.rejects(
          (async () => {
            for await (const update of sutro.jobs.progress(jobId)) cut.push(update);
          })(),
          (e: unknown) => e instanceof APIConnectionError && !(e instanceof APITimeoutError),
        );
        // The half line never comes out; the whole one before it may or may not, depending on how TCP delivers the reset.
        assert.ok(cut.length <= 1, `got ${cut.length} updates`);

        server.faults.splice(0, server.faults.length, { request: next(), stream: "stall", delay: 1_500 });
        await assert.rejects(
          collect(sutro.jobs.progress(jobId)),
          (e: unknown) => e instanceof APITimeoutError && /sent nothing for 300 ms/.test((e as Error).message),
        );

        const take = async (count: number) => {
          const got: ProgressUpdate[] = [];
          for await (const update of sutro.jobs.progress(jobId)) if (got.push(update) === count) break;
          return got;
        };
        server.faults.splice(0, server.faults.length, { request: next(), stream: "garbage" });
        const noisy = await take(4);
        assert.ok(noisy.every((u) => u.type !== "unknown"));
        assert.ok(warnings.some((w) => /not JSON/.test(w)));

        server.faults.splice(0, server.faults.length, { request: next(), stream: "unknown-type" });
        const odd = await take(4);
        assert.ok(odd.some((u) => u.type === "unknown"));
        assert.ok(odd.some((u) => u.type === "progress"));
        server.faults.length = 0;
      }),
  },
  {
    name: "wait() sees the job's end through a stream that is cut or stalls: it checks again and carries on",
    run: (rt) =>
      withMock({ jobs: 1, speed: 20 }, async (server) => {
        const sutro = clientFor(rt, server, { timeout: 300 });
        const { jobId } = await sutro.jobs.create({ inputs: Array.from({ length: 100 }, (_, i) => `row ${i}`), model: "m" });
        while ((await sutro.jobs.status(jobId)) !== "RUNNING") await new Promise((resolve) => setTimeout(resolve, 5));
        server.faults.push(
          { request: server.requests.length + 2, stream: "cut" },
          { request: server.requests.length + 4, stream: "stall", delay: 1_000 },
        );
        const done = await sutro.jobs.wait(jobId, { pollInterval: 20, deadline: 10_000 });
        assert.equal(done.status, "SUCCEEDED");
      }),
  },
];
