import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { allSamples } from "../scripts/code-samples.mjs";
import { loadSpec } from "../scripts/spec.mjs";
import { runProcess } from "./support/spawn.ts";
import { typecheckFiles } from "./support/typecheck.ts";

const root = join(import.meta.dirname, "..");
mkdirSync(join(root, ".artifacts"), { recursive: true });
// Inside the repo (git-ignored), so `@sutro/jobs` resolves to the built workspace package, as a user's would.
const work = mkdtempSync(join(root, ".artifacts", "samples-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const samples = allSamples(loadSpec());
const KEY = "sk_test_samples";

test("every operation of the reference has the SDK's method, the generated call where there is one, and curl", () => {
  const spec = loadSpec();
  const operationIds = Object.values<any>(spec.paths).flatMap((item) => Object.values<any>(item).map((op) => op.operationId));
  expect(Object.keys(samples).sort()).toEqual(operationIds.sort());
  // A streamed answer has no sutro.api method; a multipart upload and a binary download have one.
  const withoutGenerated = ["streamJobProgress"];
  for (const [operationId, { samples: all }] of Object.entries(samples)) {
    const labels = all.map((s: { label: string }) => s.label);
    expect(labels, operationId).toEqual(
      withoutGenerated.includes(operationId) ? ["TypeScript", "curl"] : ["TypeScript", "TypeScript (sutro.api)", "curl"],
    );
    // The SDK's own method first: the generated call is only ever the second sample.
    expect(all[0].source, operationId).not.toMatch(/sutro\.api\./);
    expect(all.at(-1).source).toMatch(/^(DATASET_ID=.*\n)?curl .*"\$SUTRO_API_URL\/[^"]+"[\s\S]*Authorization: Key \$SUTRO_API_KEY/);
  }
});

/** Every TypeScript sample, as `<operationId>-<n>`. */
const typescriptSamples = Object.entries(samples).flatMap(([operationId, { samples: all }]) =>
  all
    .filter((s: { lang: string }) => s.lang === "JavaScript")
    .map((s: { source: string }, n: number) => ({ name: `${operationId}-${n}`, operationId, source: s.source })),
);

test("every TypeScript sample type-checks against the built SDK, so a renamed method breaks the build", () => {
  const files: string[] = [];
  for (const { name, source } of typescriptSamples) {
    const file = `${name}.ts`;
    writeFileSync(join(work, file), `${source}\nexport {};\n`);
    files.push(file);
  }
  // A sample for an operation that does not exist must fail, or this check proves nothing.
  writeFileSync(
    join(work, "renamed.ts"),
    `${samples.getJob.samples[1].source.replace("sutro.api.getJob", "sutro.api.fetchJob")}\nexport {};\n`,
  );
  const good = typecheckFiles(work, files);
  expect(good.output).toBe("");
  const bad = typecheckFiles(work, ["renamed.ts"]);
  expect(bad.output).toMatch(/renamed\.ts.*Property 'fetchJob' does not exist/);
});

describe("every sample runs unchanged against the bundled mock", () => {
  let mock: ChildProcess;
  let apiURL: string;
  const runs = join(work, "runs");

  beforeAll(async () => {
    // The mock as a user starts it (`npx @sutro/jobs-mock`): its default serves the jobs and dataset the examples name.
    mock = spawn(process.execPath, [join(root, "packages/mock/dist/cli.js"), "--port", "0", "--api-key", KEY]);
    apiURL = await new Promise<string>((resolve, reject) => {
      mock.stdout?.once("data", (chunk: Buffer) => resolve(chunk.toString().split("\n")[0] as string));
      mock.once("exit", (code) => reject(new Error(`the mock exited ${code}`)));
    });
    mkdirSync(runs);
    // curl reads its options from $HOME/.curlrc: fail on an HTTP error status, as the SDK does, so a 404 is not a pass.
    writeFileSync(join(runs, ".curlrc"), "fail\nsilent\nshow-error\n");
  });
  afterAll(() => mock?.kill());

  const env = () => ({ PATH: process.env.PATH ?? "", HOME: runs, SUTRO_API_URL: apiURL, SUTRO_API_KEY: KEY });
  // The upload samples send the Parquet file the download samples fetched, as the upload sample says.
  const order = Object.keys(samples).sort((a, b) => Number(a === "uploadToDataset") - Number(b === "uploadToDataset"));

  /** Runs one operation's samples; what each printed, by label. */
  async function runAll(operationId: string): Promise<Record<string, string>> {
    const printed: Record<string, string> = {};
    for (const [n, sample] of samples[operationId].samples.entries()) {
      // Under the repo (git-ignored), so `@sutro/jobs` resolves to the built workspace package, as an installed one would.
      const file = join(work, `${operationId}-${n}.mjs`);
      writeFileSync(file, sample.source);
      const result =
        sample.lang === "curl"
          ? await runProcess("sh", ["-c", sample.source], { env: env(), cwd: runs, timeout: 30_000 })
          : await runProcess(process.execPath, [file], { env: env(), cwd: runs, timeout: 30_000 });
      expect({ operationId, label: sample.label, code: result.code, stderr: result.stderr }).toEqual({
        operationId,
        label: sample.label,
        code: 0,
        stderr: "",
      });
      // A download's curl prints nothing: it writes the file `-o` names, which must be the Parquet file itself.
      const written = / -o (\S+)$/.exec(sample.source)?.[1];
      if (written) expect(readFileSync(join(runs, written)).subarray(0, 4).toString()).toBe("PAR1");
      else expect(result.stdout, `${operationId} ${sample.label}`).not.toBe("");
      printed[sample.label] = result.stdout;
    }
    return printed;
  }

  test("the TypeScript samples (the built SDK, on Node) and curl, all of them, twice", async () => {
    for (const round of [1, 2]) {
      const printed: Record<string, Record<string, string>> = {};
      for (const operationId of order) printed[operationId] = await runAll(operationId);
      // What they show is the examples' own jobs and dataset, in the states the operations need.
      expect(printed.getJob?.TypeScript).toMatch(/^SUCCEEDED 2 /);
      expect(JSON.parse(printed.getJobStatus?.curl ?? "")).toMatchObject({ job_status: { batch_job_12345: "SUCCEEDED" } });
      expect(printed.getJobResults?.TypeScript).toMatch(/The delivery was late/);
      expect(printed.streamJobProgress?.curl).toMatch(/"update_type":\s*"progress"/);
      expect(printed.listDatasetFiles?.TypeScript).toMatch(/reviews-0001\.parquet/);
      // The first cancel moves the queued job; the second finds it cancelled, which is an answer, not an error.
      expect(printed.cancelJob?.TypeScript).toMatch(round === 1 ? /^true / : /^false .*CANCEL/);
      expect(printed.uploadToDataset?.curl).toMatch(/"file_id"/);
      expect(printed.uploadToDataset?.["TypeScript (sutro.api)"]).toMatch(/file_id/);
      // The bytes of the example's Parquet file, as a Blob.
      expect(Number(printed.downloadFromDataset?.["TypeScript (sutro.api)"])).toBeGreaterThan(100);
    }
  }, 120_000);
});
