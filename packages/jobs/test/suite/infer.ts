/**
 * `sutro.infer()` end to end against the mock: every kind of input, joined columns, output schemas of
 * each kind with their per-row errors, reasoning models, dry runs, the results window, and every refusal
 * made before any request.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { toStandardJsonSchema } from "@valibot/to-json-schema";
import { type } from "arktype";
import { parquetWriteBuffer } from "hyparquet-writer";
import * as v from "valibot";
import { z } from "zod";
import type { MockServer } from "../../../mock/src/index.ts";
import {
  APITimeoutError,
  APIUserAbortError,
  InvalidRequestError,
  JobNotSucceededError,
  type Logger,
  Sutro as WebSutro,
} from "../../src/index.ts";
import { API_KEY, type Case, clientFor, inDir, type Runtime, withMock } from "./harness.ts";

/** A mock whose jobs run 200 times faster than real time: a job of a few rows ends in a few ms. */
const fast = (fn: (server: MockServer) => Promise<void>, options: Parameters<typeof withMock>[0] = {}) =>
  withMock({ jobs: 1, speed: 200, ...options }, fn);

const client = (rt: Runtime, server: MockServer, logger?: Logger) => clientFor(rt, server, logger ? { logger, logLevel: "info" } : {});

/** The body of the last job created. */
const lastCreated = (server: MockServer) =>
  server.requests.filter((r) => r.path === "/v1/batch-inference").at(-1)?.body as Record<string, unknown>;

const Review = z.object({ sentiment: z.enum(["positive", "negative", "neutral"]), score: z.number() });

export const inferCases: Case[] = [
  {
    name: "infer(): strings in, one row per input out, in input order, each with its index, input, output and raw text",
    run: (rt) =>
      fast(async (server) => {
        const { jobId, rows } = await client(rt, server).infer(["Great service!", "Late again.", "Fine."], { model: "gpt-oss-20b" });
        assert.match(jobId, /^batch_job_/);
        assert.deepEqual(
          rows,
          ["Great service!", "Late again.", "Fine."].map((input, index) => ({
            index,
            input,
            output: `Processed: ${input}`,
            raw: `Processed: ${input}`,
          })),
        );
        assert.deepEqual(lastCreated(server).inputs, ["Great service!", "Late again.", "Fine."]);
        const bare = await client(rt, server).infer(["x"], { model: "m", includeInputs: false });
        assert.deepEqual(bare.rows, [{ index: 0, output: "Processed: x", raw: "Processed: x" }]);
      }),
  },
  {
    name: "infer() with a Zod schema: sent as json_schema; outputs parsed and checked; BADJSON and OFFSCHEMA rows carry their error, the rest are unaffected",
    run: (rt) =>
      fast(async (server) => {
        const { rows } = await client(rt, server).infer(["good", "BADJSON here", "OFFSCHEMA here", "bad"], {
          model: "m",
          outputSchema: Review,
        });
        assert.deepEqual(lastCreated(server).json_schema, Review["~standard"].jsonSchema.output({ target: "draft-07" }));
        const [good, notJSON, offSchema, bad] = rows;
        assert.equal(good?.error, undefined);
        assert.deepEqual(Object.keys(good?.output ?? {}).sort(), ["score", "sentiment"]);
        assert.equal(typeof good?.output?.score, "number");
        assert.equal(bad?.error, undefined);
        assert.equal(notJSON?.output, undefined);
        assert.equal(notJSON?.error?.kind, "not-json");
        assert.match(notJSON?.raw ?? "", /^\{"answer"/);
        assert.equal(offSchema?.output, undefined);
        assert.equal(offSchema?.error?.kind, "schema");
        assert.deepEqual(offSchema?.error?.issues?.map((issue) => issue.path).sort(), [["score"], ["sentiment"]]);
        assert.match(offSchema?.error?.message ?? "", /does not match the schema: (score|sentiment): /);
      }),
  },
  {
    name: "infer() with a plain JSON Schema (checked by the SDK), a Valibot schema through toStandardJsonSchema, and an ArkType schema",
    run: (rt) =>
      fast(async (server) => {
        const sutro = client(rt, server);
        const plain = { type: "object", properties: { label: { type: "string" } }, required: ["label"] };
        const fromPlain = await sutro.infer(["a", "OFFSCHEMA b"], { model: "m", outputSchema: plain });
        assert.deepEqual(lastCreated(server).json_schema, plain);
        assert.equal(typeof (fromPlain.rows[0]?.output as { label: unknown } | undefined)?.label, "string");
        assert.deepEqual(fromPlain.rows[1]?.error?.issues, [{ message: "expected string, got integer", path: ["label"] }]);

        const valibot = toStandardJsonSchema(v.object({ label: v.string() }));
        const fromValibot = await sutro.infer(["a", "OFFSCHEMA b"], { model: "m", outputSchema: valibot });
        assert.equal(typeof fromValibot.rows[0]?.output?.label, "string");
        assert.equal(fromValibot.rows[1]?.error?.kind, "schema");

        const ark = type({ label: "string" });
        const fromArk = await sutro.infer(["a", "OFFSCHEMA b"], { model: "m", outputSchema: ark });
        assert.equal(typeof fromArk.rows[0]?.output?.label, "string");
        assert.equal(fromArk.rows[1]?.error?.kind, "schema");

        // A Standard Schema that cannot give JSON Schema is refused before anything is sent.
        const before = server.requests.length;
        await assert.rejects(
          sutro.infer(["a"], { model: "m", outputSchema: v.object({ label: v.string() }) }),
          (e: unknown) => e instanceof InvalidRequestError && /toStandardJsonSchema/.test((e as Error).message),
        );
        assert.equal(server.requests.length, before);
      }),
  },
  {
    name: "infer() with a reasoning model: output from content (parsed and checked with a schema), reasoning beside it, raw as sent",
    run: (rt) =>
      fast(async (server) => {
        const sutro = client(rt, server);
        const { rows } = await sutro.infer(["why"], { model: "qwen-3-thinking" });
        assert.equal(rows[0]?.output, "Processed: why");
        assert.equal(rows[0]?.reasoning, "Thought about: why");
        assert.deepEqual(JSON.parse(rows[0]?.raw ?? ""), { content: "Processed: why", reasoning_content: "Thought about: why" });
        const typed = await sutro.infer(["why"], { model: "deep-reasoning", outputSchema: Review });
        assert.deepEqual(Object.keys(typed.rows[0]?.output ?? {}).sort(), ["score", "sentiment"]);
        assert.equal(typed.rows[0]?.reasoning, "Thought about: why");
      }),
  },
  {
    name: "infer() reads .txt (trimmed lines, blank ones skipped), .csv (quotes, embedded newlines, a BOM, CRLF), .jsonl and .parquet files",
    run: (rt) =>
      fast((server) =>
        inDir(async (dir) => {
          const sutro = client(rt, server);
          const sent = async (path: string, options: { column?: Parameters<typeof sutro.infer>[1]["column"] } = {}) => {
            await sutro.infer(join(dir, path), { model: "m", ...options });
            return lastCreated(server).inputs;
          };
          writeFileSync(join(dir, "reviews.txt"), "  first  \n\n second\r\n\nthird\n");
          assert.deepEqual(await sent("reviews.txt"), ["first", "second", "third"]);
          writeFileSync(join(dir, "noext"), "one\ntwo");
          assert.deepEqual(await sent("noext"), ["one", "two"]);

          writeFileSync(join(dir, "reviews.csv"), '\ufeffid,title,body\r\n1,"Late, again","It was\r\nslow"\r\n2,"Say ""hi""",ok\r\n');
          assert.deepEqual(await sent("reviews.csv", { column: "body" }), ["It was\r\nslow", "ok"]);
          assert.deepEqual(await sent("reviews.csv", { column: ["title", { text: "\n\n" }, "body"] }), [
            "Late, again\n\nIt was\r\nslow",
            'Say "hi"\n\nok',
          ]);

          writeFileSync(join(dir, "strings.jsonl"), '"a"\n"b"\n');
          assert.deepEqual(await sent("strings.jsonl"), ["a", "b"]);
          writeFileSync(join(dir, "rows.jsonl"), '{"text": "x", "n": 1}\n{"text": "y", "n": 2}\n');
          assert.deepEqual(await sent("rows.jsonl", { column: "text" }), ["x", "y"]);
          // Objects without a column are a Sutro Function's rows.
          assert.deepEqual(await sent("rows.jsonl"), [
            { text: "x", n: 1 },
            { text: "y", n: 2 },
          ]);

          const parquet = parquetWriteBuffer({
            columnData: [
              { name: "id", data: [1, 2, 3], type: "INT32" },
              { name: "review", data: ["good", null, "bad"], type: "STRING" },
            ],
          });
          writeFileSync(join(dir, "reviews.parquet"), new Uint8Array(parquet));
          assert.deepEqual(await sent("reviews.parquet", { column: "review" }), ["good", "", "bad"]);
          assert.deepEqual(await sent("reviews.parquet", { column: ["id", { text: ": " }, "review"] }), ["1: good", "2: ", "3: bad"]);
        }),
      ),
  },
  {
    name: "infer() refuses before any request: a missing file, an unknown extension, an empty input, a column that is not there (naming those that are), a table of several columns without one",
    run: (rt) =>
      fast((server) =>
        inDir(async (dir) => {
          const sutro = client(rt, server);
          writeFileSync(join(dir, "two.csv"), "id,text\n1,a\n");
          writeFileSync(join(dir, "empty.txt"), "\n\n");
          writeFileSync(join(dir, "data.xlsx"), "x");
          writeFileSync(join(dir, "latin1.txt"), Buffer.from("caf\xe9\n", "latin1"));
          // biome-ignore lint/suspicious/noSparseArray: the hole is the point.
          const holes = ["a", , "c"] as string[];
          const refusals: [Parameters<typeof sutro.infer>[0], Parameters<typeof sutro.infer>[1], RegExp][] = [
            [join(dir, "missing.csv"), { model: "m", column: "text" }, /missing\.csv does not exist/],
            [dir, { model: "m" }, /is a directory/],
            [join(dir, "data.xlsx"), { model: "m" }, /not \.xlsx/],
            [join(dir, "empty.txt"), { model: "m" }, /holds no inputs/],
            [join(dir, "latin1.txt"), { model: "m" }, /not UTF-8/],
            [join(dir, "two.csv"), { model: "m" }, /has 2 columns \(id, text\): say which to run/],
            [join(dir, "two.csv"), { model: "m", column: "body" }, /has no column "body"; its columns are id, text/],
            [join(dir, "two.csv"), { model: "m", column: ["id", { txt: "x" } as never] }, /literal text/],
            [[], { model: "m" }, /no inputs/],
            // Refused by jobs.create()'s own check, before anything is sent.
            [holes, { model: "m" }, /inputs\[1\] is a hole in a sparse array/],
            [["a", 1 as never], { model: "m" }, /all strings, or all objects/],
            [["a"], { model: "m", column: "text" }, /plain strings/],
            ["dataset-4a1f2c3d-1111-2222-3333-444455556666", { model: "m" }, /needs column/],
            ["dataset-nope", { model: "m", column: "text" }, /not a dataset id/],
            ["https://example.com/data.csv", { model: "m", column: ["a", "b"] }, /cannot be joined/],
            [["a"], { model: "m", idColumn: "id" }, /idColumn is for URL inputs/],
            [["a"], { model: "m", modle: "x" } as never, /does not take modle/],
            [["a"], { model: "m", outputSchema: "nope" as never }, /outputSchema must be/],
            [["a"], { model: "" }, /model must be/],
          ];
          for (const [data, options, words] of refusals) {
            await assert.rejects(
              sutro.infer(data, options),
              (e: unknown) => e instanceof InvalidRequestError && words.test((e as Error).message),
              String(words),
            );
          }
          assert.equal(server.requests.length, 0);
          // The web entry reads no files: a path is refused, saying what it takes instead.
          const web = new WebSutro({ apiKey: API_KEY, apiURL: server.apiURL });
          await assert.rejects(web.infer(join(dir, "two.csv"), { model: "m", column: "text" }), /reads no files/);
        }),
      ),
  },
  {
    name: "infer() sends a dataset id or a URL as it is, with column_name (and id_column_name for a URL); the service reads the rows",
    run: (rt) =>
      fast(async (server) => {
        const sutro = client(rt, server);
        const dataset = "dataset-4a1f2c3d-1111-2222-3333-444455556666";
        const fromDataset = await sutro.infer(dataset, { model: "m", column: "review" });
        assert.deepEqual([lastCreated(server).inputs, lastCreated(server).column_name], [dataset, "review"]);
        assert.equal(fromDataset.rows.length, 10);
        const url = "https://data.example.com/reviews.parquet";
        await sutro.infer(url, { model: "m", idColumn: "review_id" });
        const body = lastCreated(server);
        assert.deepEqual([body.inputs, body.column_name, body.id_column_name], [url, undefined, "review_id"]);
      }),
  },
  {
    name: "infer({ dryRun: true }): submits a cost estimate, waits for it, and resolves to its jobId and costEstimate",
    run: (rt) =>
      fast(async (server) => {
        const estimate = await client(rt, server).infer(["a", "b"], { model: "m", dryRun: true });
        assert.equal(lastCreated(server).cost_estimate, true);
        assert.match(estimate.jobId, /^batch_job_/);
        assert.equal(typeof estimate.costEstimate, "number");
        assert.equal("rows" in estimate, false);
      }),
  },
  {
    name: "infer(): results not there yet right after SUCCEEDED (409) are asked for again with backoff, and arrive",
    run: (rt) =>
      fast(
        async (server) => {
          const { rows } = await client(rt, server).infer(["a", "b"], { model: "m" });
          assert.equal(rows.length, 2);
          const statuses = server.requests.filter((r) => r.path === "/v1/job-results").map((r) => r.status);
          assert.ok(statuses.includes(409), statuses.join(" "));
          assert.equal(statuses.at(-1), 200);
        },
        // A second of real time (the jobs' clock runs 200 times faster): the wait sees the end well within it.
        { resultsLag: 200_000 },
      ),
  },
  {
    name: "infer(): a job that ends FAILED is a JobNotSucceededError with its id, status and failure reason",
    run: (rt) =>
      fast(async (server) => {
        const failed = await client(rt, server)
          .infer(["ok", "please FAIL"], { model: "m" })
          .catch((e: unknown) => e);
        assert.ok(failed instanceof JobNotSucceededError, String(failed));
        assert.match(failed.jobId ?? "", /^batch_job_/);
        assert.equal(failed.jobStatus, "FAILED");
        assert.ok(failed.failureReason?.message);
        assert.match(failed.message, /ended FAILED/);
      }),
  },
  {
    name: "infer(): an abort or a deadline stops the waiting, never the job, and says how to fetch its results later",
    run: (rt) =>
      withMock({ jobs: 1, speed: 1 }, async (server) => {
        const sutro = client(rt, server);
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 300);
        const aborted = await sutro.infer(["a"], { model: "m", signal: controller.signal }).catch((e: unknown) => e);
        assert.ok(aborted instanceof APIUserAbortError, String(aborted));
        const id = (lastCreated(server) && server.dataset.at(0).job_id) as string;
        assert.match((aborted as Error).message, new RegExp(`${id}.*goes on.*sutro\\.jobs\\.results\\("${id}"\\)`));
        const late = await sutro.infer(["a"], { model: "m", deadline: 300 }).catch((e: unknown) => e);
        assert.ok(late instanceof APITimeoutError, String(late));
        assert.match((late as Error).message, /sutro\.jobs\.results\("batch_job_/);
      }),
  },
  {
    name: "infer(): more than 1,000 inputs at priority 0 is said once, with how to use priority 1; never refused",
    run: (rt) =>
      fast(
        async (server) => {
          const warnings: string[] = [];
          const add = (message: string) => warnings.push(message);
          const sutro = client(rt, server, { debug: add, info: add, warn: add, error: add });
          const inputs = Array.from({ length: 1_001 }, (_, i) => `r${i}`);
          const { rows } = await sutro.infer(inputs, { model: "m" });
          assert.equal(rows.length, 1_001);
          assert.equal(warnings.filter((w) => /priority 0/.test(w)).length, 1);
          assert.match(warnings.find((w) => /priority 0/.test(w)) ?? "", /at priority 1/);
          warnings.length = 0;
          await sutro.infer(inputs, { model: "m", priority: 1 });
          assert.equal(warnings.filter((w) => /priority 0/.test(w)).length, 0);
        },
        { speed: 5_000 },
      ),
  },
];
