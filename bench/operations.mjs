// The generated operation layer against hand-written fetch: `jobs.get` (GET /jobs/{id}, unwrapped) and
// `jobs.results` (POST /job-results, columns turned into rows), each on a stub answering at once. Their
// bodies are small, so the fixed cost of a call shows, and the ratio depends on how the JIT compiled this
// process as much as on the round: each measurement runs in a fresh process, and the figure is the median
// of the processes' medians. Run as a script, this file is one such process and prints its ratios.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Sutro } from "@sutro/jobs";
import { seededDataset } from "@sutro/jobs-mock";
import { pairedRatio, summarize, timeRounds } from "./stats.mjs";

const BASE = "https://acme.sutro.example/v1";
const KEY = "sk_test_bench";

/** One process's measurement: per pair, the median of the per-round ratios (SDK ÷ hand-written). */
async function measureHere({ rounds, calls }) {
  const job = seededDataset(1, 1).at(0);
  const rows = 100;
  const columns = {
    outputs: Array.from({ length: rows }, (_, i) => `output ${i}`),
    inputs: Array.from({ length: rows }, (_, i) => `input ${i}`),
  };
  const bodies = { get: JSON.stringify({ job }), results: JSON.stringify({ message: "ok", results: columns }) };
  const stub = async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    return new Response(url.endsWith("/job-results") ? bodies.results : bodies.get, {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  };
  const sutro = new Sutro({ apiKey: KEY, apiURL: BASE, fetch: stub, logLevel: "off" });
  const headers = { Authorization: `Key ${KEY}` };
  const pairs = {
    get: {
      hand: async () => {
        const response = await stub(`${BASE}/jobs/${encodeURIComponent(job.job_id)}`, { headers });
        if (!response.ok) throw new Error(String(response.status));
        return (await response.json()).job;
      },
      sdk: () => sutro.jobs.get(job.job_id),
    },
    results: {
      hand: async () => {
        const body = JSON.stringify({ job_id: job.job_id, include_inputs: true, include_cumulative_logprobs: false });
        const response = await stub(`${BASE}/job-results`, {
          method: "POST",
          headers: { ...headers, "Content-Type": "application/json" },
          body,
        });
        if (!response.ok) throw new Error(String(response.status));
        const { results } = await response.json();
        return results.outputs.map((output, i) => ({ output, input: results.inputs[i] }));
      },
      sdk: () => sutro.jobs.results(job.job_id, { includeInputs: true }),
    },
  };
  const ratios = {};
  for (const [name, { hand, sdk }] of Object.entries(pairs)) {
    const times = await timeRounds({ hand, sdk }, rounds, calls);
    ratios[name] = pairedRatio(times.sdk, times.hand).median;
  }
  return ratios;
}

/** `jobs.get()` and `jobs.results()` against hand-written fetch, `processes` fresh processes of `rounds` rounds each. */
export function measureOperations({ processes = 7, rounds = 15, calls = 2000 } = {}) {
  const runs = Array.from({ length: processes }, () =>
    JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), String(rounds), String(calls)], { encoding: "utf8" })),
  );
  const figures = {};
  const medians = {};
  for (const name of Object.keys(runs[0])) {
    const ratio = summarize(runs.map((run) => run[name]));
    figures[`jobs.${name}() ÷ hand-written fetch, per process`] = { ratio };
    medians[name] = ratio.median;
  }
  return { figures, ...medians };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [rounds, calls] = process.argv.slice(2).map(Number);
  process.stdout.write(JSON.stringify(await measureHere({ rounds, calls })));
}
