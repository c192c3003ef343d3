/**
 * The jobs and the dataset the reference's examples name (spec/openapi.yaml), each in the state its operation
 * needs, so that every sample of the reference runs unchanged against the mock, and again when run twice:
 * `batch_job_12345` SUCCEEDED (results, a Parquet results file), `batch_job_67890` RUNNING until a few
 * seconds after the mock starts (a progress stream that ends), `batch_job_24680` QUEUED until cancelled,
 * and the dataset `dataset-3f6c1a52-…` holding `reviews-0001.parquet`.
 */
import { parquetMetadata } from "hyparquet";
import { parquetWriteBuffer } from "hyparquet-writer";
import { schemaOf, store } from "./handlers/datasets.ts";
import { PHASES } from "./lifecycle.ts";
import type { MockState } from "./state.ts";

const REVIEWS = ["The delivery was late and the box was crushed.", "Great service, thank you!"];
const SENTIMENT = {
  type: "object",
  properties: { sentiment: { type: "string", enum: ["positive", "negative", "neutral"] } },
  required: ["sentiment"],
};
/** What the job the create example makes looks like. */
const REVIEW_JOB = {
  model: "gpt-oss-20b",
  system_prompt: "Classify the review's sentiment.",
  json_schema: SENTIMENT,
  sampling_params: { temperature: 0.2 },
  name: "Review sentiment",
};
/** How many rows the running job has: its progress stream ends this many tenths of a second after the start. */
const RUNNING_ROWS = 30;
const DATASET_ID = "dataset-3f6c1a52-8d0e-4b8e-9a57-2f1d6c0b9e41";
const DATASET_FILE = "reviews-0001.parquet";

/** Adds the examples' jobs at the head of the list, and their dataset. */
export function seedExamples(state: MockState): void {
  const { dataset, lives } = state;
  // No life of its own: a job the mock never starts, so a cancel always finds it QUEUED (or already cancelled).
  dataset.add({ ...REVIEW_JOB, job_id: "batch_job_24680", num_rows: REVIEWS.length });
  const running = dataset.add({ ...REVIEW_JOB, job_id: "batch_job_67890", num_rows: RUNNING_ROWS });
  lives.start(
    running,
    Array.from({ length: RUNNING_ROWS }, (_, i) => REVIEWS[i % REVIEWS.length]),
    PHASES.queued + PHASES.starting,
  );
  const succeeded = dataset.add({ ...REVIEW_JOB, job_id: "batch_job_12345", num_rows: REVIEWS.length });
  lives.start(succeeded, REVIEWS, PHASES.queued + PHASES.starting + REVIEWS.length * PHASES.perRow + 1_000);

  const rows = REVIEWS.map((review, i) => ({ id: i + 1, review }));
  const bytes = new Uint8Array(
    parquetWriteBuffer({
      columnData: [
        { name: "id", data: rows.map((r) => r.id), type: "INT32" },
        { name: "review", data: rows.map((r) => r.review), type: "STRING" },
      ],
    }),
  );
  const examples = { dataset_id: DATASET_ID, created_at: new Date().toISOString(), files: [] };
  store(examples, DATASET_FILE, bytes, schemaOf(parquetMetadata(bytes.buffer as ArrayBuffer)), rows);
  state.datasets.set(DATASET_ID, examples);
}
