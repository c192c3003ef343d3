import { checkRequestOptions, type RequestOptions } from "./options.ts";
import { JobIterator } from "./pagination.ts";
import {
  checkIterateParams,
  checkListParams,
  type IterateParams,
  type ListAllParams,
  type ListPageParams,
  type ListParams,
} from "./params.ts";
import { type Api, getJSON } from "./request.ts";
import type { JobList, JobPage } from "./types.ts";

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}

/** The structural checks every list response gets; `validate: true` adds the full schema. */
function listProblem(body: unknown): string | undefined {
  if (!body || typeof body !== "object" || Array.isArray(body)) return `${describe(body)} instead of an object`;
  const { jobs } = body as Record<string, unknown>;
  return Array.isArray(jobs) ? undefined : `"jobs" as ${describe(jobs)} instead of an array`;
}

/** A page is a list with a cursor that paging can follow. */
function pageProblem(body: unknown): string | undefined {
  const problem = listProblem(body);
  if (problem) return problem;
  const { next_cursor } = body as Record<string, unknown>;
  if (next_cursor !== null && typeof next_cursor !== "string")
    return `"next_cursor" as ${describe(next_cursor)} instead of a string or null`;
  if (next_cursor === "") return `an empty "next_cursor" (the last page says null)`;
  return undefined;
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

/** `sutro.jobs`: the jobs of the account. */
export class Jobs {
  readonly #api: Api;
  #warnedUnpaged = false;

  /** Made by the `Sutro` client, which hands it its transport and options; not meant to be called directly. */
  constructor(api: Api) {
    this.#api = api;
  }

  /** Every job in one response (`{ message, jobs }`). Prefer `iterate()` or `list({ limit })` for large accounts. */
  list(params?: ListAllParams, options?: RequestOptions): Promise<JobList>;
  /** One page of at most `limit` jobs, newest first, with the `next_cursor` of the next page (null on the last). */
  list(params: ListPageParams, options?: RequestOptions): Promise<JobPage>;
  /** One page with `limit`, else every job: the type follows the arguments. */
  list(params?: ListParams, options?: RequestOptions): Promise<JobPage | JobList>;
  async list(params?: ListParams, options?: RequestOptions): Promise<JobPage | JobList> {
    const query = checkListParams(params);
    const checked = checkRequestOptions(options);
    if (query.limit === undefined) return (await getJSON(this.#api, "/list-jobs", {}, checked, "JobList", listProblem)) as JobList;
    return this.#page({ limit: query.limit, cursor: query.cursor }, checked);
  }

  /** One page, its arguments already checked: `iterate` checks them once, not once a page. */
  async #page(query: { limit: number; cursor?: string | undefined }, options: RequestOptions): Promise<JobPage> {
    const body = await getJSON(this.#api, "/list-jobs", query, options, (b) => (isFullList(b) ? "JobList" : "JobPage"), pageOrListProblem);
    if (!isFullList(body)) return body as JobPage;
    if (!this.#warnedUnpaged) {
      this.#warnedUnpaged = true;
      this.#api.config.logger.warn(
        `${this.#api.config.apiURL} ignores limit: it answered a page request with every job at once. Treating that as the only page.`,
      );
    }
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
