// Run in a fresh process by memory.mjs: iterate (or list) N jobs and report RSS.
import { Sutro } from "@sutro/jobs";

const [url, key, mode, count] = process.argv.slice(2);
const sutro = new Sutro({ apiKey: key, baseURL: url, logLevel: "off" });
const rss = () => process.memoryUsage.rss();

if (mode === "iterate") {
  // Warm up first, so start-up allocation is not counted as growth.
  for await (const _ of sutro.jobs.iterate({ pageSize: 100 }).pages()) break;
  const baseline = rss();
  let peak = baseline;
  let seen = 0;
  for await (const page of sutro.jobs.iterate({ pageSize: 100 }).pages()) {
    seen += page.jobs.length;
    peak = Math.max(peak, rss());
    if (seen >= Number(count)) break;
  }
  console.log(JSON.stringify({ seen, growth_mb: (peak - baseline) / 2 ** 20 }));
} else {
  const baseline = rss();
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, rss())), 5);
  const started = performance.now();
  const all = await sutro.jobs.list();
  const ms = performance.now() - started;
  clearInterval(timer);
  peak = Math.max(peak, rss());
  console.log(JSON.stringify({ seen: all.jobs.length, ms, peak_mb: peak / 2 ** 20, growth_mb: (peak - baseline) / 2 ** 20 }));
}
