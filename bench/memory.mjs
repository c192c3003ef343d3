// 4. Memory: iterating streams (growth must not depend on how many jobs pass
// through); the unpaginated list() is reported for contrast.
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { startMockProcess } from "./mock-process.mjs";
import { summarize } from "./stats.mjs";

const KEY = "sk_test_bench";
const child = (url, mode, count) =>
  JSON.parse(
    execFileSync(process.execPath, ["--expose-gc", join(import.meta.dirname, "memory-child.mjs"), url, KEY, mode, String(count)], {
      encoding: "utf8",
    }),
  );

const cli = join(import.meta.dirname, "../packages/cli/dist/cli.js");

/** Peak RSS (MB) of one CLI run listing jobs as NDJSON to /dev/null. */
function cliPeakMb(apiURL, args) {
  const result = spawnSync(process.execPath, ["--require", join(import.meta.dirname, "max-rss.cjs"), cli, "list", ...args, "--ndjson"], {
    env: { PATH: process.env.PATH, HOME: import.meta.dirname, SUTRO_API_URL: apiURL, SUTRO_API_KEY: KEY },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`sutro-jobs list exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stderr.trim().split("\n").at(-1)).max_rss_kb / 1024;
}

export async function measureMemory({ small = 10_000, large = 1_000_000, listed = 100_000, rounds = 9, otherRounds = 5 } = {}) {
  const server = await startMockProcess(["--jobs", String(large), "--api-key", KEY]);
  const listServer = await startMockProcess(["--jobs", String(listed), "--api-key", KEY]);
  try {
    const runs = { iterate: { [small]: [], [large]: [] }, hand: { [small]: [], [large]: [] } };
    for (let r = 0; r < rounds; r++) {
      for (const mode of ["iterate", "hand"]) {
        for (const count of [small, large]) {
          const result = child(server.url, mode, count);
          if (result.seen < count) throw new Error(`${mode} saw ${result.seen} of ${count}`);
          runs[mode][count].push(result);
        }
      }
    }
    const lists = Array.from({ length: otherRounds }, () => child(listServer.url, "list", listed));
    const n = (count) => count.toLocaleString("en-US");
    const figure = (results) => ({
      rss_growth_mb: summarize(results.map((x) => x.growth_mb)),
      heap_allocated_bytes_per_job: summarize(results.map((x) => x.allocated_bytes / x.seen)),
      mark_compacts: summarize(results.map((x) => x.mark_compacts)),
      live_heap_mb: summarize(results.map((x) => x.live_heap_mb)),
    });
    const figures = {};
    for (const [mode, label] of [
      ["iterate", "@sutro/jobs iterate()"],
      ["hand", "hand-written fetch loop"],
    ]) {
      for (const count of [small, large]) figures[`${label}, ${n(count)} jobs`] = figure(runs[mode][count]);
    }
    figures[`list() ${n(listed)} jobs, unpaginated`] = {
      parse_ms: summarize(lists.map((l) => l.ms)),
      peak_rss_mb: summarize(lists.map((l) => l.peak_mb)),
    };
    const growth = (mode, count) => summarize(runs[mode][count].map((x) => x.growth_mb)).median;
    const perJob = (mode) => summarize(runs[mode][large].map((x) => x.allocated_bytes / x.seen)).median;
    // The CLI streams too: peak RSS of `sutro-jobs list --all --ndjson > /dev/null`, against the same listing cut at 10k jobs.
    const cliPeak = (args) => summarize(Array.from({ length: otherRounds }, () => cliPeakMb(server.url, args)));
    const cliSmall = cliPeak(["--limit", String(small)]);
    const cliAll = cliPeak(["--all"]);
    figures[`sutro-jobs list --ndjson, ${n(small)} jobs`] = { peak_rss_mb: cliSmall };
    figures[`sutro-jobs list --all --ndjson, ${n(large)} jobs`] = { peak_rss_mb: cliAll };
    return {
      figures,
      cli_rss_growth_mb: cliAll.median - cliSmall.median,
      rss_growth_mb: growth("iterate", large) - growth("iterate", small),
      rss_growth_mb_hand_written: growth("hand", large) - growth("hand", small),
      rss_growth_ratio: (growth("iterate", large) - growth("iterate", small)) / (growth("hand", large) - growth("hand", small)),
      garbage_per_job_ratio: perJob("iterate") / perJob("hand"),
    };
  } finally {
    await Promise.all([server.close(), listServer.close()]);
  }
}
