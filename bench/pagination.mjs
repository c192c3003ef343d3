// 2. Pagination over loopback and 3. prefetch, against the mock server.
import { Sutro } from "@sutro/jobs";
import { createMockApi, startMockServer } from "@sutro/jobs-mock";
import { startMockProcess } from "./mock-process.mjs";
import { pairedRatio, sleep, summarize } from "./stats.mjs";

const KEY = "sk_test_bench";

/** The mock's own throughput, in-process with no HTTP: the most any client could see. */
function serverCeiling(jobs) {
  const api = createMockApi({ jobs, seed: 1, apiKey: KEY });
  const headers = { get: (name) => (name === "authorization" ? `Key ${KEY}` : null) };
  const started = performance.now();
  let cursor = null;
  let served = 0;
  do {
    const url = new URL(`http://mock/v1/list-jobs?limit=100${cursor ? `&cursor=${cursor}` : ""}`);
    const reply = api.handle({ method: "GET", url, headers });
    const page = JSON.parse(reply.body);
    served += page.jobs.length;
    cursor = page.next_cursor;
  } while (cursor);
  return served / ((performance.now() - started) / 1000);
}

/** What a careful user writes by hand: fetch, json(), visit each job, follow next_cursor. */
async function handLoop(url) {
  let count = 0;
  let cursor = null;
  do {
    const response = await fetch(`${url}/list-jobs?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, {
      headers: { Authorization: `Key ${KEY}` },
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
    const page = await response.json();
    for (const _ of page.jobs) count++;
    cursor = page.next_cursor;
  } while (cursor);
  return count;
}

async function sdkLoop(url, options = {}) {
  let count = 0;
  for await (const _ of new Sutro({ apiKey: KEY, apiURL: url, logLevel: "off" }).jobs.iterate({ pageSize: 100, ...options })) count++;
  return count;
}

export async function measurePagination({ jobs = 200_000, rounds = 7 } = {}) {
  const server = await startMockProcess(["--jobs", String(jobs), "--api-key", KEY]);
  try {
    const rates = { "hand-written fetch loop": [], "@sutro/jobs iterate()": [] };
    // Warm-up: the JIT of both loops, the sockets, and the server's own JIT.
    await handLoop(server.url);
    await sdkLoop(server.url);
    for (let r = 0; r < rounds; r++) {
      for (const [name, loop] of [
        ["hand-written fetch loop", handLoop],
        ["@sutro/jobs iterate()", sdkLoop],
      ]) {
        const started = performance.now();
        const count = await loop(server.url);
        if (count !== jobs) throw new Error(`${name} saw ${count} of ${jobs} jobs`);
        rates[name].push(count / ((performance.now() - started) / 1000));
      }
    }
    const ceiling = summarize(Array.from({ length: rounds }, () => serverCeiling(jobs)));
    const figures = Object.fromEntries(Object.entries(rates).map(([name, values]) => [name, { jobs_per_s: summarize(values) }]));
    figures["mock server alone (ceiling)"] = { jobs_per_s: ceiling };
    const ratio = pairedRatio(rates["@sutro/jobs iterate()"], rates["hand-written fetch loop"]);
    figures["iterate() ÷ hand-written loop, per round"] = { ratio };
    return { figures, pagination_ratio: ratio.median };
  } finally {
    await server.close();
  }
}

/** Pages handled by a consumer that awaits `workMs` per page (a database write, say). */
async function consume(url, prefetch, workMs) {
  const ids = [];
  for await (const page of new Sutro({ apiKey: KEY, apiURL: url, logLevel: "off" }).jobs.iterate({ pageSize: 100, prefetch }).pages()) {
    ids.push(...page.jobs.map((j) => j.job_id));
    await sleep(workMs);
  }
  return ids;
}

/**
 * With 2 ms of work per page against a server 2 ms away (a `delay` fault standing
 * in for the network), fetching the next page during the work should hide most of it.
 */
export async function measurePrefetch({ jobs = 20_000, workMs = 2, latencyMs = 2, rounds = 7 } = {}) {
  // Correctness first, on an in-process server whose request log can be read.
  const checked = await startMockServer({ jobs: 1_000, seed: 2, apiKey: KEY });
  try {
    const sequential = await consume(checked.apiURL, 0, 0);
    const pagesSeen = checked.requests.length;
    checked.requests.length = 0;
    const ahead = await consume(checked.apiURL, 1, 0);
    if (JSON.stringify(ahead) !== JSON.stringify(sequential)) throw new Error("prefetch changed the output");
    if (checked.requests.length !== pagesSeen) throw new Error(`prefetch sent ${checked.requests.length} requests for ${pagesSeen} pages`);
    checked.requests.length = 0;
    let pages = 0;
    for await (const _ of new Sutro({ apiKey: KEY, apiURL: checked.apiURL, logLevel: "off" }).jobs
      .iterate({ pageSize: 100, prefetch: 1 })
      .pages()) {
      if (++pages === 3) break;
    }
    await sleep(50);
    if (checked.requests.length > 4) throw new Error(`an early stop after 3 pages still sent ${checked.requests.length} requests`);
  } finally {
    await checked.close();
  }

  const server = await startMockProcess(["--jobs", String(jobs), "--api-key", KEY, "--fault", `delay=${latencyMs}`]);
  try {
    const runs = [
      ["sequential", 0],
      ["prefetch: 1", 1],
    ];
    const seconds = Object.fromEntries(runs.map(([name]) => [name, []]));
    // A run lasts a second or two on a machine whose load drifts: the two are timed back to back, in an
    // order reversed every round, and the speedup is the median of the rounds' own ratios.
    for (let r = 0; r < rounds; r++) {
      for (const [name, prefetch] of r % 2 ? [...runs].reverse() : runs) {
        const started = performance.now();
        await consume(server.url, prefetch, workMs);
        seconds[name].push((performance.now() - started) / 1000);
      }
    }
    const figures = Object.fromEntries(Object.entries(seconds).map(([name, values]) => [name, { seconds: summarize(values) }]));
    const speedup = pairedRatio(seconds.sequential, seconds["prefetch: 1"]);
    figures["sequential ÷ prefetch, per round"] = { ratio: speedup };
    return { figures, prefetch_speedup: speedup.median, setup: { jobs, workMs, latencyMs } };
  } finally {
    await server.close();
  }
}
