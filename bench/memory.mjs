// 4. Memory: iterating streams (growth must not depend on how many jobs pass
// through); the unpaginated list() is reported for contrast.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { startMockProcess } from "./mock-process.mjs";
import { summarize } from "./stats.mjs";

const KEY = "sk_test_bench";
const child = (url, mode, count) =>
  JSON.parse(
    execFileSync(process.execPath, [join(import.meta.dirname, "memory-child.mjs"), url, KEY, mode, String(count)], { encoding: "utf8" }),
  );

export async function measureMemory({ small = 10_000, large = 1_000_000, listed = 100_000, rounds = 3 } = {}) {
  const server = await startMockProcess(["--jobs", String(large), "--api-key", KEY]);
  const listServer = await startMockProcess(["--jobs", String(listed), "--api-key", KEY]);
  try {
    const growth = { [small]: [], [large]: [] };
    for (let r = 0; r < rounds; r++) {
      for (const count of [small, large]) {
        const result = child(server.url, "iterate", count);
        if (result.seen < count) throw new Error(`iterated ${result.seen} of ${count}`);
        growth[count].push(result.growth_mb);
      }
    }
    const lists = Array.from({ length: rounds }, () => child(listServer.url, "list", listed));
    const [a, b] = [summarize(growth[small]), summarize(growth[large])];
    return {
      figures: {
        [`iterate ${small.toLocaleString("en-US")} jobs`]: { rss_growth_mb: a },
        [`iterate ${large.toLocaleString("en-US")} jobs`]: { rss_growth_mb: b },
        [`list() ${listed.toLocaleString("en-US")} jobs, unpaginated`]: {
          parse_ms: summarize(lists.map((l) => l.ms)),
          peak_rss_mb: summarize(lists.map((l) => l.peak_mb)),
        },
      },
      rss_growth_mb: b.median - a.median,
    };
  } finally {
    await Promise.all([server.close(), listServer.close()]);
  }
}
