// Run in a fresh process by transfer.mjs: download one results file to `path`, through the SDK or by a
// hand-written fetch piped to disk, and report the time, the peak RSS growth and the bytes that came in.
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Sutro } from "@sutro/jobs";

const [mode, url, key, jobId, path] = process.argv.slice(2);
// Warm up fetch (its first call loads undici), so start-up is not counted as the download's growth.
await (await fetch(`${url}/try-authentication`, { headers: { Authorization: `Key ${key}` } })).arrayBuffer();
const before = process.memoryUsage.rss();
let received = 0;

/** Counts the bytes each storage answer carries, to see what a resume cost in transfer. */
const counting = async (input, init) => {
  const response = await fetch(input, init);
  if (!String(input).includes("/__artifacts/") || !response.body) return response;
  const body = response.body.pipeThrough(
    new TransformStream({
      transform(chunk, controller) {
        received += chunk.length;
        controller.enqueue(chunk);
      },
    }),
  );
  return new Response(body, response);
};

const started = performance.now();
let bytes;
if (mode === "hand") {
  const link = await (await fetch(`${url}/jobs/${jobId}/results-url`, { headers: { Authorization: `Key ${key}` } })).json();
  const response = await fetch(link.urls.get);
  await pipeline(Readable.fromWeb(response.body), createWriteStream(path));
  bytes = link.artifact.size_bytes;
} else {
  const sutro = new Sutro({ apiKey: key, apiURL: url, logLevel: "off", fetch: mode === "resume" ? counting : undefined });
  bytes = (await sutro.jobs.download(jobId, { to: path })).bytes;
}
const ms = performance.now() - started;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ ms, bytes, received, rss_growth_mb: Math.max(0, peak - before) / 2 ** 20 }));
