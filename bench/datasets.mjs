// 11. Datasets and big results: uploading a 1 GiB Parquet file (the SDK next to a hand-written streamed
// fetch of the same multipart body, to a server that drops the bytes), reading a 1M-row results file with
// rows() next to reading it whole, and infer() on 1M string inputs (uploaded as a dataset). Each run is a
// fresh process; figures are medians, ratios of this same run.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Sutro } from "@sutro/jobs";
import { fileWriter, ParquetWriter, schemaFromColumnData } from "hyparquet-writer";
import { startMockProcess } from "./mock-process.mjs";
import { pairedRatio, summarize } from "./stats.mjs";

const KEY = "sk_test_bench";
const script = join(import.meta.dirname, "datasets-child.mjs");
const child = (mode, url, arg) => JSON.parse(execFileSync(process.execPath, [script, mode, url, KEY, arg], { encoding: "utf8" }));
/** The same child under Deno, whose node:fs openAsBlob reads a file whole: the SDK must not rely on it. */
const denoChild = (mode, url, arg) =>
  JSON.parse(
    execFileSync(join(import.meta.dirname, "..", "node_modules/.bin/deno"), ["run", "-A", script, mode, url, KEY, arg], {
      encoding: "utf8",
    }),
  );

/** A Parquet file of about `bytes`, one column of random text (snappy gains nothing on it), written in row groups. */
function writeParquet(path, bytes) {
  const rows = 262_144;
  const chunk = () => [{ name: "review", data: Array.from({ length: rows }, () => randomBytes(96).toString("base64")), type: "STRING" }];
  let columnData = chunk();
  const writer = new ParquetWriter({ writer: fileWriter(path), schema: schemaFromColumnData({ columnData }) });
  for (let written = 0; written < bytes; written += rows * 128) {
    writer.write({ columnData, rowGroupSize: rows });
    columnData = chunk();
  }
  writer.finish();
}

/** The upload sink in a process of its own. */
function startSink() {
  const sink = spawn(process.execPath, [join(import.meta.dirname, "upload-sink.mjs")], { stdio: ["ignore", "pipe", "ignore"] });
  return new Promise((resolve) => sink.stdout.once("data", (chunk) => resolve({ url: chunk.toString().trim(), close: () => sink.kill() })));
}

export async function measureDatasets({ uploadBytes = 2 ** 30, resultRows = 1_000_000, inferInputs = 1_000_000, rounds = 3 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "sutro-bench-datasets-"));
  const sink = await startSink();
  const mock = await startMockProcess(["--jobs", "1", "--api-key", KEY, "--speed", "10000000", "--parquet-results", "100000"]);
  try {
    const file = join(dir, "big.parquet");
    writeParquet(file, uploadBytes);
    const size = statSync(file).size;
    const uploads = { sdk: [], raw: [], deno: [] };
    for (let r = 0; r < rounds; r++) {
      for (const mode of r % 2 ? ["raw", "upload"] : ["upload", "raw"])
        uploads[mode === "upload" ? "sdk" : "raw"].push(child(mode, sink.url, file));
      uploads.deno.push(denoChild("upload", sink.url, file));
    }

    // A job of resultRows rows, its results file written by the mock (row groups of 100,000 rows).
    const sutro = new Sutro({ apiKey: KEY, apiURL: mock.url, logLevel: "off" });
    const inputs = Array.from({ length: resultRows }, (_, i) => `Review ${i}: the parcel arrived on time and in good shape.`);
    const { jobId } = await sutro.jobs.create({ inputs, model: "m", priority: 1 });
    await sutro.jobs.wait(jobId);
    const reads = { rows: [], whole: [] };
    for (let r = 0; r < rounds; r++) {
      for (const mode of r % 2 ? ["whole", "rows"] : ["rows", "whole"]) {
        const run = child(mode, mock.url, jobId);
        if (run.count !== resultRows) throw new Error(`${mode} read ${run.count} of ${resultRows} rows`);
        reads[mode].push(run);
      }
    }
    const inferRuns = (mode) =>
      Array.from({ length: rounds }, () => {
        const run = child(mode, mock.url, String(inferInputs));
        if (run.count !== inferInputs) throw new Error(`${mode} gave ${run.count} of ${inferInputs} rows`);
        return run;
      });
    const infers = inferRuns("infer");
    const templateInfers = inferRuns("infer-template");

    const rate = (runs, n) => summarize(runs.map((x) => n / (x.ms / 1000)));
    const mb = (runs) => summarize(runs.map((x) => x.growth_mb));
    const mib = (size / 2 ** 20).toFixed(0);
    const n = (count) => count.toLocaleString("en-US");
    return {
      figures: {
        [`datasets.upload(), ${mib} MiB Parquet file`]: {
          "MB/s": rate(uploads.sdk, size / 2 ** 20),
          "MB peak RSS growth": mb(uploads.sdk),
        },
        "hand-written streamed fetch, same body": { "MB/s": rate(uploads.raw, size / 2 ** 20), "MB peak RSS growth": mb(uploads.raw) },
        "datasets.upload() on Deno, same file": { "MB/s": rate(uploads.deno, size / 2 ** 20), "MB peak RSS growth": mb(uploads.deno) },
        [`jobs.rows(), ${n(resultRows)}-row results file`]: {
          "rows/s": rate(reads.rows, resultRows),
          "MB peak RSS growth": mb(reads.rows),
        },
        "the same file fetched whole, then read": { "rows/s": rate(reads.whole, resultRows), "MB peak RSS growth": mb(reads.whole) },
        [`infer(), ${n(inferInputs)} string inputs (uploaded)`]: {
          ms: summarize(infers.map((x) => x.ms)),
          "MB peak RSS growth": mb(infers),
        },
        "the same inputs made by template literals (infer() flattens them)": {
          ms: summarize(templateInfers.map((x) => x.ms)),
          "MB peak RSS growth": mb(templateInfers),
        },
      },
      upload_rss_mb: mb(uploads.sdk).median,
      upload_deno_rss_mb: mb(uploads.deno).median,
      // Throughput SDK ÷ hand-written = time hand-written ÷ SDK, round by round.
      upload_ratio: pairedRatio(
        uploads.raw.map((x) => x.ms),
        uploads.sdk.map((x) => x.ms),
      ).median,
      rows_rss_mb: mb(reads.rows).median,
      rows_per_s: rate(reads.rows, resultRows).median,
      rows_whole_file_per_s: rate(reads.whole, resultRows).median,
      infer_1m_rss_mb: mb(infers).median,
    };
  } finally {
    sink.close();
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
