/** What the mock API takes and gives: its options, a request as the HTTP adapter hands it over, and the reply. */
import type { LiveDataset, MockJob } from "./dataset.ts";
import type { FaultRule } from "./faults.ts";
import type { Clock } from "./lifecycle.ts";

export interface MockApiOptions {
  /** How many seeded jobs to serve. Default 250. */
  jobs?: number | undefined;
  /** Seed of the generated jobs; the same seed gives the same jobs and cursors. Default 1. */
  seed?: number | undefined;
  /** When the newest seeded job was created (ms since the epoch); older ones step back from it. Default: now. */
  newest?: number | undefined;
  /** Serve exactly these jobs (newest first) instead of seeded ones. */
  dataset?: readonly MockJob[] | undefined;
  /** The only key accepted. Default: any `Authorization: Key <something>`. */
  apiKey?: string | undefined;
  /** Faults to inject, first match wins. */
  faults?: FaultRule[] | undefined;
  /**
   * Create this many jobs at the head of the list before answering each page asked for
   * with a cursor, as a live account does while a client pages. Default 0.
   */
  newJobsPerPage?: number | undefined;
  /** Answer every request with the 410 a retired host (the old api.sutro.sh) gives. Default false. */
  retired?: boolean | undefined;
  /** Answer CORS preflights and allow every origin, so a browser app can call the mock. Default false. */
  cors?: boolean | undefined;
  /** Ignore `limit` and `cursor` and answer every list with every job, as older and self-hosted deployments do. */
  ignoreLimit?: boolean | undefined;
  /**
   * The clock jobs live by: "real" (default), scaled by `speed`, or "manual", moved only by `advance(ms)`.
   * A created job is QUEUED for 1 s, STARTING for 1 s, RUNNING for 100 ms a row; a cancel takes 1 s.
   */
  clock?: "real" | "manual" | undefined;
  /** With the real clock: how many times faster than real time jobs live. Default 1. */
  speed?: number | undefined;
  /** Send job statuses in the older shape: a plain lower-case string instead of `{ "<id>": "STATUS" }`. */
  legacyStatusShape?: boolean | undefined;
  /**
   * For this many ms of the jobs' clock after a created job SUCCEEDED, POST /job-results answers 409 (its
   * results still being written), as the real service can. Default 0.
   */
  resultsLag?: number | undefined;
  /** The size of every results file, in bytes (made on the fly, never held). Default: 256 bytes a row. */
  artifactBytes?: number | undefined;
  /**
   * Results files are real Parquet files of the job's results (the columns of job-results, snappy), written
   * when first asked, in row groups of this many rows. Default: real files for jobs created here (row groups
   * of 10,000), made-up bytes for seeded jobs; `artifactBytes` makes every file made-up bytes of that size.
   */
  parquetRowGroup?: number | undefined;
  /**
   * Also serve the jobs and the dataset the reference's examples name (`batch_job_12345` SUCCEEDED,
   * `batch_job_67890` RUNNING, `batch_job_24680` QUEUED, `dataset-3f6c1a52-…`), as the newest, so that its
   * samples run unchanged. Default false; the `sutro-jobs-mock` command serves them unless `--no-examples`.
   */
  examples?: boolean | undefined;
}

/** A request as the HTTP adapter hands it over. */
export interface IncomingRequest {
  method: string;
  url: URL;
  headers: { get(name: string): string | null };
  /** The body, read in full (POST), as text. */
  body?: string | undefined;
  /** The same body as bytes (a multipart upload). */
  bytes?: Uint8Array | undefined;
}

/** One request as the server saw it. */
export interface RequestRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | null;
  userAgent: string | null;
  status: number;
  /** The fault rule applied, if any. */
  fault: FaultRule | undefined;
  /** The JSON body sent, parsed (POST); undefined without one. */
  body: unknown;
}

/** What to send back; the HTTP adapter carries out delays, resets and truncation. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** Text, or the bytes of a file (a dataset's). */
  body: string | Uint8Array;
  delay: number;
  reset: FaultRule["reset"];
  /** Send only this many bytes of the body, declared as the whole body. */
  truncateTo: number | undefined;
  /** A body sent piece by piece as it is made (the progress stream, a results file), instead of `body`. */
  stream?: AsyncIterable<string | Uint8Array> | Iterable<Uint8Array> | undefined;
}

export interface MockApi {
  /** The reply; a promise only for requests that need reading asynchronously (a dataset upload). */
  handle(request: IncomingRequest): Reply | Promise<Reply>;
  /**
   * Asked as a request's body starts to arrive: the byte at which an `uploadResetAt` fault drops the
   * connection, if one matches (the request is then recorded, with status 0, and never handled).
   */
  cutBodyAt(request: Omit<IncomingRequest, "body" | "bytes">): number | undefined;
  /** Moves the manual clock forward, so created jobs advance (and cancels complete). */
  advance(ms: number): void;
  readonly clock: Clock;
  readonly requests: RequestRecord[];
  readonly faults: FaultRule[];
  readonly dataset: LiveDataset;
  /** The cursor of the page starting at `offset`, as the server would issue it. */
  cursorAt(offset: number): string;
}
