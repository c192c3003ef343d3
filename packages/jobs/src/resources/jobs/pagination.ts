import type { Job, JobPage } from "../../model/types.ts";
import { linkAbort } from "../../transport/abort.ts";
import { failures } from "../../transport/lazy.ts";

/**
 * The page without the jobs the page before already yielded; the same object when there are none. Jobs come
 * newest first, so a job created while paging shifts an offset-style cursor by one: the next page then starts
 * with the end of the previous one, up to its last job. Only that job's id is kept between pages: anything
 * more (a set of the page's ids) would outlive every page's request and cost memory in proportion to the run.
 */
function withoutRepeats(page: JobPage, lastId: string | undefined): JobPage {
  const { jobs } = page;
  for (let i = 0; lastId !== undefined && i < jobs.length; i++) {
    if (jobs[i]?.job_id === lastId) return { ...page, jobs: jobs.slice(i + 1) };
  }
  return page;
}

/** Fetches the page at `cursor` (undefined: the newest page), stopping when `signal` fires or `deadline` ms pass. */
export type PageFetcher = (cursor: string | undefined, signal: AbortSignal | undefined, deadline: number | undefined) => Promise<JobPage>;

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
  readonly #deadline: number | undefined;

  /** Made by `sutro.jobs.iterate()`; not meant to be called directly. */
  constructor(
    fetchPage: PageFetcher,
    start: { cursor: string | undefined; prefetch: boolean; signal: AbortSignal | undefined; deadline: number | undefined },
  ) {
    this.#fetchPage = fetchPage;
    this.#start = start.cursor;
    this.#prefetch = start.prefetch;
    this.#signal = start.signal;
    this.#deadline = start.deadline;
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
    // The last job yielded: a job created while paging shifts an offset-style cursor, so the next page can
    // start with jobs already yielded, up to this one. Skipping those keeps every job exactly once.
    let lastId: string | undefined;
    // `deadline` bounds the whole run, from its first request: each page gets what is left of it.
    const deadline = this.#deadline;
    const endsAt = deadline === undefined ? undefined : Date.now() + deadline;
    const fetchPage = (at: string | undefined) => {
      if (endsAt === undefined) return this.#fetchPage(at, signal, undefined);
      const left = endsAt - Date.now();
      // The words of a failure load with it (errors/failures.ts), as every other failure's.
      if (left <= 0) return failures().then((f) => Promise.reject(f.iterateDeadline(deadline as number)));
      return this.#fetchPage(at, signal, left);
    };
    try {
      let page: JobPage | undefined = await fetchPage(cursor);
      for (;;) {
        page = withoutRepeats(page, lastId);
        lastId = page.jobs.at(-1)?.job_id ?? lastId;
        const next: string | null = page.next_cursor;
        const loops = next !== null && seen.has(next);
        let ahead: Promise<JobPage> | undefined;
        if (next !== null && !loops) {
          seen.add(next);
          if (this.#prefetch) {
            ahead = fetchPage(next);
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
        if (loops) throw (await failures()).cursorLoop(next, seen.size);
        cursor = next;
        page = await (ahead ?? fetchPage(next));
      }
    } finally {
      run?.abort();
      unlink();
    }
  }

  /**
   * Every job of every page. Hand-rolled rather than an async generator: a
   * generator resumes once per job, which costs more than the job itself.
   *
   * Concurrent `next()` calls (p-map and friends pull several at once) are
   * served in call order on one chain, so a page boundary fetches one page,
   * never one per caller; `return()` and `throw()` queue on the same chain and
   * end the run for good.
   */
  [Symbol.asyncIterator](): AsyncIterableIterator<Job> {
    const pages = this.pages();
    let jobs: readonly Job[] = [];
    let index = 0;
    let finished = false;
    /** Steps queued and not yet finished: while there are any, a call waits its turn behind `tail`. */
    let pending = 0;
    let tail: Promise<unknown> = Promise.resolve();

    const done = (): IteratorResult<Job> => ({ done: true, value: undefined });
    const step = async (): Promise<IteratorResult<Job>> => {
      while (!finished && index >= jobs.length) {
        jobs = [];
        const page = await pages.next();
        if (page.done) finished = true;
        else {
          jobs = page.value.jobs;
          index = 0;
        }
      }
      return finished ? done() : { done: false, value: jobs[index++] as Job };
    };
    const close = async (): Promise<void> => {
      finished = true;
      jobs = [];
      await pages.return();
    };
    const enqueue = <T>(operation: () => Promise<T>): Promise<T> => {
      // Counted down before the caller hears the outcome, so that its next call finds the chain idle and
      // takes the fast path (a chain cleared by a later callback would send every call through here).
      const run = () =>
        operation().finally(() => {
          pending--;
        });
      const result = pending++ === 0 ? run() : tail.then(run, run);
      tail = result.catch(() => {});
      return result;
    };

    const iterator: AsyncIterableIterator<Job> = {
      // Idle chain, page in hand: an already-settled promise, the cheapest step the protocol allows.
      next: () => (pending === 0 && index < jobs.length ? Promise.resolve({ done: false, value: jobs[index++] as Job }) : enqueue(step)),
      return: () =>
        enqueue(async () => {
          await close();
          return done();
        }),
      throw: (error?: unknown) =>
        enqueue(async () => {
          await close();
          throw error;
        }),
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}
