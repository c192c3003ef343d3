// Run in a fresh process by datasets.mjs: one upload, one read of a results file, or one infer(), reporting
// the time and the peak RSS growth over the start (after a warm-up, so module loading is not counted).
import { openAsBlob } from "node:fs";
import { Sutro } from "@sutro/jobs";
import { parquetReadObjects } from "hyparquet";
import { compressors } from "hyparquet-compressors";

const [mode, url, key, arg] = process.argv.slice(2);
const sutro = new Sutro({ apiKey: key, apiURL: url, logLevel: "off" });
const rss = () => process.memoryUsage.rss();

const runs = {
  /** The SDK: checks the file, then streams it as a multipart body. */
  upload: async () => (await sutro.datasets.upload(arg, { datasetId: "dataset-bench" })).files.length,
  /** By hand: the same multipart body from a file-backed Blob, with fetch. */
  raw: async () => {
    const form = new FormData();
    form.set("dataset_id", "dataset-bench");
    form.set("file", await openAsBlob(arg), "big.parquet");
    const response = await fetch(`${url}/upload-to-dataset`, { method: "POST", headers: { Authorization: `Key ${key}` }, body: form });
    await response.json();
    return 1;
  },
  /** rows(): Range requests, a row group at a time. */
  rows: async () => {
    let n = 0;
    for await (const _ of sutro.jobs.rows(arg)) n++;
    return n;
  },
  /** The same file read whole, then every row read from memory. */
  whole: async () => {
    const link = await sutro.jobs.resultsURL(arg);
    const file = await (await fetch(link.urls.get)).arrayBuffer();
    return (await parquetReadObjects({ file, compressors })).length;
  },
  /**
   * infer() on N string inputs: uploaded as a dataset, rows read from the results file. The inputs are flat
   * strings, as data read from a file arrives (join() writes each string whole).
   */
  infer: () =>
    inferOn(Array.from({ length: Number(arg) }, (_, i) => ["Review ", i, ": the parcel arrived on time and in good shape."].join(""))),
  /**
   * The same inputs as template literals: V8 keeps each as a pair of parts (a cons string) until something
   * reads its characters, so the first reader (here the Parquet writer, inline JSON.stringify as much) pays
   * for making it whole, about 80 MB over 1M inputs, and leaves the parts for the collector.
   */
  "infer-template": () =>
    inferOn(Array.from({ length: Number(arg) }, (_, i) => `Review ${i}: the parcel arrived on time and in good shape.`)),
};

async function inferOn(inputs) {
  const baseline = rss();
  const { rows } = await sutro.infer(inputs, { model: "m", priority: 1 });
  return { count: rows.length, baseline };
}

if (mode.startsWith("infer")) await sutro.infer(["warm", "up"], { model: "m", priority: 1 });
const baseline = rss();
let peak = baseline;
const timer = setInterval(() => (peak = Math.max(peak, rss())), 5);
const started = performance.now();
const out = await runs[mode]();
const ms = performance.now() - started;
clearInterval(timer);
peak = Math.max(peak, rss());
// infer's own inputs are the caller's, not infer()'s: its growth counts from after they were made.
const from = typeof out === "object" ? out.baseline : baseline;
console.log(JSON.stringify({ count: typeof out === "object" ? out.count : out, ms, growth_mb: (peak - from) / 2 ** 20 }));
