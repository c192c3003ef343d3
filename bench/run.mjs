#!/usr/bin/env node
// `pnpm bench`: what @sutro/jobs costs next to hand-written fetch, measured side
// by side in one run. Prints a table, writes results/latest.json, and renders
// docs/benchmarks.md with its chart. Every figure is a median of several runs
// with its min and max; every ratio divides figures of this same run, round by
// round where two things were timed back to back.
// `pnpm bench -- --only overhead,bundle` runs some sections only; `pnpm bench -- --render`
// re-renders the report from results/latest.json without measuring.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { measureBundle } from "./bundle.mjs";
import { renderChart } from "./chart.mjs";
import { measureDatasets } from "./datasets.mjs";
import { measureInfer } from "./infer.mjs";
import { measureMemory } from "./memory.mjs";
import { measureOverhead } from "./overhead.mjs";
import { measurePagination, measurePrefetch } from "./pagination.mjs";
import { measureProgress, measureWait } from "./progress.mjs";
import { round } from "./stats.mjs";
import { measureToolchain } from "./toolchain.mjs";
import { measureDownload } from "./transfer.mjs";

const root = join(import.meta.dirname, "..");
// pnpm passes the `--` of `pnpm bench -- --only memory` on to the script.
const args = process.argv.slice(2).filter((arg, i) => i > 0 || arg !== "--");
const { values } = parseArgs({ args, options: { only: { type: "string" }, render: { type: "boolean" } } });
const only = values.only?.split(",");
const wanted = (name) => !only || only.includes(name);

const TARGETS = {
  overhead_ratio: { name: "overhead_ratio", limit: 1.1, better: "lower", what: "SDK ÷ hand-written fetch, per call" },
  get_overhead_ratio: { name: "get_overhead_ratio", limit: 1.1, better: "lower", what: "jobs.get() ÷ hand-written fetch, per call" },
  results_overhead_ratio: {
    name: "results_overhead_ratio",
    limit: 1.1,
    better: "lower",
    what: "jobs.results() ÷ hand-written fetch and row conversion, per call",
  },
  pagination_ratio: { name: "pagination_ratio", limit: 0.95, better: "higher", what: "iterate() ÷ hand-written loop, jobs/s" },
  prefetch_speedup: { name: "prefetch_speedup", limit: 1.5, better: "higher", what: "sequential ÷ prefetch, time" },
  rss_growth_mb: { name: "rss_growth_mb", limit: 20, better: "lower", what: "RSS growth, 1M jobs − 10k jobs (MB)" },
  rss_growth_ratio: {
    name: "rss_growth_ratio",
    limit: 1.25,
    better: "lower",
    what: "that growth ÷ a hand-written fetch loop's, same run",
  },
  garbage_per_job_ratio: {
    name: "garbage_per_job_ratio",
    limit: 1.1,
    better: "lower",
    what: "heap allocated per job by iterate() ÷ by a hand-written fetch loop, 1M jobs",
  },
  cli_rss_growth_mb: {
    name: "cli_rss_growth_mb",
    limit: 64,
    better: "lower",
    what: "sutro-jobs list --all --ndjson > /dev/null: peak RSS, 1M jobs − 10k jobs (MB)",
  },
  bundle_gz_bytes: {
    name: "bundle_gz_bytes",
    limit: 10 * 1024,
    better: "lower",
    what: "default entry with every export, min+gzip, statically imported chunks included (bytes)",
  },
  download_ratio: {
    name: "download_ratio",
    limit: 0.95,
    better: "higher",
    what: "download() to a file ÷ hand-written fetch piped to a file, 1 GiB over loopback, throughput",
  },
  download_rss_mb: { name: "download_rss_mb", limit: 64, better: "lower", what: "peak RSS growth during that download() (MB)" },
  resume_overhead: { name: "resume_overhead", limit: 1.01, better: "lower", what: "bytes received ÷ file size, one reset at 50 %" },
  wait_detect_ms: {
    name: "wait_detect_ms",
    limit: 250,
    better: "lower",
    what: "wait() over the progress stream: the job's end → wait() resolved (ms)",
  },
  wait_poll_detect_ratio: {
    name: "wait_poll_detect_ratio",
    limit: 1,
    better: "lower",
    what: "wait() polling (stream unavailable): the job's end → resolved, ÷ the poll interval",
  },
  wait_requests_ratio: {
    name: "wait_requests_ratio",
    limit: 1,
    better: "lower",
    what: "requests per waited job, wait() streaming or polling (the more), ÷ a fixed 5 s poll",
  },
  infer_time_ratio: {
    name: "infer_time_ratio",
    limit: 1.1,
    better: "lower",
    what: "infer() ÷ create + wait + results by hand, 100k string inputs, time",
  },
  upload_rss_mb: {
    name: "upload_rss_mb",
    limit: 64,
    better: "lower",
    what: "datasets.upload() of a 1 GiB Parquet file: peak RSS growth (MB)",
  },
  upload_deno_rss_mb: {
    name: "upload_deno_rss_mb",
    limit: 64,
    better: "lower",
    what: "datasets.upload() of the same file on Deno: peak RSS growth (MB)",
  },
  upload_ratio: {
    name: "upload_ratio",
    limit: 0.9,
    better: "higher",
    what: "datasets.upload() ÷ a hand-written streamed fetch of the same multipart body, throughput",
  },
  rows_rss_mb: { name: "rows_rss_mb", limit: 128, better: "lower", what: "jobs.rows() over a 1M-row results file: peak RSS growth (MB)" },
  infer_1m_rss_mb: {
    name: "infer_1m_rss_mb",
    limit: 256,
    better: "lower",
    what: "infer() on 1M string inputs (uploaded as a dataset): peak RSS growth (MB)",
  },
  infer_rss_ratio: {
    name: "infer_rss_ratio",
    limit: 1.25,
    better: "lower",
    what: "infer() ÷ create + wait + results by hand, 100k string inputs, peak RSS growth",
  },
  progress_lines_ratio: {
    name: "progress_lines_ratio",
    limit: 0.9,
    better: "higher",
    what: "jobs.progress() lines/s ÷ a hand-written splitter yielding each parsed line",
  },
};

const resultsPath = join(import.meta.dirname, "results", "latest.json");
const results = values.render
  ? JSON.parse(readFileSync(resultsPath, "utf8"))
  : {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
      sections: {},
      metrics: {},
    };
const TITLES = {
  overhead: "1. Per-call overhead (stubbed fetch, 100-job page)",
  pagination: "2. Pagination over loopback (200,000 jobs, pages of 100)",
  prefetch: "3. Prefetch (20,000 jobs, 2 ms work a page, server 2 ms away)",
  memory: "4. Memory",
  bundle: "5. Bundle size",
  toolchain: "6. Toolchain",
  download: "7. Results files (1 GiB over loopback; a 256 MiB one reset at 50 %)",
  progress: "8. Progress stream parsing (200,000 lines, in process)",
  wait: "9. Seeing a job end (mock at 10× real time)",
  infer: "10. infer(): 100,000 inputs to rows; reading input files",
  datasets: "11. Datasets and big results (1 GiB upload, a 1M-row results file, infer() on 1M inputs)",
};

async function section(key, measure) {
  if (values.render || !wanted(key)) return;
  process.stderr.write(`measuring ${TITLES[key]}…\n`);
  const result = await measure();
  results.sections[key] = result;
  for (const [name, value] of Object.entries(result)) if (name !== "figures" && name !== "setup") results.metrics[name] = value;
}

await section("overhead", () => measureOverhead(root));
await section("pagination", () => measurePagination());
await section("prefetch", () => measurePrefetch());
await section("memory", () => measureMemory());
await section("bundle", () => measureBundle());
await section("toolchain", () => measureToolchain(root));
await section("download", () => measureDownload());
await section("progress", () => measureProgress());
await section("wait", () => measureWait());
await section("infer", () => measureInfer());
await section("datasets", () => measureDatasets());

/** One figure as "median (min–max)". */
function show(figure) {
  return Object.entries(figure)
    .map(([unit, v]) =>
      typeof v === "number"
        ? `${round(v)} ${unit}`
        : "median" in v
          ? `${round(v.median)} ${unit} (${round(v.min)}–${round(v.max)}, n=${v.runs})`
          : `${unit} {${Object.entries(v)
              .map(([k, n]) => `${k} ${n}`)
              .join(", ")}}`,
    )
    .join("; ");
}

const lines = [];
for (const [key, s] of Object.entries(results.sections)) {
  lines.push(`\n${TITLES[key]}`);
  for (const [name, figure] of Object.entries(s.figures)) lines.push(`  ${name.padEnd(40)} ${show(figure)}`);
}
const verdicts = Object.entries(TARGETS)
  .filter(([key]) => results.metrics[key] !== undefined)
  .map(([key, t]) => {
    const value = results.metrics[key];
    const met = t.better === "lower" ? value <= t.limit : value >= t.limit;
    return { ...t, value, met, share: t.better === "lower" ? value / t.limit : t.limit / value };
  });
lines.push("\nTargets");
for (const v of verdicts)
  lines.push(
    `  ${v.met ? "met   " : "MISSED"} ${v.name.padEnd(18)} ${String(round(v.value, 3)).padStart(9)}  (${v.better === "lower" ? "≤" : "≥"} ${v.limit}: ${v.what})`,
  );
if (results.metrics.rss_growth_mb_hand_written !== undefined) {
  lines.push(`         rss_growth_mb of a hand-written fetch loop, same run: ${round(results.metrics.rss_growth_mb_hand_written, 3)}`);
}
if (results.metrics.cold_start_ms)
  lines.push(
    `  ${"".padEnd(6)} cold_start_ms      ${JSON.stringify(Object.fromEntries(Object.entries(results.metrics.cold_start_ms).map(([k, v]) => [k, round(v, 1)])))}`,
  );
console.log(lines.join("\n"));

results.targets = Object.fromEntries(verdicts.map((v) => [v.name, { value: v.value, limit: v.limit, better: v.better, met: v.met }]));
mkdirSync(join(import.meta.dirname, "results"), { recursive: true });
if (!values.render)
  writeFileSync(only ? join(import.meta.dirname, "results", "partial.json") : resultsPath, `${JSON.stringify(results, null, 2)}\n`);

if (!only) {
  const overhead = results.sections.overhead.figures;
  const svg = renderChart({
    clients: Object.entries(overhead)
      .filter(([, f]) => f.us_per_call)
      .map(([name, f]) => ({ name, ...f.us_per_call, highlight: name === "@sutro/jobs" })),
    targets: verdicts.map((v) => ({
      name: v.name,
      share: v.share,
      met: v.met,
      text: `${round(v.value, 3)} (${v.better === "lower" ? "≤" : "≥"} ${v.limit})`,
    })),
  });
  writeFileSync(join(root, "docs/benchmarks.svg"), svg);
  const table = verdicts.map(
    (v) =>
      `| \`${v.name}\` | ${v.what} | ${round(v.value, 3)} | ${v.better === "lower" ? "≤" : "≥"} ${v.limit} | ${v.met ? "met" : "**missed**"} |`,
  );
  writeFileSync(
    join(root, "docs/benchmarks.md"),
    `# Benchmarks

Written by \`pnpm bench\` on ${results.date.slice(0, 10)} (${results.machine.cpus} × ${results.machine.cpu}, Node ${results.machine.node}).
Every figure is a median of several runs (min–max and run count beside it); every ratio divides
figures measured in the same run: where two clients were timed back to back in each round, it is the
median of the per-round ratios, so that drift in the machine over the run cancels out. Raw numbers: [bench/results/latest.json](../bench/results/latest.json).

![Per-call cost of each client, and each target as measured ÷ allowed](benchmarks.svg)

| metric | what | measured | target | |
|---|---|---|---|---|
${table.join("\n")}

A hand-written fetch loop grows by ${round(results.metrics.rss_growth_mb_hand_written ?? 0, 1)} MB in the same run (see below).
Cold start (import, then the first call to a local mock), median ms: ${Object.entries(results.metrics.cold_start_ms ?? {})
      .map(([k, v]) => `${k} ${round(v, 1)}`)
      .join(", ")}.
\`pnpm generate\` (types, schemas and docs): ${round(results.metrics.codegen_ms ?? 0, 0)} ms; \`tsc\` on a consumer file: ${round(results.metrics.typecheck_ms ?? 0, 0)} ms.

## All figures
\`\`\`
${lines.join("\n").trim()}
\`\`\`

${readFileSync(join(import.meta.dirname, "limits.md"), "utf8").trim()}
`,
  );
}
