/** The jobs resource's operations, each answered as the API does, from the mock's state. */

import { parquetWriteBuffer } from "hyparquet-writer";
import { type Answer, error, ok, streamed } from "../answers.ts";
import { ARTIFACT_PREFIX, type StoredArtifact, sign } from "../artifacts.ts";
import { decodeCursor, encodeCursor } from "../cursor.ts";
import type { MockJob } from "../dataset.ts";
import { PHASES, progressLines, resultsOf } from "../lifecycle.ts";
import type { MockState } from "../state.ts";
import { checkCreateBody } from "../validation.ts";
import { datasetInputs } from "./datasets.ts";

/** POST /batch-inference: checks the body as the API does, then creates a QUEUED job that starts to live. */
export function createJob(state: MockState, body: unknown): Answer {
  const job = checkCreateBody(body);
  if ("status" in job) return job;
  const { inputs } = job;
  // A dataset of this mock: its column's values, file after file. Any other id or URL: ten made-up rows.
  const dataset = typeof inputs === "string" ? state.datasets.get(inputs) : undefined;
  const fromDataset = dataset && datasetInputs(dataset, (body as { column_name?: unknown }).column_name);
  if (fromDataset && "status" in fromDataset) return fromDataset;
  const given = Array.isArray(inputs) ? inputs : (fromDataset ?? Array.from({ length: 10 }, (_, i) => `Row ${i + 1} of ${String(inputs)}`));
  const created = state.dataset.add({
    model: job.model,
    system_prompt: job.system_prompt ?? null,
    json_schema: job.json_schema ?? null,
    sampling_params: job.sampling_params ?? {},
    job_priority: job.job_priority ?? 0,
    name: job.name ?? null,
    description: job.description ?? null,
    num_rows: given.length,
    cost_estimate: Math.round(given.length * 0.00005 * 10_000) / 10_000,
  });
  state.lives.start(created, given);
  return ok({ results: created.job_id, metadata: { job_id: created.job_id, message: "Job created successfully" } });
}

/** POST /job-results: the columns of a SUCCEEDED job; 409 for any other status. */
export function jobResults(state: MockState, body: unknown): Answer {
  const request = (body ?? {}) as { job_id?: unknown; include_inputs?: unknown; include_cumulative_logprobs?: unknown };
  if (typeof request.job_id !== "string" || !request.job_id) return error(422, "job_id is required.");
  const job = state.find(request.job_id);
  if (!job) return error(404, `Job ${request.job_id} not found.`);
  if (job.status.toUpperCase() !== "SUCCEEDED") {
    return error(409, `Job ${request.job_id} is ${job.status}; results exist once it has SUCCEEDED.`);
  }
  // As the real service can, right after a job succeeds: its results are still being written.
  const lag = state.options.resultsLag ?? 0;
  if (lag > 0 && (state.lives.sinceEnd(job) ?? Number.POSITIVE_INFINITY) < lag) {
    return error(409, `Results of ${request.job_id} are still being written; ask again in a moment.`);
  }
  const include = { inputs: request.include_inputs === true, logprobs: request.include_cumulative_logprobs === true };
  return ok({ message: "Results retrieved.", results: resultsOf(job, state.lives, state.seed, include) });
}

/** GET /list-jobs: every job, or one page of `limit` from `cursor`. */
export function listJobs(state: MockState, url: URL): Answer {
  const { dataset, lives, options } = state;
  const limitText = url.searchParams.get("limit");
  const cursor = url.searchParams.get("cursor");
  if (limitText === null || options.ignoreLimit) {
    const jobs = Array.from({ length: dataset.size }, (_, i) => lives.current(dataset.at(i)));
    return { status: 200, body: JSON.stringify({ message: "Jobs retrieved successfully.", jobs }), page: undefined, cursor };
  }
  const limit = /^\d+$/.test(limitText) ? Number(limitText) : Number.NaN;
  if (!(limit >= 1 && limit <= 100)) {
    return { ...error(422, `limit must be an integer from 1 to 100, got ${limitText || "nothing"}.`), cursor };
  }
  if (cursor !== null) for (let n = 0; n < (options.newJobsPerPage ?? 0); n++) dataset.add();
  const offset = cursor === null ? 0 : decodeCursor(dataset.fingerprint, cursor, dataset.size);
  if (offset === undefined) return { ...error(422, "Unknown cursor; pass back the next_cursor of the previous page unchanged."), cursor };
  const end = Math.min(offset + limit, dataset.size);
  const jobs: MockJob[] = [];
  for (let i = offset; i < end; i++) jobs.push(lives.current(dataset.at(i)));
  const next = end < dataset.size ? encodeCursor(dataset.fingerprint, end) : null;
  return { status: 200, body: JSON.stringify({ jobs, next_cursor: next }), page: Math.floor(offset / limit) + 1, cursor };
}

/**
 * A results file: a real Parquet file of the job's results for a job created here (row groups of 10,000 rows)
 * or with `parquetRowGroup`; made-up bytes of `artifactBytes` (or 256 a row) for a seeded job, or whenever
 * `artifactBytes` is given.
 */
function newArtifact(state: MockState, job: MockJob, include: { inputs: boolean; logprobs: boolean }): StoredArtifact {
  const { artifactBytes, parquetRowGroup } = state.options;
  const rowGroupSize = parquetRowGroup ?? (state.lives.inputs(job.job_id) ? 10_000 : undefined);
  if (rowGroupSize === undefined || artifactBytes !== undefined)
    return { size: artifactBytes ?? Number(job.num_rows ?? 0) * 256 + 1024, version: 0 };
  const columns = resultsOf(job, state.lives, state.seed, include);
  const columnData = Object.entries(columns).map(([name, values]) =>
    values.every((v) => typeof v === "number" || v === null)
      ? { name, data: values as (number | null)[], type: "DOUBLE" as const }
      : { name, data: values.map((v) => (v === null || typeof v === "string" ? v : JSON.stringify(v))), type: "STRING" as const },
  );
  const bytes = new Uint8Array(parquetWriteBuffer({ columnData, rowGroupSize }));
  return { size: bytes.length, version: 0, bytes };
}

/** GET /jobs/{id}/results-url: presigned URLs pointing back at this server, for a SUCCEEDED job. */
export function resultsUrl(state: MockState, job: MockJob, url: URL, origin: string): Answer {
  const format = url.searchParams.get("format") ?? "parquet";
  if (format !== "parquet") return error(400, `format must be parquet, got ${format}.`);
  const expiresText = url.searchParams.get("expires_in_seconds") ?? "3600";
  const expires = /^\d+$/.test(expiresText) ? Number(expiresText) : Number.NaN;
  if (!(expires >= 1 && expires <= 604_800)) return error(400, "expires_in_seconds must be from 1 to 604800.");
  if (job.status.toUpperCase() !== "SUCCEEDED")
    return error(409, `Job ${job.job_id} is ${job.status}; results exist once it has SUCCEEDED.`);
  const inputs = url.searchParams.get("include_inputs") === "true";
  const logprobs = url.searchParams.get("include_cumulative_logprobs") === "true";
  const key = `results/${job.job_id}${inputs ? "-inputs" : ""}${logprobs ? "-logprobs" : ""}.parquet`;
  // Made on first ask; a file replaced since (the new-size fault) keeps its new size.
  const file = state.artifacts.get(key) ?? newArtifact(state, job, { inputs, logprobs });
  state.artifacts.set(key, file);
  const date = Math.floor(Date.now() / 1000);
  const expiresAt = date + expires;
  const presigned = `${origin}${ARTIFACT_PREFIX}${encodeURIComponent(key)}?X-Amz-Date=${date}&X-Amz-Expires=${expires}&X-Amz-Signature=${sign(state.seed, key, expiresAt)}`;
  return ok({
    job_id: job.job_id,
    format,
    include_inputs: inputs,
    include_cumulative_logprobs: logprobs,
    expires_in_seconds: expires,
    artifact: { bucket: "sutro-mock-results", key, filename: key.slice("results/".length), size_bytes: file.size },
    urls: { get: presigned, head: presigned },
  });
}

/** GET /job-status/{id}: the current shape (keyed by id), or the older plain lower-case string. */
export function jobStatus(state: MockState, job: MockJob): Answer {
  const failure = job.status === "FAILED" ? { failure_reason: job.failure_reason } : null;
  return ok(
    state.options.legacyStatusShape
      ? { message: "Job status retrieved.", job_status: job.status.toLowerCase(), metadata: failure ?? {} }
      : { message: `Job status with job_id ${job.job_id} retrieved.`, job_status: { [job.job_id]: job.status }, metadata: failure },
  );
}

/** GET /stream-job-progress/{id}: NDJSON lines as the job's rows complete; the stream ends with the job. */
export function jobProgress(state: MockState, job: MockJob): Answer {
  return streamed(progressLines(job, state.lives, PHASES.perRow / (state.options.speed ?? 1)));
}

/** GET /jobs/{id}. */
export const getJob = (job: MockJob): Answer => ok({ job });

/** GET /job-cancel/{id}: asks the job's life to move to CANCELLING. */
export const cancelJob = (state: MockState, job: MockJob): Answer => ok(state.lives.cancel(job));
