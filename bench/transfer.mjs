// 7. Results files: download() to disk against a hand-written fetch piped to the same disk, over
// loopback from the mock in a process of its own; then one reset at 50 % and what resuming it cost.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMockProcess } from "./mock-process.mjs";
import { pairedRatio, summarize } from "./stats.mjs";

const KEY = "sk_test_bench";
const GiB = 2 ** 30;

const child = (mode, url, jobId, path) =>
  JSON.parse(
    execFileSync(process.execPath, [join(import.meta.dirname, "download-child.mjs"), mode, url, KEY, jobId, path], { encoding: "utf8" }),
  );

/** The succeeded job's id: the mock's newest seeded job has SUCCEEDED. */
async function succeededJob(url) {
  const { jobs } = await (await fetch(`${url}/list-jobs?limit=20`, { headers: { Authorization: `Key ${KEY}` } })).json();
  return jobs.find((j) => j.status === "SUCCEEDED").job_id;
}

export async function measureDownload({ size = GiB, rounds = 3 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "sutro-bench-download-"));
  const server = await startMockProcess(["--jobs", "20", "--api-key", KEY, "--artifact-bytes", String(size)]);
  const resumeServer = await startMockProcess([
    "--jobs",
    "20",
    "--api-key",
    KEY,
    "--artifact-bytes",
    String(size / 4),
    "--fault",
    `reset-at=${size / 8},attempt=1`,
  ]);
  try {
    const jobId = await succeededJob(server.url);
    const runs = { sdk: [], hand: [] };
    for (let r = 0; r < rounds; r++) {
      // Alternate who goes first, so the page cache and the disk's state favour neither.
      for (const mode of r % 2 ? ["hand", "sdk"] : ["sdk", "hand"]) {
        const path = join(dir, `${mode}.parquet`);
        const result = child(mode, server.url, jobId, path);
        if (statSync(path).size !== size) throw new Error(`${mode} wrote ${statSync(path).size} of ${size} bytes`);
        rmSync(path);
        runs[mode].push(result);
      }
    }
    const resumed = child("resume", resumeServer.url, await succeededJob(resumeServer.url), join(dir, "resumed.parquet"));
    const mbps = (results) => summarize(results.map((x) => x.bytes / 2 ** 20 / (x.ms / 1000)));
    const label = `${size / GiB} GiB`;
    const figures = {
      [`download() to a file, ${label}`]: { mb_per_s: mbps(runs.sdk), rss_growth_mb: summarize(runs.sdk.map((x) => x.rss_growth_mb)) },
      [`hand-written fetch piped to a file, ${label}`]: {
        mb_per_s: mbps(runs.hand),
        rss_growth_mb: summarize(runs.hand.map((x) => x.rss_growth_mb)),
      },
      [`download() with a reset at 50 %, ${size / 4 / 2 ** 20} MiB`]: { received_mb: resumed.received / 2 ** 20, ms: resumed.ms },
    };
    return {
      figures,
      // Throughput ratio, round by round: time of the hand-written copy ÷ time of download().
      download_ratio: pairedRatio(
        runs.hand.map((x) => x.ms),
        runs.sdk.map((x) => x.ms),
      ).median,
      download_rss_mb: summarize(runs.sdk.map((x) => x.rss_growth_mb)).median,
      resume_overhead: resumed.received / resumed.bytes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await Promise.all([server.close(), resumeServer.close()]);
  }
}
