// 10. infer(): 100k string inputs to rows against the mock, next to the same work done by hand with
// create + wait + results (fresh processes, in alternating order); and how fast input files are read.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { parquetWriteBuffer } from "hyparquet-writer";
import { startMockProcess } from "./mock-process.mjs";
import { pairedRatio, summarize } from "./stats.mjs";

const KEY = "sk_test_bench";
const child = (url, mode, count) =>
  JSON.parse(
    execFileSync(process.execPath, [join(import.meta.dirname, "infer-child.mjs"), url, KEY, mode, String(count)], { encoding: "utf8" }),
  );

// The SDK's own file readers (lib/infer/tables.ts, built), timed on their own.
const dist = join(dirname(createRequire(import.meta.url).resolve("@sutro/jobs/package.json")), "dist");
const { fileRows } = await import(pathToFileURL(join(dist, "lib/infer/tables.js")).href);

/** Rows a second the reader turns a file of `rows` rows into, median of `rounds`. */
async function readRate(path, format, bytes, rows, rounds) {
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    const read = await fileRows(path, format, bytes);
    const ms = performance.now() - started;
    if (read.records.length !== rows) throw new Error(`${format}: read ${read.records.length} of ${rows} rows`);
    rates.push(rows / (ms / 1000));
  }
  return summarize(rates);
}

export async function measureInfer({ count = 100_000, rounds = 7, fileRowsCount = 100_000 } = {}) {
  const server = await startMockProcess(["--jobs", "1", "--api-key", KEY, "--speed", "1000000"]);
  const dir = mkdtempSync(join(tmpdir(), "sutro-bench-infer-"));
  try {
    const runs = { infer: [], hand: [] };
    for (let r = 0; r < rounds; r++) {
      for (const mode of r % 2 ? ["hand", "infer"] : ["infer", "hand"]) {
        const result = child(server.url, mode, count);
        if (result.rows !== count) throw new Error(`${mode} gave ${result.rows} of ${count} rows`);
        runs[mode].push(result);
      }
    }
    const reviews = Array.from({ length: fileRowsCount }, (_, i) => `Review ${i}: "late, again", it said.`);
    const csv = `id,review\n${reviews.map((text, i) => `${i},"${text.replaceAll('"', '""')}"`).join("\n")}\n`;
    const csvBytes = new TextEncoder().encode(csv);
    const parquetBytes = new Uint8Array(
      parquetWriteBuffer({
        columnData: [
          { name: "id", data: reviews.map((_, i) => i), type: "INT32" },
          { name: "review", data: reviews, type: "STRING" },
        ],
      }),
    );
    writeFileSync(join(dir, "reviews.csv"), csvBytes);
    const csvRate = await readRate(join(dir, "reviews.csv"), "csv", csvBytes, fileRowsCount, rounds);
    const parquetRate = await readRate(join(dir, "reviews.parquet"), "parquet", parquetBytes, fileRowsCount, rounds);
    const n = count.toLocaleString("en-US");
    return {
      figures: {
        [`infer(), ${n} inputs`]: {
          ms: summarize(runs.infer.map((x) => x.ms)),
          rss_growth_mb: summarize(runs.infer.map((x) => x.growth_mb)),
        },
        [`create + wait + results by hand, ${n} inputs`]: {
          ms: summarize(runs.hand.map((x) => x.ms)),
          rss_growth_mb: summarize(runs.hand.map((x) => x.growth_mb)),
        },
        [`CSV read, ${fileRowsCount.toLocaleString("en-US")} rows`]: { rows_per_s: csvRate },
        [`Parquet read, ${fileRowsCount.toLocaleString("en-US")} rows`]: { rows_per_s: parquetRate },
      },
      infer_time_ratio: pairedRatio(
        runs.infer.map((x) => x.ms),
        runs.hand.map((x) => x.ms),
      ).median,
      infer_rss_ratio: pairedRatio(
        runs.infer.map((x) => x.growth_mb),
        runs.hand.map((x) => x.growth_mb),
      ).median,
      csv_rows_per_s: csvRate.median,
      parquet_rows_per_s: parquetRate.median,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  }
}
