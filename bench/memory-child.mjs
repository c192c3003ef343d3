// Run in a fresh process (with --expose-gc) by memory.mjs: go through N jobs and
// report peak RSS growth, the bytes of heap allocated on the way and, after a full GC, the live heap.
import { GCProfiler } from "node:v8";
import { Sutro } from "@sutro/jobs";

const [url, key, mode, count] = process.argv.slice(2);
const rss = () => process.memoryUsage.rss();
const liveHeapMb = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** Pages of jobs: through the SDK, or by a hand-written fetch loop for comparison. */
async function* pages(sutro) {
  if (mode === "iterate") {
    yield* sutro.jobs.iterate({ pageSize: 100 }).pages();
    return;
  }
  let cursor = null;
  do {
    const response = await fetch(`${url}/list-jobs?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, {
      headers: { Authorization: `Key ${key}` },
    });
    const page = await response.json();
    yield page;
    cursor = page.next_cursor;
  } while (cursor);
}

const sutro = new Sutro({ apiKey: key, apiURL: url, logLevel: "off" });
if (mode === "list") {
  const baseline = rss();
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, rss())), 5);
  const started = performance.now();
  const all = await sutro.jobs.list();
  const ms = performance.now() - started;
  clearInterval(timer);
  peak = Math.max(peak, rss());
  console.log(JSON.stringify({ seen: all.jobs.length, ms, peak_mb: peak / 2 ** 20 }));
} else {
  // Warm up first, so start-up allocation is not counted as growth.
  for await (const _ of pages(sutro)) break;
  const heapUsed = () => process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  const heapBefore = heapUsed();
  const baseline = rss();
  let peak = baseline;
  let seen = 0;
  for await (const page of pages(sutro)) {
    for (const _ of page.jobs) seen++;
    peak = Math.max(peak, rss());
    if (seen >= Number(count)) break;
  }
  const heapAfter = heapUsed();
  // Allocated = what each collection found in use, less what the one before it left, plus the rest at the end:
  // the garbage made on the way, independent of when V8 chose to collect it (which is what moves peak RSS).
  let allocated = 0;
  let left = heapBefore;
  // How many full collections V8 chose to run: it varies from about 10 to 175 between runs of the same code, and
  // with it how far the old generation fills with promoted garbage (limits.md, rss_growth_mb).
  let markCompacts = 0;
  for (const { gcType, beforeGC, afterGC } of profiler.stop().statistics) {
    allocated += beforeGC.heapStatistics.usedHeapSize - left;
    left = afterGC.heapStatistics.usedHeapSize;
    if (gcType === "MarkSweepCompact") markCompacts++;
  }
  allocated += heapAfter - left;
  console.log(
    JSON.stringify({
      seen,
      growth_mb: (peak - baseline) / 2 ** 20,
      allocated_bytes: allocated,
      mark_compacts: markCompacts,
      live_heap_mb: liveHeapMb(),
    }),
  );
}
