// 8. Following jobs: the progress stream parsed by jobs.progress() against a hand-written line splitter
// over the same bytes (in process, no network); and how soon wait() sees a job end, over loopback from
// the mock in a process of its own, streaming and polling, against a fixed poll.
import { Sutro } from "@sutro/jobs";
import { startMockProcess } from "./mock-process.mjs";
import { pairedRatio, sleep, summarize } from "./stats.mjs";

const KEY = "sk_test_bench";

/** NDJSON progress lines as a fast server sends them, cut at arbitrary places (seeded). */
function streamChunks(lines) {
  let text = "";
  for (let i = 0; i < lines; i++) {
    text +=
      i % 4 === 3
        ? `${JSON.stringify({ update_type: "tokens", result: { input_tokens: i * 40, output_tokens: i * 90, total_tokens_processed_per_second: 1234.5 } })}\n`
        : `${JSON.stringify({ update_type: "progress", result: i })}\n`;
  }
  const bytes = new TextEncoder().encode(text);
  const chunks = [];
  let seed = 7;
  for (let at = 0; at < bytes.length; ) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const size = 512 + (seed % 16_384);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

const bodyOf = (chunks) =>
  new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });

/** What a user writes by hand to iterate updates: decode, split on newlines, parse and yield each line. */
async function* handSplitter(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
    const parts = buffer.split("\n");
    buffer = parts.pop();
    for (const line of parts) if (line) yield JSON.parse(line);
    if (done) {
      if (buffer) yield JSON.parse(buffer);
      return;
    }
  }
}

/** The same splitter counting in place, handing nothing to a consumer: the floor of what parsing costs. */
async function handCount(body) {
  let count = 0;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
    const parts = buffer.split("\n");
    buffer = parts.pop();
    for (const line of parts) if (line && JSON.parse(line)) count++;
    if (done) return count;
  }
}

async function count(iterable) {
  let n = 0;
  for await (const _ of iterable) n++;
  return n;
}

export async function measureProgress({ lines = 200_000, rounds = 7 } = {}) {
  const chunks = streamChunks(lines);
  const sutro = new Sutro({
    apiKey: KEY,
    apiURL: "https://acme.sutro.example/v1",
    logLevel: "off",
    fetch: async () => new Response(bodyOf(chunks), { headers: { "content-type": "application/x-ndjson" } }),
  });
  const runners = {
    sdk: () => count(sutro.jobs.progress("job_bench")),
    hand: () => count(handSplitter(bodyOf(chunks))),
    floor: () => handCount(bodyOf(chunks)),
  };
  const times = { sdk: [], hand: [], floor: [] };
  for (let r = 0; r < rounds; r++) {
    const order = Object.keys(runners);
    // Rotate who goes first, so warm-up and GC timing favour none.
    for (const name of [...order.slice(r % 3), ...order.slice(0, r % 3)]) {
      const started = performance.now();
      const seen = await runners[name]();
      times[name].push(performance.now() - started);
      if (seen !== lines) throw new Error(`${name} parsed ${seen} of ${lines} lines`);
    }
  }
  const perSecond = (ms) => summarize(ms.map((t) => lines / (t / 1000)));
  const n = lines.toLocaleString("en-US");
  return {
    figures: {
      [`jobs.progress(), ${n} lines`]: { lines_per_s: perSecond(times.sdk) },
      [`hand-written splitter yielding each line, ${n} lines`]: { lines_per_s: perSecond(times.hand) },
      [`hand-written splitter counting in place, ${n} lines`]: { lines_per_s: perSecond(times.floor) },
    },
    // Round by round: hand-written time ÷ SDK time, i.e. the SDK's lines/s as a share of the splitter's.
    progress_lines_ratio: pairedRatio(times.hand, times.sdk).median,
    progress_lines_ratio_in_place: pairedRatio(times.floor, times.sdk).median,
  };
}

/** The mock's clock runs this many times faster than real time; a 5 s poll of real time is 5000 / SPEED ms. */
const SPEED = 10;
const POLL = 5_000 / SPEED;
const ROWS = 300;
/** When a job created at `createdAt` (wall clock) ends on the mock: 1 s queued, 1 s starting, 100 ms a row. */
const endOf = (createdAt) => createdAt + (2_000 + ROWS * 100) / SPEED;

/** Creates a job and returns once it is RUNNING, with the wall-clock time it was created. */
async function runningJob(sutro) {
  const before = Date.now();
  const { jobId } = await sutro.jobs.create({ inputs: Array.from({ length: ROWS }, (_, i) => `row ${i}`), model: "m" });
  const createdAt = (before + Date.now()) / 2;
  while ((await sutro.jobs.status(jobId)) !== "RUNNING") await sleep(10);
  return { jobId, createdAt };
}

export async function measureWait({ rounds = 5 } = {}) {
  const server = await startMockProcess(["--jobs", "5", "--api-key", KEY, "--speed", String(SPEED)]);
  try {
    let requests = 0;
    let streamOff = false;
    const fetch = (input, init) => {
      requests++;
      const url = String(input instanceof Request ? input.url : input);
      if (streamOff && url.includes("/stream-job-progress/")) return Promise.resolve(new Response("{}", { status: 404 }));
      return globalThis.fetch(input, init);
    };
    const client = () => new Sutro({ apiKey: KEY, apiURL: server.url, logLevel: "off", fetch });
    const runs = { stream: [], poll: [], fixed: [] };
    for (const mode of ["stream", "poll", "fixed"]) {
      streamOff = mode === "poll";
      const sutro = client();
      for (let r = 0; r < rounds; r++) {
        const { jobId, createdAt } = await runningJob(sutro);
        // Start each wait at another point of the poll cycle, so polling is not measured in lucky phase.
        await sleep(((r + 0.5) / rounds) * POLL);
        requests = 0;
        if (mode === "fixed") {
          // The official SDK's way: a status check every 5 s (of the mock's time) until the job has ended.
          while (!["SUCCEEDED", "FAILED", "CANCELLED"].includes(await sutro.jobs.status(jobId))) await sleep(POLL);
        } else {
          await sutro.jobs.wait(jobId, { pollInterval: POLL });
        }
        runs[mode].push({ detect: Date.now() - endOf(createdAt), requests });
      }
    }
    const figure = (results) => ({
      detect_ms: summarize(results.map((x) => x.detect)),
      requests: summarize(results.map((x) => x.requests)),
    });
    const median = (mode, field) => summarize(runs[mode].map((x) => x[field])).median;
    return {
      setup: { speed: SPEED, poll_interval_ms: POLL, rows: ROWS },
      figures: {
        "wait(), progress stream": figure(runs.stream),
        "wait(), stream unavailable (polling)": figure(runs.poll),
        [`fixed poll every ${POLL} ms (5 s of the mock's time)`]: figure(runs.fixed),
      },
      wait_detect_ms: median("stream", "detect"),
      wait_poll_detect_ratio: median("poll", "detect") / POLL,
      wait_requests_ratio: Math.max(median("stream", "requests"), median("poll", "requests")) / median("fixed", "requests"),
    };
  } finally {
    await server.close();
  }
}
