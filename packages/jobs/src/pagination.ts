import { linkAbort } from "./abort.ts";
import { MalformedResponseError } from "./errors.ts";
import type { Job, JobPage } from "./types.ts";

/** Fetches the page at `cursor` (undefined: the newest page), stopping when `signal` fires. */
export type PageFetcher = (cursor: string | undefined, signal: AbortSignal | undefined) => Promise<JobPage>;

/**
 * Every job, newest first, one page request at a time. Iterate it for jobs, or
 * `pages()` for whole pages.
 *
 * To checkpoint a long run, save `nextCursor` after finishing a page (resume
 * exactly after it) or `cursor` while inside a page (resume at its start and
 * see the page again): `sutro.jobs.iterate({ cursor: saved })`.
 */
export class JobIterator implements AsyncIterable<Job> {
  /** The cursor that fetched the page being consumed; undefined for the newest page. */
  cursor: string | undefined;
  /** The cursor of the page after the one being consumed; null after the last page, undefined before the first arrives. */
  nextCursor: string | null | undefined;
  readonly #fetchPage: PageFetcher;
  readonly #start: string | undefined;
  readonly #prefetch: boolean;
  readonly #signal: AbortSignal | undefined;

  constructor(fetchPage: PageFetcher, start: { cursor: string | undefined; prefetch: boolean; signal: AbortSignal | undefined }) {
    this.#fetchPage = fetchPage;
    this.#start = start.cursor;
    this.#prefetch = start.prefetch;
    this.#signal = start.signal;
    this.cursor = start.cursor;
  }

  /** Every page, following `next_cursor` until it is null. Each run starts again from the starting cursor. */
  async *pages(): AsyncGenerator<JobPage, void, undefined> {
    // With prefetch, stopping the run (break, return, error) aborts the page still being fetched ahead.
    const run = this.#prefetch ? new AbortController() : undefined;
    const unlink = linkAbort(this.#signal, run);
    const signal = run?.signal ?? this.#signal;
    const seen = new Set<string>();
    let cursor = this.#start;
    if (cursor !== undefined) seen.add(cursor);
    try {
      let page: JobPage | undefined = await this.#fetchPage(cursor, signal);
      for (;;) {
        const next: string | null = page.next_cursor;
        const loops = next !== null && seen.has(next);
        let ahead: Promise<JobPage> | undefined;
        if (next !== null && !loops) {
          seen.add(next);
          if (this.#prefetch) {
            ahead = this.#fetchPage(next, signal);
            // Settled here so that a run stopped early leaves no unhandled rejection behind.
            ahead.catch(() => {});
          }
        }
        this.cursor = cursor;
        this.nextCursor = next;
        yield page;
        // Not held while the next page is on its way: memory stays that of one page, however long the run.
        page = undefined;
        if (next === null) return;
        if (loops) {
          throw new MalformedResponseError(
            `The API sent next_cursor "${next}" a second time in one run, which would page forever. Stopped after ${seen.size} pages; resume from iterator.cursor once the server is fixed.`,
          );
        }
        cursor = next;
        page = await (ahead ?? this.#fetchPage(next, signal));
      }
    } finally {
      run?.abort();
      unlink();
    }
  }

  /**
   * Every job of every page. Hand-rolled rather than an async generator: a
   * generator resumes once per job, which costs more than the job itself.
   */
  [Symbol.asyncIterator](): AsyncIterableIterator<Job> {
    const pages = this.pages();
    let jobs: readonly Job[] = [];
    let index = 0;
    const nextPage = async (): Promise<IteratorResult<Job>> => {
      while (index >= jobs.length) {
        jobs = [];
        const page = await pages.next();
        if (page.done) return { done: true, value: undefined };
        jobs = page.value.jobs;
        index = 0;
      }
      return { done: false, value: jobs[index++] as Job };
    };
    const iterator: AsyncIterableIterator<Job> = {
      // Within a page, an already-settled promise: the cheapest step the async iterator protocol allows.
      next: () => (index < jobs.length ? Promise.resolve({ done: false, value: jobs[index++] as Job }) : nextPage()),
      async return() {
        jobs = [];
        await pages.return();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}
