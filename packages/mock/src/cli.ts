#!/usr/bin/env node
/**
 * sutro-jobs-mock --port 4010 --jobs 250 --seed 1 --api-key sk_test_123 [--fault page=3,attempt=1,status=503 ...]
 */
import { parseArgs } from "node:util";
import { parseFault } from "./faults.ts";
import { startMockServer } from "./server.ts";

const USAGE = `Usage: sutro-jobs-mock [options]

A local server that behaves like a Sutro deployment: the jobs API under /v1
(list, create, get, status, cancel, progress, results, quotas, key check) and
the datasets API. Jobs created here live: QUEUED, STARTING, RUNNING (100 ms a
row), then SUCCEEDED, or FAILED when an input holds "FAIL". The jobs and the
dataset the API reference's samples name are served too, so they run as shown.
Prints its SUTRO_API_URL on the first line.

Options:
  --port N          port to listen on (default 4010; 0 picks a free one)
  --host ADDR       address to listen on (default 127.0.0.1)
  --jobs N          how many seeded jobs to serve (default 250)
  --seed N          seed of the jobs and cursors (default 1)
  --api-key KEY     the only key accepted (default: any "Authorization: Key ...")
  --new-jobs-per-page N
                    create N jobs at the head of the list before each page asked for with a
                    cursor, as a live account does while a client pages (default 0)
  --speed N         jobs created here live N times faster than real time (default 1)
  --artifact-bytes N the size of every results file behind results-url (default 256 a row + 1024);
                    made on the fly, so gigabytes cost no memory
  --parquet-results N
                    results files are real Parquet files of each job's results (snappy), in row
                    groups of N rows, written when first asked (default: real files of 10,000-row
                    groups for jobs created here, made-up bytes for seeded jobs)
  --results-lag MS  for MS ms (of the jobs' clock) after a job succeeds, job-results answers 409, as results
                    still being written (default 0)
  --no-examples     leave out the jobs and the dataset the API reference's samples name
                    (batch_job_12345, batch_job_67890, batch_job_24680, dataset-3f6c1a52-…)
  --legacy-status-shape
                    send job statuses as a plain lower-case string (older servers)
  --cors            answer CORS preflights and allow every origin (for a browser app)
  --ignore-limit    answer every list with every job ({message, jobs}), as older servers do
  --retired         answer every request with 410 Gone, as a retired host (api.sutro.sh) does
  --fault SPEC      inject a fault, repeatable; first match wins. SPEC is comma-separated:
                      which:  page=N attempt=N request=N times=N target=api|artifacts
                      what:   delay=MS status=N retry-after=S retry-after-date=S retry-after-ms=MS retry-after-raw=TEXT
                              reset=before-headers|mid-body truncate html loop
                              shape=jobs-not-array|bad-next-cursor|not-an-object
                              stream=cut|stall|garbage|unknown-type (the progress stream, after its first line)
                      a results file (target=artifacts; attempt counts requests for the file):
                              reset-at=BYTE stall-at=BYTE (silent for delay=MS) new-etag new-size=N content-length=N
                              (and status=N, delay=MS before answering)
                      a request's body (an upload): upload-reset-at=BYTE drops the connection
                              once BYTE bytes arrived, before anything is stored
                    e.g. --fault page=3,attempt=1,status=503,retry-after=1
  -h, --help        show this help`;

function whole(value: string | undefined, name: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new Error(`--${name} takes a whole number${min ? ` ≥ ${min}` : ""}, got "${value}"`);
  return Number(value);
}

try {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      jobs: { type: "string" },
      seed: { type: "string" },
      "api-key": { type: "string" },
      "new-jobs-per-page": { type: "string" },
      retired: { type: "boolean" },
      "ignore-limit": { type: "boolean" },
      cors: { type: "boolean" },
      speed: { type: "string" },
      "artifact-bytes": { type: "string" },
      "results-lag": { type: "string" },
      "parquet-results": { type: "string" },
      "legacy-status-shape": { type: "boolean" },
      "no-examples": { type: "boolean" },
      fault: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
  } else {
    const server = await startMockServer({
      port: whole(values.port, "port", 4010),
      host: values.host,
      jobs: whole(values.jobs, "jobs", 250),
      seed: whole(values.seed, "seed", 1),
      apiKey: values["api-key"],
      newJobsPerPage: whole(values["new-jobs-per-page"], "new-jobs-per-page", 0),
      retired: values.retired === true,
      ignoreLimit: values["ignore-limit"] === true,
      cors: values.cors === true,
      speed: whole(values.speed, "speed", 1, 1),
      artifactBytes: values["artifact-bytes"] === undefined ? undefined : whole(values["artifact-bytes"], "artifact-bytes", 0),
      resultsLag: whole(values["results-lag"], "results-lag", 0),
      parquetRowGroup: values["parquet-results"] === undefined ? undefined : whole(values["parquet-results"], "parquet-results", 1),
      legacyStatusShape: values["legacy-status-shape"] === true,
      examples: values["no-examples"] !== true,
      faults: (values.fault ?? []).map(parseFault),
    });
    // The first line is the deployment URL (SUTRO_API_URL), so scripts can read it.
    console.log(server.apiURL);
    console.error(`sutro-jobs-mock: serving ${server.dataset.size} jobs on ${server.apiURL}/list-jobs (Ctrl-C to stop)`);
    const stop = () => server.close().then(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  }
} catch (error) {
  // A port in use is no mistake in the command line: one line that says what to do, not the usage.
  if ((error as { code?: unknown }).code === "EADDRINUSE") {
    const { port } = error as { port?: number };
    console.error(
      `sutro-jobs-mock: port ${port} is in use. Stop what listens there, or pick another with --port N (--port 0 takes any free one).`,
    );
    process.exit(1);
  }
  console.error(`sutro-jobs-mock: ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
