// Run in a fresh process by infer.mjs: 100k string inputs to rows, through infer() or by hand with
// create + wait + results, reporting the time and the peak RSS growth over the start.
import { Sutro } from "@sutro/jobs";

const [url, key, mode, count] = process.argv.slice(2);
const rss = () => process.memoryUsage.rss();
const inputs = Array.from({ length: Number(count) }, (_, i) => `Review ${i}: the parcel arrived on time and in good shape.`);
const sutro = new Sutro({ apiKey: key, apiURL: url, logLevel: "off" });

async function byHand() {
  const { jobId } = await sutro.jobs.create({ inputs, model: "m", priority: 1 });
  await sutro.jobs.wait(jobId);
  return sutro.jobs.results(jobId, { includeInputs: true });
}

// Warm up both paths on a small job, so start-up and module loading are not counted.
await sutro.infer(inputs.slice(0, 10), { model: "m", priority: 1 });
await sutro.jobs.results((await sutro.jobs.create({ inputs: inputs.slice(0, 10), model: "m" })).jobId).catch(() => {});
const baseline = rss();
let peak = baseline;
const timer = setInterval(() => (peak = Math.max(peak, rss())), 5);
const started = performance.now();
// Inline, as by hand (upload: "never"): the same requests, so the ratio is infer()'s own cost; the upload path is section 11.
const rows = mode === "infer" ? (await sutro.infer(inputs, { model: "m", priority: 1, upload: "never" })).rows : await byHand();
const ms = performance.now() - started;
clearInterval(timer);
peak = Math.max(peak, rss());
console.log(JSON.stringify({ rows: rows.length, ms, growth_mb: (peak - baseline) / 2 ** 20 }));
