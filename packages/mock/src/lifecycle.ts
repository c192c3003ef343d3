/**
 * Jobs that live: a job created through the mock is QUEUED, then STARTING, RUNNING
 * and SUCCEEDED (or FAILED), and a cancel moves a job to CANCELLING, then CANCELLED,
 * on a clock the caller controls: real time (scaled by `speed`) or manual
 * (`advance(ms)`), so tests see a job advance without waiting. Statuses are
 * computed when asked, never by timers.
 */
import type { MockJob } from "./dataset.ts";
import { hash32 } from "./random.ts";

/** How long each phase takes on the mock's clock, in ms. */
export const PHASES = { queued: 1_000, starting: 1_000, perRow: 100, cancelling: 1_000 } as const;

/** The mock's time: real (scaled) or moved by hand. */
export interface Clock {
  now(): number;
  /** Moves a manual clock forward; a real clock ignores it. */
  advance(ms: number): void;
}

export function createClock(kind: "real" | "manual", speed = 1): Clock {
  if (kind === "manual") {
    let now = 0;
    return {
      now: () => now,
      advance(ms) {
        now += ms;
      },
    };
  }
  const started = Date.now();
  return { now: () => (Date.now() - started) * speed, advance: () => {} };
}

const TERMINAL = new Set(["SUCCEEDED", "FAILED", "CANCELLED"]);

/** One created job's life: when it was created, how many rows, and whether a cancel was asked. */
interface Life {
  /** False for a seeded job that was only cancelled here: only its status moves. */
  created: boolean;
  createdAt: number;
  rows: number;
  /** Rows whose input asks the mock to fail (`"FAIL"` in the text) make the job fail. */
  fails: boolean;
  cancelAt?: number;
}

/** A job's results, column by column, as the API sends them. */
export type Columns = Record<string, unknown[]>;

export interface Lives {
  /** Starts the life of a job created now, or `ago` ms (of the clock) before now. */
  start(job: MockJob, inputs: readonly unknown[], ago?: number): void;
  /** The job as it is now: its status and times moved on by the clock. */
  current(job: MockJob): MockJob;
  /** Asks for cancellation; false with a reason when there is nothing to cancel. */
  cancel(job: MockJob): { cancelled: boolean; message: string };
  /** The inputs a created job was given, if it was created here. */
  inputs(jobId: string): readonly unknown[] | undefined;
  /** Rows a created job has done by now. */
  rowsDone(job: MockJob): number;
  /** How long ago (on the clock) a created job finished; undefined while it runs, or for a seeded job. */
  sinceEnd(job: MockJob): number | undefined;
}

export function createLives(clock: Clock): Lives {
  const lives = new Map<string, Life>();
  const given = new Map<string, readonly unknown[]>();
  /** A moment of the clock as the job's own time: its creation time plus how long after creation it came. */
  const iso = (job: MockJob, life: Life, at: number) =>
    new Date(Date.parse(job.datetime_created) + (at - life.createdAt)).toISOString().replace(/\.\d{3}Z$/, "Z");

  function statusAt(life: Life | undefined, job: MockJob, now: number): { status: string; started?: number; completed?: number } {
    if (!life) return { status: job.status };
    const started = life.createdAt + PHASES.queued;
    const running = started + PHASES.starting;
    // A seeded job never finishes on its own: only a cancel moves it.
    const done = life.created ? running + life.rows * PHASES.perRow : Number.POSITIVE_INFINITY;
    if (life.cancelAt !== undefined && life.cancelAt < done) {
      const cancelled = life.cancelAt + PHASES.cancelling;
      if (now >= cancelled) return { status: "CANCELLED", started, completed: cancelled };
      return { status: "CANCELLING", started };
    }
    if (!life.created) return { status: job.status };
    if (now < started) return { status: "QUEUED" };
    if (now < running) return { status: "STARTING", started };
    if (now < done) return { status: "RUNNING", started };
    return { status: life.fails ? "FAILED" : "SUCCEEDED", started, completed: done };
  }

  return {
    start(job, inputs, ago = 0) {
      lives.set(job.job_id, {
        created: true,
        createdAt: clock.now() - ago,
        rows: inputs.length,
        fails: inputs.some((row) => typeof row === "string" && row.includes("FAIL")),
      });
      given.set(job.job_id, inputs);
    },
    current(job) {
      const life = lives.get(job.job_id);
      if (!life) return job;
      const { status, started, completed } = statusAt(life, job, clock.now());
      if (!life.created) return { ...job, status };
      const finished = status === "SUCCEEDED" || status === "FAILED";
      const tokens = life.rows * 40;
      return {
        ...job,
        status,
        datetime_started: started === undefined ? null : iso(job, life, started),
        datetime_completed: completed === undefined ? null : iso(job, life, completed),
        input_tokens: finished ? tokens : null,
        output_tokens: finished ? tokens / 2 : null,
        job_cost: finished ? Math.round(tokens * 0.000002 * 10_000) / 10_000 : null,
        failure_reason: status === "FAILED" ? { message: 'An input asked the mock to fail ("FAIL").' } : null,
      };
    },
    cancel(job) {
      const now = clock.now();
      const status = statusAt(lives.get(job.job_id), job, now).status.toUpperCase();
      if (TERMINAL.has(status)) return { cancelled: false, message: `Job ${job.job_id} is already ${status}; there is nothing to cancel.` };
      if (status === "CANCELLING") return { cancelled: false, message: `Job ${job.job_id} is already being cancelled.` };
      const life = lives.get(job.job_id) ?? { created: false, createdAt: now, rows: 0, fails: false };
      life.cancelAt = now;
      lives.set(job.job_id, life);
      return { cancelled: true, message: `Cancelling job with job_id: ${job.job_id}. It moves to CANCELLING, then CANCELLED.` };
    },
    inputs: (jobId) => given.get(jobId),
    sinceEnd(job) {
      const { completed } = statusAt(lives.get(job.job_id), job, clock.now());
      return completed === undefined ? undefined : clock.now() - completed;
    },
    rowsDone(job) {
      const life = lives.get(job.job_id);
      if (!life?.created) return TERMINAL.has(job.status.toUpperCase()) ? Number(job.num_rows ?? 0) : 0;
      const running = life.createdAt + PHASES.queued + PHASES.starting;
      const end = life.cancelAt ?? Number.POSITIVE_INFINITY;
      const rows = Math.floor((Math.min(clock.now(), end) - running) / PHASES.perRow);
      return Math.max(0, Math.min(life.rows, rows));
    },
  };
}

/** A JSON value that matches the simple schemas jobs use: an object of typed, required properties. */
function matching(schema: Record<string, unknown>, seed: string): unknown {
  const enumValues = schema.enum as unknown[] | undefined;
  if (enumValues?.length) return enumValues[hash32(seed) % enumValues.length];
  switch (schema.type) {
    case "object": {
      const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      return Object.fromEntries(Object.entries(properties).map(([name, sub]) => [name, matching(sub, `${seed}.${name}`)]));
    }
    case "array":
      return [matching((schema.items ?? {}) as Record<string, unknown>, `${seed}[0]`)];
    case "integer":
    case "number":
      return hash32(seed) % 100;
    case "boolean":
      return hash32(seed) % 2 === 0;
    default:
      return `value ${hash32(seed).toString(36)}`;
  }
}

/** A value of the wrong type wherever `value` has one: what a model that ignored the schema answers. */
function offSchema(value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value))
    return Object.fromEntries(Object.keys(value).map((key) => [key, offSchema((value as Record<string, unknown>)[key])]));
  return typeof value === "string" ? 12_345 : "not what the schema says";
}

/**
 * The output for one input: derived from its text, or a JSON string matching the job's schema. An input
 * holding `BADJSON` gets text that is not JSON, one holding `OFFSCHEMA` JSON the schema does not allow, so
 * per-row errors can be tested end to end. A model whose name holds `thinking` or `reasoning` answers as
 * reasoning models do: `{"content": <output>, "reasoning_content": …}`.
 */
export function outputFor(input: unknown, schema: unknown, model = ""): string {
  const text = typeof input === "string" ? input : JSON.stringify(input);
  let output = `Processed: ${text.slice(0, 200)}`;
  if (schema && typeof schema === "object") {
    const value = matching(schema as Record<string, unknown>, text);
    output = text.includes("BADJSON")
      ? `{"answer": "${text.slice(0, 20)}`
      : JSON.stringify(text.includes("OFFSCHEMA") ? offSchema(value) : value);
  }
  if (/thinking|reasoning/i.test(model))
    return JSON.stringify({ content: output, reasoning_content: `Thought about: ${text.slice(0, 80)}` });
  return output;
}

/**
 * The results of a SUCCEEDED job, deterministic per seed: a created job's from its inputs; a seeded job's
 * from made-up inputs, one per row, some with an id column and a confidence score.
 */
export function resultsOf(job: MockJob, lives: Lives, seed: number, include: { inputs: boolean; logprobs: boolean }): Columns {
  const created = lives.inputs(job.job_id);
  const rows = created ?? Array.from({ length: Math.min(Number(job.num_rows ?? 0), 10_000) }, (_, i) => `Row ${i + 1} of ${job.job_id}`);
  const columns: Columns = { outputs: rows.map((input) => outputFor(input, job.json_schema, String(job.model ?? ""))) };
  if (include.inputs) columns.inputs = [...rows];
  if (include.logprobs) columns.cumulative_logprobs = rows.map((_, i) => -((hash32(`${seed}:${job.job_id}:${i}`) % 5000) / 100));
  if (!created && hash32(`${seed}:${job.job_id}`) % 3 === 0) {
    columns.row_id = rows.map((_, i) => `row-${i + 1}`);
    columns.confidence_score = rows.map((_, i) => (hash32(`${job.job_id}:${i}:c`) % 100) / 100);
  }
  return columns;
}

/**
 * GET /stream-job-progress: NDJSON at the pace of the clock, a progress and a tokens update a tick, until the
 * job is terminal; then a final progress and the end of the stream. `speed` sets the tick in real time.
 */
export async function* progressLines(job: MockJob, lives: Lives, tickMs: number): AsyncGenerator<string, void, undefined> {
  for (;;) {
    const now = lives.current(job);
    const rows = lives.rowsDone(now);
    const terminal = TERMINAL.has(now.status.toUpperCase());
    yield `${JSON.stringify({ update_type: "progress", result: rows })}\n`;
    if (terminal) return;
    yield `${JSON.stringify({ update_type: "tokens", result: { input_tokens: rows * 40, output_tokens: rows * 20, total_tokens_processed_per_second: 4000 } })}\n`;
    await new Promise((resolve) => setTimeout(resolve, tickMs));
  }
}
