import { checkRequestOptions, type RequestOptions } from "../../config/options.ts";
import type { Job, JobList, JobPage, JobStatus, ResultsUrl } from "../../model/types.ts";
import { checkPathParam, type OperationCaller } from "../../operations/operation.ts";
import { type Api, getJSON, isObject, type Reading } from "../../operations/request.ts";
import { failures } from "../../transport/lazy.ts";
import { type APIPromise, replying } from "../../transport/replies.ts";
import type { CreateJobParams } from "./create.ts";
import type { DownloadParams, DownloadResult, OpenFile } from "./download.ts";
import { downloader, jobParams, notReady, progressStream, resultRows, rowReader, statusReader, waiting } from "./lazy.ts";
import {
  checkIterateParams,
  checkListParams,
  type IterateParams,
  type ListAllParams,
  type ListPageParams,
  type ListParams,
} from "./list-params.ts";
import { JobIterator, type PageFetcher } from "./pagination.ts";
import type { ProgressUpdate } from "./progress.ts";
import type { ResultColumns, ResultRow, ResultsParams } from "./results.ts";
import type { RowsParams } from "./rows.ts";
import type { JobStatusDetail } from "./status-detail.ts";
import type { WaitOptions } from "./wait.ts";

/** What `jobs.cancel()` says: whether a cancellation was started, and the server's message either way. */
export interface CancelResult {
  /** False when there was nothing to cancel (a job already finished); not an error. */
  cancelled: boolean;
  /** The server's words. */
  message: string;
}

/** What `resultsURL()` takes: the extra columns, and how long the URLs stay valid. */
export interface ResultsURLParams extends ResultsParams {
  /** Seconds the URLs stay valid, 1 to 604 800 (7 days). Default 3 600. */
  expiresIn?: number | undefined;
}

/** The structural checks every list response gets (the field that fails, worded by failures.ts); `validate: true` adds the full schema. */
function listProblem(body: unknown): string | undefined {
  if (!isObject(body)) return "";
  return Array.isArray(body.jobs) ? undefined : "jobs";
}

/** A page is a list with a cursor that paging can follow: a string, or null on the last page; never empty. */
function pageProblem(body: unknown): string | undefined {
  const problem = listProblem(body);
  if (problem !== undefined) return problem;
  const { next_cursor } = body as Record<string, unknown>;
  return next_cursor === null || (typeof next_cursor === "string" && next_cursor !== "") ? undefined : "next_cursor";
}

/**
 * Older and self-hosted deployments may ignore `limit` and answer a paged call with every job
 * (`{ message, jobs }`, no `next_cursor`): that answer is the one and only page.
 */
function isFullList(body: unknown): body is JobList {
  return typeof body === "object" && body !== null && "message" in body && !("next_cursor" in body);
}

/** A page, or the full list of a server that ignores `limit`. */
function pageOrListProblem(body: unknown): string | undefined {
  return isFullList(body) ? listProblem(body) : pageProblem(body);
}

/** How list answers are read: every job at once, or a page (which a server ignoring `limit` answers with the list). */
const FULL_LIST: Reading = { schema: "JobList", shapeProblem: listProblem };
const PAGE: Reading = { schema: (body) => (isFullList(body) ? "JobList" : "JobPage"), shapeProblem: pageOrListProblem };

/** The extra columns asked for, as the results endpoints name them. */
function columnFlags(params: ResultsParams) {
  return { include_inputs: params.includeInputs === true, include_cumulative_logprobs: params.includeCumulativeLogprobs === true };
}

/** The results chunk, whose `columnsOf` and `rowsOf` read a POST /job-results answer. */
type ResultsReaders = Awaited<ReturnType<typeof resultRows>>;

/** A `{ job }` envelope's job. */
const envelopedJob = (answer: { job: unknown }): Job => answer.job as Job;

/** What `jobs.list()` answers: awaited, one page (or every job); iterated, every job from there on. */
export type ListPromise<T> = APIPromise<T> & AsyncIterable<Job>;

/** `sutro.jobs`: the jobs of the account. */
export class Jobs {
  readonly #api: Api;
  /** What this client's waits learnt: a deployment without the progress stream is not asked again on every wait. */
  readonly #waits = { noProgressStream: false };

  readonly #call: OperationCaller;
  readonly #openFile: OpenFile | undefined;

  /** Made by the `Sutro` client, which hands it its transport, options and operations; not meant to be called directly. */
  constructor(api: Api, call: OperationCaller, openFile?: OpenFile) {
    this.#api = api;
    this.#openFile = openFile;
    this.#call = call;
  }

  /**
   * Submits a batch-inference job and resolves to its id. Never retried: once the request may have reached
   * the server, every failure but a definite 4xx (a 5xx, a dropped connection, a timeout, an abort, an
   * answer cut short) is a JobCreationUnknownError with that failure as its cause, since the job may exist.
   * Arguments the API would refuse are refused before anything is sent.
   */
  create(params: CreateJobParams, options?: RequestOptions): APIPromise<{ jobId: string }> {
    // The checks of a job's parameters load with the first job created; listing never needs them.
    return replying(options, async (given) => (await jobParams()).createJob(this.#call, params, given));
  }

  /** One job, by id. A job that does not exist is a NotFoundError. */
  get(jobId: string, options?: RequestOptions): APIPromise<Job> {
    // Not async: the most frequent call (every poll of a wait) spends no promise layer of its own.
    return replying(options, (given) =>
      this.#call("getJob", { path: { job_id: checkPathParam(jobId, "jobId") } }, checkRequestOptions(given), envelopedJob),
    );
  }

  /** Just the job's status, whichever shape the server sent it in. */
  status(jobId: string, options?: RequestOptions): APIPromise<JobStatus> {
    return replying(options, async (given) => (await this.statusDetail(jobId, given)).status);
  }

  /** The job's status with the server's message and, for a failed job, why. */
  statusDetail(jobId: string, options?: RequestOptions): APIPromise<JobStatusDetail> {
    return replying(options, async (given) => {
      const id = checkPathParam(jobId, "jobId");
      const answer = await this.#call("getJobStatus", { path: { job_id: id } }, checkRequestOptions(given));
      return (await statusReader()).readStatusDetail(id, answer);
    });
  }

  /** Asks for the job to be cancelled (it moves to CANCELLING, then CANCELLED). `cancelled: false` is an answer, not an error. */
  cancel(jobId: string, options?: RequestOptions): APIPromise<CancelResult> {
    return replying(options, async (given) => {
      const path = { job_id: checkPathParam(jobId, "jobId") };
      const { cancelled, message } = await this.#call("cancelJob", { path }, checkRequestOptions(given));
      return { cancelled, message };
    });
  }

  /**
   * The results as the API sends them, column by column, with the column lengths checked. A job that
   * has not succeeded is a JobNotSucceededError saying what the server said of its status.
   */
  resultsColumns(jobId: string, params: ResultsParams = {}, options?: RequestOptions): APIPromise<ResultColumns> {
    return replying(options, (given) => this.#results(jobId, params, given, "columnsOf"));
  }

  /** POST /job-results, its answer read by the results chunk's `read`: the columns, or the rows. */
  async #results<R extends "columnsOf" | "rowsOf">(
    jobId: string,
    params: ResultsParams,
    options: RequestOptions | undefined,
    read: R,
  ): Promise<ReturnType<ResultsReaders[R]>> {
    const body = { job_id: checkPathParam(jobId, "jobId"), ...columnFlags(params) };
    const reader = (await resultRows())[read] as (answer: unknown) => ReturnType<ResultsReaders[R]>;
    const checked = checkRequestOptions(options);
    // POST, but a read: the spec marks it x-idempotent, so it is retried like a GET (its 409 aside).
    try {
      return await this.#call("getJobResults", { body }, checked, reader);
    } catch (error) {
      return this.#whenReady(error, body.job_id, checked, () => this.#call("getJobResults", { body }, checked, reader));
    }
  }

  /** A failure of a job's results: a 409 or 404 has the job's status asked once, to say whether to wait (not-ready.ts). */
  async #whenReady<T>(error: unknown, jobId: string, options: RequestOptions, again: () => Promise<T>): Promise<T> {
    return (await notReady()).whenReady(error, jobId, (o) => this.statusDetail(jobId, o), again, options);
  }

  /**
   * Waits until the job is SUCCEEDED, FAILED or CANCELLED and resolves to it. While the job runs it follows
   * the progress stream (`onProgress` hears each update), so the end is seen as it happens; without a
   * usable stream it checks every `pollInterval` ms (default 5 s); a deployment without the stream (404) is
   * remembered, so later waits of this client go straight to polling. `onUpdate` hears each change of status,
   * CANCELLING included. Bounded by `deadline` and `signal`; stopping the wait never stops the job.
   */
  async wait(jobId: string, options?: WaitOptions): Promise<Job> {
    return (await waiting()).waitForJob(this, this.#waits, jobId, options, this.#api.config.logger);
  }

  /**
   * Presigned URLs of the job's results as a Parquet file, with its size. The URLs are credentials until
   * they expire (`expiresIn` seconds, 1 to 604 800, default 3 600): keep them out of logs, and never send
   * an Authorization header to them. A job that has not succeeded is a JobNotSucceededError. Hands back the
   * API's answer as it is, in its wire names (`urls.get`, `artifact.size_bytes`): it is a resource the API
   * sends, not something the SDK made.
   */
  resultsURL(jobId: string, params: ResultsURLParams = {}, options?: RequestOptions): APIPromise<ResultsUrl> {
    return replying(options, async (given) => {
      const id = checkPathParam(jobId, "jobId");
      const { expiresIn } = params;
      if (expiresIn !== undefined && !(Number.isInteger(expiresIn) && expiresIn >= 1 && expiresIn <= 604_800)) {
        throw (await failures()).badExpiresIn(expiresIn);
      }
      const query = { format: "parquet" as const, ...columnFlags(params), expires_in_seconds: expiresIn };
      const checked = checkRequestOptions(given);
      const call = () => this.#call("getResultsUrl", { path: { job_id: id }, query }, checked) as Promise<ResultsUrl>;
      try {
        return await call();
      } catch (error) {
        return this.#whenReady(error, id, checked, call);
      }
    });
  }

  /**
   * Downloads the job's results file (Parquet) to `to` in bounded memory, however big. A transfer that breaks
   * off resumes where it stopped (Range + If-Range), starts over if the file changed, gets a fresh link when
   * the old one expired, and ends with the size checked against the announced one. Resolves once the file is
   * complete; anything else is a DownloadError (or the abort), with nothing left under the final name. The
   * presigned URLs never get the key, and errors and logs show them without their query string.
   */
  async download(jobId: string, params: DownloadParams): Promise<DownloadResult> {
    // The downloader loads when first used (checks included), so clients that never download do not carry it.
    return (await downloader()).downloadJob(this, this.#api.config, this.#openFile, jobId, params);
  }

  /**
   * The job's live progress, parsed as it arrives: `{ type: "progress", rowsDone }`,
   * `{ type: "tokens", inputTokens?, outputTokens?, tokensPerSecond? }`, or `{ type: "unknown", raw }`.
   * Ends when the server closes the stream (after the last row); `break` or the signal closes it early.
   * Not retried: reconnecting is the caller's choice.
   */
  progress(jobId: string, options?: RequestOptions): AsyncIterableIterator<ProgressUpdate> {
    const id = checkPathParam(jobId, "jobId");
    const checked = checkRequestOptions(options);
    const api = this.#api;
    // The stream's parser loads with the first stream followed: a generator, its module loads with the first
    // `next()`, and a `return()` before that loads nothing.
    return (async function* () {
      yield* (await progressStream()).followProgress(api, id, checked);
    })();
  }

  /**
   * The results as rows, read straight from the results file with HTTP Range requests, one row group at a time:
   * memory stays one row group's however big the job, and nothing is written to disk. A link that expires
   * mid-way is replaced; storage never gets the key. Rows as `results()` gives them; `break` stops the reading.
   */
  rows(jobId: string, params: RowsParams = {}): AsyncIterableIterator<ResultRow> {
    const id = checkPathParam(jobId, "jobId");
    const { config } = this.#api;
    return (async function* (jobs: Jobs) {
      yield* (await rowReader()).readRows(jobs, config, id, params);
    })(this);
  }

  /** The results as rows, one per input row in input order: `{ output, input?, cumulativeLogprob?, … }`. */
  results(jobId: string, params: ResultsParams = {}, options?: RequestOptions): APIPromise<ResultRow[]> {
    return replying(options, (given) => this.#results(jobId, params, given, "rowsOf"));
  }

  /**
   * Every job in one response (`{ message, jobs }`). Prefer `iterate()` or `list({ limit })` for large accounts.
   * Iterated (`for await (const job of sutro.jobs.list())`) it yields the same jobs one by one.
   */
  list(params?: ListAllParams, options?: RequestOptions): ListPromise<JobList>;
  /**
   * One page of at most `limit` jobs, newest first, with the `next_cursor` of the next page (null on the last).
   * Iterated (`for await (const job of sutro.jobs.list({ limit }))`) it yields every job from that page on,
   * page after page, the first page asked for once.
   */
  list(params: ListPageParams, options?: RequestOptions): ListPromise<JobPage>;
  /** One page with `limit`, else every job: the type follows the arguments. */
  list(params?: ListParams, options?: RequestOptions): ListPromise<JobPage | JobList>;
  list(params?: ListParams, options?: RequestOptions): ListPromise<JobPage | JobList> {
    return replying(options, (given) => {
      const answer = this.#list(params, given) as ListPromise<JobPage | JobList>;
      answer[Symbol.asyncIterator] = () => this.#jobsFrom(answer, params, given);
      return answer;
    }) as ListPromise<JobPage | JobList>;
  }

  /**
   * Every job from a `list()` answer on: a run starts from the awaited answer, so its first page is never asked
   * for twice, then follows `next_cursor` with the call's options.
   */
  #jobsFrom(answer: Promise<JobPage | JobList>, params: ListParams | undefined, options: RequestOptions | undefined): AsyncIterator<Job> {
    const { limit, cursor } = (params ?? {}) as Partial<ListPageParams>;
    let first: Promise<JobPage> | undefined = answer.then((body) =>
      "next_cursor" in body ? body : { jobs: body.jobs, next_cursor: null },
    );
    let checked: RequestOptions | undefined;
    const pages: PageFetcher = (at, signal, left) => {
      if (first) {
        const page = first;
        first = undefined;
        return page;
      }
      // Asked only after the first page came back: the options passed their checks then, once for the run here.
      checked ??= checkRequestOptions(options);
      return this.#page({ limit: limit as number, cursor: at }, { ...checked, signal, deadline: left });
    };
    const deadline = options?.deadline ?? this.#api.config.deadline;
    return new JobIterator(pages, { cursor, prefetch: false, signal: options?.signal, deadline })[Symbol.asyncIterator]();
  }

  async #list(params: ListParams | undefined, options: RequestOptions | undefined): Promise<JobPage | JobList> {
    const query = checkListParams(params);
    const checked = checkRequestOptions(options);
    if (query.limit === undefined) return (await getJSON(this.#api, "/list-jobs", {}, checked, FULL_LIST)) as JobList;
    return this.#page({ limit: query.limit, cursor: query.cursor }, checked);
  }

  /** One page, its arguments already checked: `iterate` checks them once, not once a page. */
  async #page(query: { limit: number; cursor?: string | undefined }, options: RequestOptions): Promise<JobPage> {
    const body = await getJSON(this.#api, "/list-jobs", query, options, PAGE);
    if (!isFullList(body)) return body as JobPage;
    (await failures()).ignoresLimit(this.#api.config);
    return { jobs: body.jobs, next_cursor: null };
  }

  /**
   * Every job, newest first, following `next_cursor` page by page; at most
   * one page is held in memory. Read `cursor` / `nextCursor` on the returned
   * iterator to checkpoint, and pass one back as `cursor` to resume.
   */
  iterate(params?: IterateParams): JobIterator {
    const { pageSize, cursor, prefetch, options } = checkIterateParams(params);
    return new JobIterator((at, signal, deadline) => this.#page({ limit: pageSize, cursor: at }, { ...options, signal, deadline }), {
      cursor,
      prefetch: prefetch === 1,
      signal: options.signal,
      deadline: options.deadline ?? this.#api.config.deadline,
    });
  }
}
