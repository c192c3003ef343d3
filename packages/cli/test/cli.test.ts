import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetReadObjects } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { parquetWriteBuffer } from "hyparquet-writer";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { Sutro } from "../../jobs/src/node.ts";
import { artifactBytes } from "../../mock/src/artifacts.ts";
import { type MockServer, startMockServer } from "../../mock/src/index.ts";
import { EXIT, EXIT_MEANINGS } from "../src/errors.ts";
import { exited, freshHome, RUNTIMES, run, runOnTerminal, start } from "./run.ts";

const KEY = "sk_live_CLI0SECRET0KEY0123456789";
const GOLDEN = join(import.meta.dirname, "golden");
let server: MockServer;
let env: Record<string, string>;

beforeAll(async () => {
  // The golden files hold dates: the seeded jobs are dated from a fixed moment here.
  server = await startMockServer({ jobs: 1050, seed: 1, apiKey: KEY, newest: Date.UTC(2026, 0, 15, 12) });
  env = { SUTRO_API_KEY: KEY, SUTRO_API_URL: server.apiURL };
});
afterAll(() => server.close());

/** Compares with the golden file; `UPDATE_GOLDEN=1` rewrites it instead. */
function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

const ALL_OUTPUT: string[] = [];
const keep = <T extends { stdout: string; stderr: string }>(result: T): T => {
  ALL_OUTPUT.push(result.stdout, result.stderr);
  return result;
};

describe.each(Object.keys(RUNTIMES))("sutro-jobs on %s", (runtime) => {
  const cli = async (args: string[], extra: Record<string, string> = {}, stdin?: string) =>
    keep(await run(runtime, args, { ...env, ...extra }, stdin));

  test("list: the 25 newest jobs as an aligned table, no colour and nothing on stderr without a terminal", async () => {
    const { code, stdout, stderr } = await cli(["list"]);
    expect([code, stderr]).toEqual([0, ""]);
    golden("list.txt", stdout);
    expect(stdout).not.toContain("\u001b[");
  });

  test.each([
    ["json", ["--limit", "3", "--json"]],
    ["ndjson", ["--limit", "3", "--ndjson"]],
    ["csv", ["--limit", "8", "--csv"]],
    ["fields.csv", ["--limit", "4", "--csv", "--fields", "id,status,failure,sampling_params"]],
  ])("list as %s matches its golden file", async (name, args) => {
    const { code, stdout } = await cli(["list", ...args]);
    expect(code).toBe(0);
    golden(`list.${name}`, stdout);
  });

  test("--status (repeatable, any case), --since and --until filter; --fields picks columns", async () => {
    const statuses = await cli(["list", "--status", "failed", "--status", "Cancelled", "--limit", "30", "--ndjson"]);
    const jobs = statuses.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(jobs).toHaveLength(30);
    expect(new Set(jobs.map((j) => j.status.toUpperCase()))).toEqual(new Set(["FAILED", "CANCELLED"]));

    const since = server.dataset.at(9).datetime_created;
    const until = server.dataset.at(5).datetime_created;
    const window = await cli(["list", "--since", since, "--until", until, "--json", "--fields", "id,created"]);
    expect(JSON.parse(window.stdout)).toEqual(
      [5, 6, 7, 8, 9].map((i) => ({ job_id: server.dataset.at(i).job_id, datetime_created: server.dataset.at(i).datetime_created })),
    );
  });

  test("--all --ndjson streams every job, newest first, one request a page", async () => {
    const before = server.requests.length;
    const { code, stdout, stderr } = await cli(["list", "--all", "--ndjson"]);
    expect([code, stderr]).toEqual([0, ""]);
    const ids = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).job_id);
    expect(ids).toEqual(Array.from({ length: 1050 }, (_, i) => server.dataset.at(i).job_id));
    expect(server.requests.length - before).toBe(11);
  });

  test.each(["ndjson", "json", "csv"])(
    "list --all --%s | head -1: a closed pipe ends quietly with exit 0 and stops paging",
    async (format) => {
      const before = server.requests.length;
      const child = start(runtime, ["list", "--all", `--${format}`], env);
      let stderr = "";
      child.stderr.on("data", (c: Buffer) => (stderr += c));
      // Like `head -1`: read until the first line, then close the pipe.
      child.stdout.once("data", () => child.stdout.destroy());
      expect(await exited(child)).toBe(0);
      expect(stderr).toBe("");
      expect(server.requests.length - before, "paging stopped once the reader left").toBeLessThan(11);
    },
  );

  test("Ctrl-C during --all --json exits 130 and leaves a valid JSON array of the jobs listed so far", async () => {
    server.faults.push({ page: 4, delay: 5_000 });
    try {
      const child = start(runtime, ["list", "--all", "--json", "--fields", "id"], env);
      let stdout = "";
      let stderr = "";
      child.stderr.on("data", (c: Buffer) => (stderr += c));
      child.stdout.on("data", (c: Buffer) => {
        stdout += c;
        // Three pages written, the fourth is stalled: interrupt.
        if (!child.killed && (stdout.match(/job_id/g) ?? []).length === 300) child.kill("SIGINT");
      });
      expect(await exited(child)).toBe(130);
      expect(JSON.parse(stdout)).toEqual(Array.from({ length: 300 }, (_, i) => ({ job_id: server.dataset.at(i).job_id })));
      expect(stderr).toBe("sutro-jobs: Interrupted.\n");
    } finally {
      server.faults.length = 0;
    }
  });

  test("status finds a job (exit 0) or says it is missing (exit 1)", async () => {
    const target = server.dataset.at(120).job_id;
    const before = server.requests.length;
    const found = await cli(["status", target, "--json"]);
    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout)).toEqual(server.dataset.at(120));
    expect(
      server.requests.slice(before).map((r) => r.path),
      "one request, not the list",
    ).toEqual([`/v1/jobs/${target}`]);
    const missing = await cli(["status", "batch_job_nope"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^sutro-jobs: GET \S+\/v1\/jobs\/batch_job_nope failed with 404: Job batch_job_nope not found\.\n$/);
  });

  test("results --csv of a job with no rows still writes its header: the columns asked for", async () => {
    const job = { job_id: "batch_job_empty", status: "SUCCEEDED", datetime_created: "2026-11-30T10:00:00Z", num_rows: 0 };
    const empty = await startMockServer({ apiKey: KEY, dataset: [job] });
    try {
      const result = await cli(["results", "batch_job_empty", "--csv", "--include-inputs"], { SUTRO_API_URL: empty.apiURL });
      expect([result.code, result.stdout, result.stderr]).toEqual([0, "output,input\r\n", ""]);
    } finally {
      await empty.close();
    }
  });

  describe("the job's life: submit, status, cancel, results, quotas", () => {
    let live: MockServer;
    let liveEnv: Record<string, string>;
    beforeAll(async () => {
      // Jobs live 40 times faster than real time: QUEUED 25 ms, STARTING 25 ms, RUNNING 2.5 ms a row.
      live = await startMockServer({ jobs: 5, seed: 2, apiKey: KEY, speed: 40 });
      liveEnv = { SUTRO_API_KEY: KEY, SUTRO_API_URL: live.apiURL };
    });
    afterAll(() => live.close());
    const run2 = (args: string[], stdin?: string) => cli(args, liveEnv, stdin);

    test("submit --wait, then results: one row per input, in order", async () => {
      const dir = freshHome();
      const file = join(dir, "inputs.txt");
      writeFileSync(file, "first review\n\nsecond review\nthird, with a comma\n");
      const submitted = await run2(["submit", file, "--model", "gpt-oss-20b", "--name", "CLI test", "--wait", "--poll-interval", "0.01"]);
      expect(submitted.code, submitted.stderr).toBe(0);
      const jobId = submitted.stdout.trim();
      expect(jobId).toMatch(/^batch_job_\d+$/);
      expect(submitted.stderr).toMatch(/SUCCEEDED\n$/);
      const rows = await run2(["results", jobId, "--include-inputs"]);
      expect(rows.code).toBe(0);
      expect(
        rows.stdout
          .trim()
          .split("\n")
          .map((line) => JSON.parse(line)),
      ).toEqual(["first review", "second review", "third, with a comma"].map((input) => ({ output: `Processed: ${input}`, input })));
      const csv = await run2(["results", jobId, "--csv"]);
      expect(csv.stdout.split("\r\n")[0]).toBe("output");
    });

    test("submit reads stdin, JSONL and a CSV column, and refuses a submit without --model", async () => {
      const dir = freshHome();
      writeFileSync(join(dir, "rows.csv"), 'id,text\n1,"a, b"\n2,c\n');
      writeFileSync(join(dir, "rows.jsonl"), '"x"\n"y"\n');
      for (const [args, stdin, rows] of [
        [["submit", "-", "--model", "m"], "one\ntwo\n", 2],
        [["submit", join(dir, "rows.csv"), "--column", "text", "--model", "m"], undefined, 2],
        [["submit", join(dir, "rows.jsonl"), "--model", "m"], undefined, 2],
      ] as const) {
        const result = await run2([...args], stdin);
        expect(result.code, result.stderr).toBe(0);
        const sent = live.requests.filter((r) => r.path === "/v1/batch-inference").at(-1)?.body as { inputs: unknown[] };
        expect(sent.inputs).toHaveLength(rows);
      }
      const csvRows = live.requests.filter((r) => r.path === "/v1/batch-inference").at(-2)?.body as { inputs: unknown[] } | undefined;
      expect(csvRows?.inputs).toEqual(["a, b", "c"]);
      const noModel = await run2(["submit", "-"], "x\n");
      expect([noModel.code, noModel.stderr]).toEqual([2, "sutro-jobs: submit needs --model, e.g. --model gpt-oss-20b. (see --help)\n"]);
    });

    test("cancel --wait follows a running job to CANCELLED (exit 8); a finished job's cancel is refused (exit 10); results of it exit 9", async () => {
      const rows = Array.from({ length: 10_000 }, (_, i) => `row ${i}`).join("\n");
      const jobId = (await run2(["submit", "-", "--model", "m"], rows)).stdout.trim();
      const early = await run2(["results", jobId]);
      expect(early.code).toBe(9);
      expect(early.stderr).toMatch(
        /^sutro-jobs: batch_job_\d+ is (QUEUED|STARTING|RUNNING): it has results once it has SUCCEEDED. Follow it to its end with `sutro-jobs watch batch_job_\d+`.\n$/,
      );
      // RUNNING from 50 ms after submitting, for 25 s: cancel it while it runs.
      let status = "";
      while (status !== "RUNNING") status = JSON.parse((await run2(["status", jobId, "--json"])).stdout).status;
      const cancelled = await run2(["cancel", jobId, "--wait", "--poll-interval", "0.01"]);
      expect(cancelled.code, cancelled.stderr).toBe(8);
      expect(cancelled.stdout).toMatch(/^Cancelling job with job_id/);
      expect(cancelled.stderr).toMatch(/(CANCELLING\n.*)?CANCELLED\n$/s);
      const again = await run2(["cancel", jobId]);
      expect(again.code).toBe(10);
      expect(again.stdout).toMatch(/already CANCELLED/);
    });

    test("watch follows a running job to its end as NDJSON without a terminal; a finished job is not watched", async () => {
      // 1,000 rows run 2.5 s here: long enough for a runtime to start and catch the job running.
      const rows = Array.from({ length: 1_000 }, (_, i) => `row ${i}`).join("\n");
      const jobId = (await run2(["submit", "-", "--model", "m"], rows)).stdout.trim();
      const watched = await run2(["attach", jobId, "--poll-interval", "0.01"]);
      expect(watched.code, watched.stderr).toBe(0);
      const lines = watched.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      // The SDK's names (the naming rule), never a mix of rows_done and inputTokens.
      expect(lines.every((l) => l.jobId === jobId && !("job_id" in l))).toBe(true);
      expect(lines.filter((l) => l.type === "progress").at(-1)).toEqual({ jobId, type: "progress", rowsDone: 1_000 });
      expect(lines.find((l) => l.type === "tokens")).toEqual({
        jobId,
        type: "tokens",
        inputTokens: expect.any(Number),
        outputTokens: expect.any(Number),
        tokensPerSecond: 4000,
      });
      expect(lines.at(-1)).toEqual({ jobId, type: "status", status: "SUCCEEDED" });
      const again = await run2(["watch", "--latest"]);
      expect(again.code).toBe(0);
      expect(again.stderr).toMatch(/is already SUCCEEDED; nothing to watch/);
      const usage = await run2(["watch"]);
      expect(usage.code).toBe(2);
    });

    test("watch | head: a reader that leaves ends the watch quietly, exit 0, nothing on stderr; the job goes on", async () => {
      const rows = Array.from({ length: 1_000 }, (_, i) => `row ${i}`).join("\n");
      const jobId = (await run2(["submit", "-", "--model", "m"], rows)).stdout.trim();
      const child = start(runtime, ["watch", jobId, "--json", "--poll-interval", "0.01"], liveEnv);
      let stderr = "";
      child.stderr.on("data", (c: Buffer) => (stderr += c));
      child.stdout.once("data", () => child.stdout.destroy());
      expect(await exited(child)).toBe(0);
      expect(stderr).toBe("");
    });

    test("submit: stdin and the same file give the same inputs, UTF-8 decoded whole across chunks, each line trimmed", async () => {
      const lines = Array.from({ length: 20_000 }, (_, i) => `café – 日本語 – 🎉 ${i}`);
      const text = `  ${lines.join("\n")}  \n\n`;
      const file = join(freshHome(), "inputs.txt");
      writeFileSync(file, text);
      const sent = () =>
        (live.requests.filter((r) => r.path === "/v1/batch-inference").at(-1)?.body as { inputs: string[] } | undefined)?.inputs;
      const viaStdin = await run2(["submit", "-", "--model", "m"], text);
      expect(viaStdin.code, viaStdin.stderr).toBe(0);
      expect(sent()).toEqual(lines);
      const viaFile = await run2(["submit", file, "--model", "m"]);
      expect(viaFile.code, viaFile.stderr).toBe(0);
      expect(sent()).toEqual(lines);
    });

    test("submit: a CSV of several columns needs --column (refused, naming them, nothing sent); a text file's blank lines are counted on stderr", async () => {
      const dir = freshHome();
      writeFileSync(join(dir, "rows.csv"), 'id,text\n1,"a, b"\n2,c\n');
      writeFileSync(join(dir, "rows.txt"), "one\n\n\ntwo\n");
      const before = live.requests.length;
      const unsure = await run2(["submit", join(dir, "rows.csv"), "--model", "m"]);
      expect([unsure.code, unsure.stderr]).toEqual([
        2,
        `sutro-jobs: ${join(dir, "rows.csv")} has 2 columns (id, text): say which to run with --column. (see --help)\n`,
      ]);
      expect(live.requests.length).toBe(before);
      const counted = await run2(["submit", join(dir, "rows.txt"), "--model", "m"]);
      expect(counted.code).toBe(0);
      expect(counted.stderr).toBe(`Skipped 2 blank lines of ${join(dir, "rows.txt")}.\n`);
    });

    test("submit: input that is not UTF-8 is refused (exit 2) from a file and from stdin, and nothing is sent", async () => {
      const file = join(freshHome(), "latin1.txt");
      writeFileSync(file, Buffer.from("caf\xe9\n", "latin1"));
      const before = live.requests.length;
      const fromFile = await run2(["submit", file, "--model", "m"]);
      expect([fromFile.code, fromFile.stderr]).toEqual([2, `sutro-jobs: ${file} is not UTF-8 text: nothing was sent. (see --help)\n`]);
      const child = start(runtime, ["submit", "-", "--model", "m"], liveEnv);
      let stderr = "";
      child.stderr.on("data", (c: Buffer) => (stderr += c));
      child.stdin.end(Buffer.from("caf\xe9\n", "latin1"));
      expect(await exited(child)).toBe(2);
      expect(stderr).toBe("sutro-jobs: stdin is not UTF-8 text: nothing was sent. (see --help)\n");
      expect(live.requests.length).toBe(before);
    });

    test("Ctrl-C while a job is being sent: exit 130, saying the job may exist and the command that looks for it", async () => {
      const file = join(freshHome(), "inputs.txt");
      writeFileSync(file, "one\ntwo\n");
      const before = live.requests.length;
      live.faults.push({ request: before + 1, delay: 5_000 });
      try {
        const child = start(runtime, ["submit", file, "--model", "m"], liveEnv);
        let stderr = "";
        child.stderr.on("data", (c: Buffer) => (stderr += c));
        while (live.requests.length === before) await new Promise((resolve) => setTimeout(resolve, 10));
        child.kill("SIGINT");
        expect(await exited(child)).toBe(130);
        expect(stderr).toMatch(
          /^sutro-jobs: Interrupted after the job was sent: the job may exist, and may be billed\. .*`sutro-jobs list --limit 10`/,
        );
        expect(stderr).not.toMatch(/sutro\.jobs/);
      } finally {
        live.faults.length = 0;
      }
    });

    test("results -o: a directory or a missing folder is one line and exit 12 before any request; the file appears only whole", async () => {
      const dir = freshHome();
      const before = live.requests.length;
      const intoDir = await run2(["results", "batch_job_1", "-o", dir]);
      expect([intoDir.code, intoDir.stderr]).toEqual([12, `sutro-jobs: Cannot write ${dir}: it is a directory; give a file name.\n`]);
      const missing = join(dir, "nope", "rows.csv");
      const intoNothing = await run2(["results", "batch_job_1", "-o", missing]);
      expect([intoNothing.code, intoNothing.stderr]).toEqual([
        12,
        `sutro-jobs: Cannot write ${missing}: ENOENT (the folder does not exist).\n`,
      ]);
      expect(live.requests.length).toBe(before);
      // A job that has not succeeded: exit 9, and nothing left under the name or beside it.
      const running = (
        await run2(["submit", "-", "--model", "m"], Array.from({ length: 1_000 }, (_, i) => `r${i}`).join("\n"))
      ).stdout.trim();
      const early = await run2(["results", running, "-o", join(dir, "rows.csv")]);
      expect(early.code).toBe(9);
      expect(readdirSync(dir)).toEqual([]);
    });

    test("results -o: the format follows the extension (.csv, .json, .jsonl), the rows streamed from the results file; .parquet is that file itself, read back as its rows", async () => {
      const dir = freshHome();
      const jobId = (await run2(["submit", "-", "--model", "m", "--wait", "--poll-interval", "0.01"], "first\nsecond\n")).stdout.trim();
      for (const [name, check] of [
        ["rows.csv", (text: string) => expect(text.split("\r\n").slice(0, 2)).toEqual(["output,input", "Processed: first,first"])],
        ["rows.json", (text: string) => expect(JSON.parse(text).map((r: { input: string }) => r.input)).toEqual(["first", "second"])],
        [
          "rows.jsonl",
          (text: string) =>
            expect(
              text
                .trim()
                .split("\n")
                .map((l) => JSON.parse(l).input),
            ).toEqual(["first", "second"]),
        ],
      ] as const) {
        const before = live.requests.length;
        const result = await run2(["results", jobId, "--include-inputs", "-o", join(dir, name)]);
        expect(result.code, result.stderr).toBe(0);
        check(readFileSync(join(dir, name), "utf8"));
        // Read from the results file a row group at a time, not from one JSON answer of every row.
        const asked = live.requests.slice(before).map((r) => r.path);
        expect(asked).not.toContain("/v1/job-results");
        expect(asked.some((path) => path.startsWith("/__artifacts/"))).toBe(true);
      }
      const parquet = await run2(["results", jobId, "--include-inputs", "-o", join(dir, "rows.parquet")]);
      expect(parquet.code, parquet.stderr).toBe(0);
      const bytes = readFileSync(join(dir, "rows.parquet"));
      const rows = await parquetReadObjects({
        file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
        compressors,
      });
      expect(rows.map((r) => [r.outputs, r.inputs])).toEqual([
        ["Processed: first", "first"],
        ["Processed: second", "second"],
      ]);
    });

    test("infer: a CSV of several columns and an output schema to NDJSON rows in input order; rows that fail the schema are kept with their error, counted, exit 13", async () => {
      const dir = freshHome();
      writeFileSync(join(dir, "reviews.csv"), 'id,title,body\r\n1,Great,"It was, fine"\r\n2,Bad,OFFSCHEMA no\r\n3,Odd,BADJSON y\r\n');
      const schema = {
        type: "object",
        properties: { sentiment: { type: "string", enum: ["positive", "negative"] } },
        required: ["sentiment"],
      };
      writeFileSync(join(dir, "schema.json"), JSON.stringify(schema));
      const args = ["infer", join(dir, "reviews.csv"), "--model", "m", "--column", "title", "--column", "body", "--join", ": "];
      const result = await run2([...args, "--output-schema", join(dir, "schema.json")]);
      expect(result.code, result.stderr).toBe(13);
      const rows = result.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(rows.map((r) => [r.index, r.input, r.error?.kind])).toEqual([
        [0, "Great: It was, fine", undefined],
        [1, "Bad: OFFSCHEMA no", "schema"],
        [2, "Odd: BADJSON y", "not-json"],
      ]);
      expect(["positive", "negative"]).toContain(rows[0].output.sentiment);
      expect(result.stderr).toMatch(/2 of 3 rows did not match the output schema/);
      const sent = live.requests.filter((r) => r.path === "/v1/batch-inference").at(-1)?.body as Record<string, unknown>;
      expect(sent.json_schema).toEqual(schema);
      // Several columns and none chosen: refused, naming them, and nothing is sent.
      const before = live.requests.length;
      const unsure = await run2(["infer", join(dir, "reviews.csv"), "--model", "m"]);
      expect(unsure.code).toBe(2);
      expect(unsure.stderr).toMatch(/has 3 columns \(id, title, body\)/);
      expect(live.requests.length).toBe(before);
    });

    test("infer -o writes .jsonl, .csv and .parquet, whole; the Parquet file reads back as the rows; - reads stdin; --dry-run prints the estimate", async () => {
      const dir = freshHome();
      const inputs = "first\nsecond, with a comma\n";
      const expected = ["first", "second, with a comma"].map((input, index) => ({
        index,
        input,
        output: `Processed: ${input}`,
        raw: `Processed: ${input}`,
      }));
      for (const name of ["rows.jsonl", "rows.csv", "rows.parquet"]) {
        const result = await run2(["infer", "-", "--model", "m", "-o", join(dir, name)], inputs);
        expect([result.code, result.stdout], result.stderr).toEqual([0, ""]);
        expect(result.stderr).toMatch(`Wrote 2 rows to ${join(dir, name)}.`);
      }
      expect(
        readFileSync(join(dir, "rows.jsonl"), "utf8")
          .trim()
          .split("\n")
          .map((line) => JSON.parse(line)),
      ).toEqual(expected);
      expect(readFileSync(join(dir, "rows.csv"), "utf8")).toBe(
        'index,input,output,raw,reasoning,error\r\n0,first,Processed: first,Processed: first,,\r\n1,"second, with a comma","Processed: second, with a comma","Processed: second, with a comma",,\r\n',
      );
      const bytes = readFileSync(join(dir, "rows.parquet"));
      const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      expect(await parquetReadObjects({ file, compressors })).toEqual(expected.map((row) => ({ ...row, reasoning: null, error: null })));
      expect(readdirSync(dir).sort()).toEqual(["rows.csv", "rows.jsonl", "rows.parquet"]);
      const estimate = await run2(["infer", "-", "--model", "m", "--dry-run"], inputs);
      expect(estimate.code, estimate.stderr).toBe(0);
      expect(JSON.parse(estimate.stdout)).toEqual({ jobId: expect.stringMatching(/^batch_job_/), costEstimate: expect.any(Number) });
    });

    test("infer: Ctrl-C stops waiting, never the job: exit 130 and the command that fetches its rows later", async () => {
      const rows = Array.from({ length: 10_000 }, (_, i) => `row ${i}`).join("\n");
      const file = join(freshHome(), "big.txt");
      writeFileSync(file, rows);
      const before = live.requests.length;
      const child = start(runtime, ["infer", file, "--model", "m"], liveEnv);
      let stderr = "";
      child.stderr.on("data", (c: Buffer) => (stderr += c));
      // Interrupt once the job exists and is being waited for.
      while (!live.requests.slice(before).some((r) => r.path.startsWith("/v1/jobs/")))
        await new Promise((resolve) => setTimeout(resolve, 10));
      child.kill("SIGINT");
      expect(await exited(child)).toBe(130);
      const jobId = (live.requests.slice(before).find((r) => r.path === "/v1/batch-inference") && live.dataset.at(0).job_id) as string;
      // Past the soft limit of priority 0, which is said first.
      expect(stderr).toMatch(/10000 inputs at priority 0/);
      expect(stderr.split("\n").at(-2)).toBe(
        `sutro-jobs: Stopped waiting for ${jobId}; the job goes on. Its rows, once it has run: sutro-jobs results ${jobId}`,
      );
    });

    test("every exit code of the table, row by row, from the command that gives it", async () => {
      const dir = freshHome();
      const file = (name: string, text: string) => {
        writeFileSync(join(dir, name), text);
        return join(dir, name);
      };
      const submitted = async (rows: string) =>
        (await run2(["submit", file("rows.txt", rows), "--model", "m", "--wait", "--poll-interval", "0.01"])).stdout.trim();
      const running = async () =>
        (await run2(["submit", "-", "--model", "m"], Array.from({ length: 10_000 }, (_, i) => `r${i}`).join("\n"))).stdout.trim();
      const schema = file(
        "schema.json",
        JSON.stringify({ type: "object", properties: { label: { type: "string" } }, required: ["label"] }),
      );
      const scenarios: Record<number, () => Promise<{ code: number | null }>> = {
        [EXIT.ok]: () => run2(["list", "--limit", "1"]),
        [EXIT.notFound]: () => run2(["status", "batch_job_nope"]),
        [EXIT.usage]: () => run2(["lsit"]),
        [EXIT.auth]: () => cli(["list"], { ...liveEnv, SUTRO_API_KEY: "sk_live_WRONG0SECRET0123456789" }),
        [EXIT.network]: () => cli(["list", "--api-url", "http://127.0.0.1:9", "--api-key", "sk_x", "--max-retries", "0"]),
        [EXIT.server]: async () => {
          live.faults.push({ status: 500, times: 1 });
          return run2(["list", "--max-retries", "0"]);
        },
        [EXIT.config]: () => cli(["list", "--api-url", "https://api.sutro.sh", "--api-key", "sk_x"]),
        [EXIT.jobFailed]: () => run2(["submit", file("fail.txt", "please FAIL\n"), "--model", "m", "--wait", "--poll-interval", "0.01"]),
        [EXIT.jobCancelled]: async () => run2(["cancel", await running(), "--wait", "--poll-interval", "0.01"]),
        [EXIT.notReady]: async () => run2(["results", await running()]),
        [EXIT.cancelRefused]: async () => run2(["cancel", await submitted("one\n")]),
        [EXIT.downloadIncomplete]: async () => {
          const jobId = await submitted("one\n");
          live.faults.push({ contentLength: 50_000, times: 1 });
          return run2(["download", jobId, "-o", join(dir, "results.parquet")]);
        },
        [EXIT.cannotWrite]: () => run2(["results", "batch_job_1", "-o", dir]),
        [EXIT.rowsFailed]: () => run2(["infer", "-", "--model", "m", "--output-schema", schema], "fine\nOFFSCHEMA\n"),
        [EXIT.interrupted]: async () => {
          live.faults.push({ delay: 5_000, times: 1 });
          const before = live.requests.length;
          const child = start(runtime, ["list", "--limit", "1"], liveEnv);
          // The request is held back by the server: interrupt while it waits.
          while (live.requests.length === before) await new Promise((resolve) => setTimeout(resolve, 10));
          child.kill("SIGINT");
          return { code: (await exited(child)) as number };
        },
      };
      try {
        expect(
          Object.keys(scenarios)
            .map(Number)
            .sort((a, b) => a - b),
        ).toEqual(EXIT_MEANINGS.map(([code]) => code).sort((a, b) => a - b));
        for (const [code] of EXIT_MEANINGS)
          expect((await (scenarios[code] as () => Promise<{ code: number | null }>)()).code, `exit ${code}`).toBe(code);
      } finally {
        live.faults.length = 0;
      }
    });

    test("datasets: upload a directory (checked, nothing sent for a bad file), files, infer over it, download one and all", async () => {
      const dir = freshHome();
      const source = join(dir, "in");
      mkdirSync(source);
      const parquet = (texts: string[]) =>
        new Uint8Array(parquetWriteBuffer({ columnData: [{ name: "review", data: texts, type: "STRING" }] }));
      writeFileSync(join(source, "b.parquet"), parquet(["c"]));
      writeFileSync(join(source, "a.parquet"), parquet(["a", "b"]));
      writeFileSync(join(dir, "bad.parquet"), "review\na\n");
      const before = live.requests.length;
      const bad = await run2(["datasets", "upload", join(dir, "bad.parquet")]);
      expect([bad.code, bad.stderr]).toEqual([2, "sutro-jobs: bad.parquet is not a Parquet file (no PAR1 at its start and end).\n"]);
      expect(live.requests.length).toBe(before);

      const uploaded = await run2(["datasets", "upload", source]);
      expect(uploaded.code, uploaded.stderr).toBe(0);
      const datasetId = uploaded.stdout.trim();
      expect(datasetId).toMatch(/^dataset-/);
      expect(uploaded.stderr).toMatch(/Uploaded 2 files to dataset-/);
      const files = await run2(["datasets", "files", datasetId]);
      expect(files.stdout.split("\n").map((line) => line.split(/\s+/)[0])).toEqual(["FILE", "a.parquet", "b.parquet", ""]);
      const listed = await run2(["datasets", "list", "--json"]);
      expect(JSON.parse(listed.stdout)[0]).toMatchObject({ dataset_id: datasetId, file_count: 2 });

      const inferred = await run2(["infer", datasetId, "--column", "review", "--model", "m"]);
      expect(inferred.code, inferred.stderr).toBe(0);
      expect(
        inferred.stdout
          .trim()
          .split("\n")
          .map((line) => JSON.parse(line).input),
      ).toEqual(["a", "b", "c"]);

      const out = join(dir, "out");
      const one = await run2(["datasets", "download", datasetId, "b.parquet", "-o", join(dir, "b-copy.parquet")]);
      expect(one.code, one.stderr).toBe(0);
      expect(readFileSync(join(dir, "b-copy.parquet"))).toEqual(readFileSync(join(source, "b.parquet")));
      const all = await run2(["datasets", "download", datasetId, "-o", out]);
      expect(all.stdout.trim().split("\n")).toEqual([join(out, "a.parquet"), join(out, "b.parquet")]);
      const wrong = await run2(["datasets", "upload", "--out", "x", source]);
      expect([wrong.code, wrong.stderr]).toEqual([2, "sutro-jobs: --out belongs to `datasets download`. (see --help)\n"]);
      const unknown = await run2(["datasets", "remove", datasetId]);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/Unknown datasets action "remove": create, list, files, upload or download/);
    });

    test("quotas prints each priority's quotas", async () => {
      const result = await run2(["quotas"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(
        "PRIORITY   ROW QUOTA     TOKEN QUOTA\n       0   1,000,000   2,000,000,000\n       1  10,000,000  20,000,000,000\n",
      );
    });
  });

  test.each([
    ["usage", 2, ["list", "--limit", "0"], /--limit takes a whole number/],
    ["usage", 2, ["list", "--json", "--csv"], /one output format/],
    ["usage", 2, ["lists"], /Unknown command "lists"/],
    ["usage", 2, ["status", "a", "--csv"], /--csv is not an option of status/],
    ["usage", 2, ["list", "--since", "yesterday"], /--since takes an ISO date/],
    ["usage", 2, ["list", "--fields", "id,stauts"], /unknown column "stauts"/],
    ["usage", 2, ["list", "--api-url", "http://127.0.0.1:9", "--base-url", "http://127.0.0.1:9"], /--api-url or --base-url, not both/],
    ["usage", 2, ["lsit"], /^sutro-jobs: Unknown command "lsit". Did you mean "list"\? Commands: /],
    ["usage", 2, ["list", "--limt", "5"], /^sutro-jobs: Unknown option --limt. Did you mean --limit\?/],
    ["usage", 2, ["status", "a", "--jsn"], /Unknown option --jsn. Did you mean --json\?/],
    ["usage", 2, ["list", "--status", "faild"], /--status faild is not a job status. Did you mean "FAILED"\? Statuses: UNKNOWN, /],
    ["usage", 2, ["list", "--max-retries", "-1"], /--max-retries takes a whole number ≥ 0, got "-1"/],
    ["usage", 2, ["list", "--limit", "-3"], /--limit takes a whole number ≥ 1, got "-3"/],
    [
      "authentication",
      3,
      ["list", "--api-key", "sk_live_WRONG0SECRET0123456789", "--api-url", "$API_URL"],
      /failed with 401.*Check the API key: it came from the `apiKey` option/,
    ],
    [
      "network",
      4,
      ["list", "--api-url", "http://127.0.0.1:9", "--api-key", "sk_x", "--max-retries", "0"],
      /failed before a complete response arrived/,
    ],
    [
      "configuration",
      6,
      ["list", "--api-url", "https://api.sutro.sh", "--api-key", "sk_x"],
      /api\.sutro\.sh, which is retired.*SUTRO_API_URL/,
    ],
    ["configuration", 6, ["list", "--api-key", "sk_x"], /^sutro-jobs: --api-key is set but --api-url is not: .*sutro-jobs login/],
  ] as const)("%s error (exit %i): one line on stderr, no stack trace", async (_, code, args, message) => {
    const result = await cli(args.map((arg) => arg.replace("$API_URL", server.apiURL)));
    expect(result.code).toBe(code);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test("no deployment anywhere: exit 6 naming the ways to give one; a URL without its key: exit 3", async () => {
    const none = await cli(["list"], { SUTRO_API_KEY: "", SUTRO_API_URL: "" });
    expect(none.code).toBe(6);
    expect(none.stderr).toBe(
      "sutro-jobs: No Sutro deployment is configured: a URL and its key are needed. To give them, run `sutro-jobs login`, set both SUTRO_API_URL and SUTRO_API_KEY, or pass --api-url with --api-key.\n",
    );
    const noKey = await cli(["list"], { SUTRO_API_KEY: "" });
    expect(noKey.code).toBe(3);
    expect(noKey.stderr).toMatch(/SUTRO_API_URL is set but SUTRO_API_KEY is not/);
    // The CLI's own words: its flags, variables and commands, never the SDK's option names.
    const insecure = await cli(["list"], { SUTRO_API_URL: "http://example.com/v1" });
    expect([insecure.code, insecure.stderr]).toEqual([
      6,
      "sutro-jobs: SUTRO_API_URL uses plain http:// to example.com, which would send the API key unencrypted. Use https://, or pass --allow-insecure-http if you really mean it.\n",
    ]);
    for (const result of [none, noKey, insecure]) expect(result.stderr).not.toMatch(/apiURL|apiKey|allowInsecureHTTP|new Sutro/);
  });

  test("a retired host answering 410 exits 6 with the server's detail; nothing retried", async () => {
    const retired = await startMockServer({ retired: true });
    try {
      const result = await cli(["list"], { SUTRO_API_URL: retired.apiURL });
      expect(result.code).toBe(6);
      expect(result.stderr).toMatch(/failed with 410: Direct access to this host is no longer supported.*deployment of its own/);
      expect(retired.requests).toHaveLength(1);
    } finally {
      await retired.close();
    }
  });

  test("timeouts exit 4, server errors exit 5; --debug adds the log and the stack, never the key", async () => {
    server.faults.push({ delay: 1_500 });
    const slow = await cli(["list", "--timeout", "0.2", "--max-retries", "0"]);
    server.faults.length = 0;
    expect(slow.code).toBe(4);
    expect(slow.stderr).toMatch(/did not complete within the 200 ms timeout/);

    server.faults.push({ status: 500 });
    const failing = await cli(["list", "--max-retries", "1", "--debug"]);
    server.faults.length = 0;
    expect(failing.code).toBe(5);
    expect(failing.stderr).toMatch(/→ GET .*authorization: '\[redacted\]'/);
    expect(failing.stderr).toMatch(/retrying GET/);
    expect(failing.stderr).toMatch(/InternalServerError: GET .* failed with 500[\s\S]*\n\s+at /);
  });

  test("login checks the key against the deployment, then saves api_url and api_key readable by its owner only", async () => {
    const home = freshHome();
    mkdirSync(join(home, ".sutro"));
    const path = join(home, ".sutro", "config.json");
    writeFileSync(path, JSON.stringify({ theme: "dark", base_url: "https://api.sutro.sh" }));
    const bare = { HOME: home, SUTRO_API_KEY: "", SUTRO_API_URL: "" };

    const rejected = await cli(["login", "--api-key-stdin", "--api-url", server.url], bare, "sk_live_WRONG0SECRET0123456789\n");
    expect(rejected.code).toBe(3);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({ theme: "dark", base_url: "https://api.sutro.sh" });

    const checks = server.requests.length;
    const ok = await cli(["login", "--api-key-stdin", "--api-url", server.url], bare, `${KEY}\n`);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(`Logged in to ${server.apiURL} with sk_live_…6789. Saved to ${path}.\n`);
    expect(server.requests.slice(checks).map((r) => r.path)).toEqual(["/v1/try-authentication"]);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({ theme: "dark", api_url: server.apiURL, api_key: KEY });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, ".sutro")).mode & 0o777).toBe(0o700);

    const fromFile = await cli(["list", "--limit", "2", "--json"], bare);
    expect(JSON.parse(fromFile.stdout)).toHaveLength(2);
    const shown = await cli(["config", "show"], bare);
    expect(shown.stdout).toBe(
      `deployment   ${server.apiURL} (from api_url in ${path})\nAPI key      sk_live_…6789 (from api_key in ${path})\nconfig file  ${path}\n`,
    );

    const flagKey = await cli(["login", "--api-key", KEY, "--api-url", server.apiURL], bare);
    expect(flagKey.code, "the global --api-key is the key login saves").toBe(0);

    const out = await cli(["logout"], { HOME: home });
    expect(out.code).toBe(0);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({ theme: "dark", api_url: server.apiURL });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  test("set-api-url saves the normalised URL and clears the saved key, saying so on stderr", async () => {
    const home = freshHome();
    mkdirSync(join(home, ".sutro"));
    const path = join(home, ".sutro", "config.json");
    writeFileSync(path, JSON.stringify({ api_url: "https://old.example/v1", api_key: KEY, base_url: "https://older.example" }));
    const result = await cli(["set-api-url", "https://new.example/"], { HOME: home });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Deployment URL set to https://new.example/v1 in ${path}.\n`);
    expect(result.stderr).toMatch(/saved API key was cleared/);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({ api_url: "https://new.example/v1" });
    const refused = await cli(["set-api-url", "https://api.sutro.sh"], { HOME: home });
    expect(refused.code).toBe(6);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({ api_url: "https://new.example/v1" });
  });

  test("config show: with a key, without one, with older names, and with a broken config file", async () => {
    const home = freshHome();
    const path = join(home, ".sutro", "config.json");
    const withKey = await cli(["config", "show"], { HOME: home });
    expect(withKey.stdout).toBe(
      `deployment   ${server.apiURL} (from SUTRO_API_URL)\nAPI key      sk_live_…6789 (from SUTRO_API_KEY)\nconfig file  ${path}\n`,
    );
    const noKey = await cli(["config", "show"], { HOME: home, SUTRO_API_KEY: "" });
    expect(noKey.code).toBe(0);
    expect(noKey.stdout).toMatch(
      /^deployment {3}.* \(from SUTRO_API_URL\)\nAPI key {6}none\n.*\nproblem {6}SUTRO_API_URL is set but SUTRO_API_KEY is not/s,
    );
    const legacy = await cli(["config", "show"], { HOME: home, SUTRO_API_URL: "", SUTRO_BASE_URL: server.url });
    expect(legacy.stdout).toContain(`deployment   ${server.apiURL} (from SUTRO_BASE_URL)`);
    expect(legacy.stdout).toContain("older names  SUTRO_BASE_URL");

    mkdirSync(path, { recursive: true });
    const broken = await cli(["config", "show"], { HOME: home, SUTRO_API_KEY: "", SUTRO_API_URL: "" });
    expect(broken.code).toBe(0);
    expect(broken.stdout).toMatch(/problem {6}The config file .* is a directory/);
    const unaffected = await cli(["list", "--limit", "1", "--json"], { HOME: home });
    expect(unaffected.code, "a broken config file does not matter when the environment gives the pair").toBe(0);
  });

  test("--help for every command, and --version", async () => {
    for (const command of [
      [],
      ["list"],
      ["submit"],
      ["status"],
      ["cancel"],
      ["results"],
      ["quotas"],
      ["datasets"],
      ["login"],
      ["logout"],
      ["set-api-url"],
      ["config"],
    ]) {
      const help = await cli([...command, "--help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Usage: sutro-jobs/);
    }
    const version = await cli(["--version"]);
    expect(version.stdout).toMatch(/^sutro-jobs 0\.1\.0 \(@sutro\/jobs 0\.1\.0\)\n$/);
  });
});

describe("hostile and odd input", () => {
  test("a job name with escape sequences, newlines and wide characters stays one aligned, inert row", async () => {
    const base = server.dataset.at(0);
    const hostile = await startMockServer({
      apiKey: KEY,
      dataset: [
        { ...base, job_id: "batch_job_2", name: "\u001b]0;pwned\u0007evil\nsecond line" },
        { ...base, job_id: "batch_job_1", name: "日本語の名前" },
      ],
    });
    try {
      const { code, stdout } = await run("node", ["list", "--fields", "id,name,status"], { ...env, SUTRO_API_URL: hostile.apiURL });
      expect(code).toBe(0);
      expect(stdout).not.toContain("\u001b");
      const lines = stdout.trimEnd().split("\n");
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain("\\x1b]0;pwned\\x07evil\\nsecond line");
      // The status column starts at the same display column on every row.
      const statusAt = (line: string) =>
        [...line.slice(0, line.lastIndexOf(" ") + 1)].reduce((n, ch) => n + (/[\u3040-\u9fff]/.test(ch) ? 2 : 1), 0);
      expect(new Set(lines.map(statusAt)).size).toBe(1);
    } finally {
      await hostile.close();
    }
  });

  test("--timeout beyond 2^31-1 ms works (no TimeoutOverflowWarning); --allow-insecure-http reaches a plain-http host", async () => {
    const long = await run("node", ["list", "--limit", "1", "--json", "--timeout", "3000000"], env);
    expect([long.code, long.stderr]).toEqual([0, ""]);
    // 127.0.0.1 written as an IPv4-mapped IPv6 address: a host the loopback rule does not recognise.
    const plainURL = server.apiURL.replace("127.0.0.1", "[::ffff:127.0.0.1]");
    const refused = await run("node", ["list", "--limit", "1", "--api-url", plainURL, "--api-key", KEY], {});
    expect(refused.code).toBe(6);
    // Said in the CLI's words: its flag, never the SDK's option name.
    expect(refused.stderr).toMatch(/^sutro-jobs: --api-url uses plain http:\/\/ to \[::ffff:7f00:1\].*--allow-insecure-http/);
    const allowed = await run(
      "node",
      ["list", "--limit", "1", "--json", "--api-url", plainURL, "--api-key", KEY, "--allow-insecure-http"],
      {},
    );
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout)).toHaveLength(1);
  });
});

describe("on a terminal (a pseudo-terminal through script)", () => {
  test("statuses are coloured and --all shows a live progress line on stderr", async () => {
    const { code, stdout } = await runOnTerminal(["list", "--all", "--fields", "id,status"], env);
    keep({ stdout, stderr: "" });
    expect(code).toBe(0);
    expect(stdout).toContain("\u001b[32mSUCCEEDED\u001b[39m");
    expect(stdout).toMatch(/11 pages, 1,050 jobs, [\d,]+ jobs\/s/);
  });

  test("NO_COLOR turns colour off", async () => {
    const { code, stdout } = await runOnTerminal(["list", "--limit", "20"], { ...env, NO_COLOR: "1" });
    expect(code).toBe(0);
    expect(stdout).toContain("SUCCEEDED");
    expect(stdout).not.toContain("\u001b[3");
  });

  test("watch draws one live line on a terminal: rows, percent, tokens/s, elapsed", async () => {
    // Five times real time, 60 rows: running for about 1.6 s, long enough for the CLI to start.
    const live = await startMockServer({ jobs: 1, apiKey: KEY, speed: 5 });
    try {
      const sutro = new Sutro({ apiKey: KEY, apiURL: live.apiURL });
      const { jobId } = await sutro.jobs.create({ inputs: Array.from({ length: 60 }, (_, i) => `row ${i}`), model: "m" });
      const result = await runOnTerminal(["watch", jobId, "--poll-interval", "0.01"], { SUTRO_API_KEY: KEY, SUTRO_API_URL: live.apiURL });
      expect(result.code).toBe(0);
      // The line is redrawn in place: carriage return and erase-line before each state.
      expect(result.stdout).toContain("\r\u001b[2K");
      expect(result.stdout).toMatch(/\S+ (STARTING|RUNNING): \d+ \/ 60 rows \(\d+%\)/);
      expect(result.stdout).toMatch(/SUCCEEDED: 60 \/ 60 rows \(100%\)/);
    } finally {
      await live.close();
    }
  });

  test("login asks for the deployment URL, then the key without echoing it", async () => {
    const home = freshHome();
    const result = await runOnTerminal(["login"], { HOME: home }, [
      { waitFor: "Deployment URL (from the Sutro app): ", type: `${server.url}\r` },
      { waitFor: "(input hidden): ", type: `${KEY}\r` },
    ]);
    keep(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Deployment URL (from the Sutro app): ${server.url}`);
    expect(result.stdout).toContain("Sutro API key (input hidden): ");
    expect(result.stdout).toContain("Logged in to");
    expect(JSON.parse(readFileSync(join(home, ".sutro", "config.json"), "utf8"))).toEqual({ api_url: server.apiURL, api_key: KEY });
  });

  test("login without a terminal and without --api-key-stdin is a usage error", async () => {
    const result = await run("node", ["login"], { HOME: freshHome() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--api-url/);
    const noKey = await run("node", ["login", "--api-url", server.url], { HOME: freshHome() });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/--api-key-stdin/);
  });
});

test("the key appeared in no output of any run above", () => {
  expect(ALL_OUTPUT.length).toBeGreaterThan(50);
  for (const text of ALL_OUTPUT) {
    expect(text).not.toContain(KEY);
    expect(text).not.toContain("CLI0SECRET");
  }
  expect(existsSync(GOLDEN)).toBe(true);
});

describe.each(Object.keys(RUNTIMES))("sutro-jobs download on %s", (runtime) => {
  const SIZE = 3_000_000;
  let files: MockServer;
  let dir: string;
  let fileEnv: Record<string, string>;
  beforeAll(async () => {
    files = await startMockServer({ jobs: 3, apiKey: KEY, artifactBytes: SIZE });
    fileEnv = { SUTRO_API_KEY: KEY, SUTRO_API_URL: files.apiURL };
  });
  afterAll(() => files.close());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "sutro-cli-download-"));
    files.faults.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const expectedBytes = (jobId: string, version = 0) => Buffer.concat([...artifactBytes(1, `results/${jobId}.parquet`, version, 0, SIZE)]);

  test("saves the file, resuming after a reset at a third; prints the path; exit 0 with the bytes checked", async () => {
    const jobId = files.dataset.at(0).job_id;
    files.faults.push({ resetAt: 1_000_000, attempt: 1, times: 1 });
    const out = join(dir, "out.parquet");
    const result = keep(await run(runtime, ["download", jobId, "-o", out], fileEnv));
    expect([result.code, result.stdout], result.stderr).toEqual([0, `${out}\n`]);
    expect(result.stderr).toMatch(/Saved 3\.0 MB to .*out\.parquet \(resumed 1, restarted 0 times\), size checked\./);
    // Off a terminal, a line per tenth of the file, in order, then the summary.
    expect(result.stderr.match(/\((\d+)%\)\n/g)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90].map((p) => `(${p}%)\n`));
    expect(readFileSync(out).equals(expectedBytes(jobId))).toBe(true);
    expect(readdirSync(dir)).toEqual(["out.parquet"]);
    const json = await run(runtime, ["download", jobId, "-o", dir, "--json"], fileEnv);
    expect(JSON.parse(json.stdout)).toEqual({ job_id: jobId, path: join(dir, `${jobId}.parquet`), bytes: SIZE, resumes: 0, restarts: 0 });
    expect(files.requests.filter((r) => r.path.startsWith("/__artifacts/") && r.authorization !== null)).toEqual([]);
  });

  test("a file that does not match its announced size exits 11 and leaves nothing; a running job exits 9", async () => {
    const jobId = files.dataset.at(0).job_id;
    files.faults.push({ contentLength: SIZE + 100_000 });
    const result = keep(await run(runtime, ["download", jobId, "-o", join(dir, "x.parquet")], fileEnv));
    expect(result.code, result.stderr).toBe(11);
    expect(result.stderr).toMatch(/(^|\n)sutro-jobs: Storage sent more than the 3000000 bytes .* Nothing was left at the destination\.\n$/);
    expect(result.stderr).not.toMatch(/X-Amz/);
    expect(readdirSync(dir)).toEqual([]);
    const early = await run(runtime, ["download", files.dataset.at(1).job_id, "-o", dir], fileEnv);
    expect(early.code).toBe(9);
  });

  test("Ctrl-C mid-transfer exits 130 saying how to resume; the same command resumes where it stopped", async () => {
    const jobId = files.dataset.at(0).job_id;
    files.faults.push({ stallAt: 1_000_000, delay: 20_000, times: 1 });
    const out = join(dir, "r.parquet");
    const before = files.requests.length;
    const child = start(runtime, ["download", jobId, "-o", out], fileEnv);
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => {
      stderr += c;
    });
    while (!files.requests.slice(before).some((r) => r.path.startsWith("/__artifacts/")))
      await new Promise((resolve) => setTimeout(resolve, 20));
    // The first megabyte arrives at once, then storage stalls.
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill("SIGINT");
    expect(await exited(child)).toBe(130);
    expect(stderr).toMatch(/Stopped at [\d.]+ [kM]?B of 3\.0 MB; run the same command again to resume\.\n/);
    expect(readdirSync(dir).sort()).toEqual([".r.parquet.partial", ".r.parquet.partial.json"]);
    const again = keep(await run(runtime, ["download", jobId, "-o", out], fileEnv));
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/\(resumed 1, restarted 0 times\)/);
    // Its first report is already past a third: the tenths it jumped over get a line each too, named by
    // their own boundary, so the log reads the same whatever the runtime's read sizes.
    const tenths = ["300.0 kB", "600.0 kB", "900.0 kB", "1.2 MB", "1.5 MB", "1.8 MB", "2.1 MB", "2.4 MB", "2.7 MB"];
    expect(again.stderr.match(/^.*\(\d+%\)$/gm)).toEqual(tenths.map((at, i) => `${at} of 3.0 MB (${(i + 1) * 10}%)`));
    expect(readFileSync(out).equals(expectedBytes(jobId))).toBe(true);
    expect(readdirSync(dir)).toEqual(["r.parquet"]);
  });

  test("Ctrl-C mid-download exits 130 and leaves nothing under the name", async () => {
    files.faults.push({ target: "artifacts", delay: 10_000 });
    const before = files.requests.length;
    const child = start(runtime, ["download", files.dataset.at(0).job_id, "-o", join(dir, "x.parquet")], fileEnv);
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => {
      stderr += c;
    });
    // The request for the file is on its way once storage has heard it.
    while (!files.requests.slice(before).some((r) => r.path.startsWith("/__artifacts/")))
      await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill("SIGINT");
    expect(await exited(child)).toBe(130);
    expect(stderr).toMatch(/Interrupted\.\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("download on a terminal", () => {
  test("draws a progress bar with bytes, percent and rate on stderr", async () => {
    const files = await startMockServer({ jobs: 3, apiKey: KEY, artifactBytes: 20_000_000 });
    const dir = mkdtempSync(join(tmpdir(), "sutro-cli-download-"));
    try {
      const out = join(dir, "r.parquet");
      const result = await runOnTerminal(["download", files.dataset.at(0).job_id, "-o", out], {
        SUTRO_API_KEY: KEY,
        SUTRO_API_URL: files.apiURL,
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("\r\u001b[2K[");
      expect(result.stdout).toMatch(/\[#{24}\] 20\.0 MB \/ 20\.0 MB \(100%\), [\d.]+ [kMG]?B\/s/);
      expect(statSync(out).size).toBe(20_000_000);
    } finally {
      await files.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test("the exit codes are one table: --help prints EXIT_MEANINGS, and the CLI guide's table says the same", async () => {
  const help = await run("node", ["--help"], {});
  const guide = readFileSync(join(import.meta.dirname, "../../../docs/guides/cli.md"), "utf8");
  const rows = [...guide.slice(guide.indexOf("## Exit codes")).matchAll(/^\| (\d+) \| (.+) \|$/gm)].map((m) => [Number(m[1]), m[2]]);
  expect(rows).toEqual(EXIT_MEANINGS.map(([code, meaning]) => [code, meaning]));
  for (const [code, meaning] of EXIT_MEANINGS) expect(help.stdout).toContain(`${String(code).padStart(3)}  ${meaning}`);
});
