import { linkAbort } from "./abort.ts";
import { APITimeoutError, MalformedResponseError } from "./errors.ts";

/** The page without the jobs `previous` already yielded; the same object when there are none. */ function withoutRepeats(page, previous) {
  if (previous.size === 0 || !page.jobs.some((job) => previous.has(job.job_id))) return page;
  return {
    ...page,
    jobs: page.jobs.filter((job) => !previous.has(job.job_id)),
  };
}
/**
 * Every job, newest first, one page request at a time. Iterate it for jobs, or
 * `pages()` for whole pages.
 *
 * To checkpoint a long run, save `nextCursor` after finishing a page (resume
 * exactly after it) or `cursor` while inside a page (resume at its start and
 * see the page again): `sutro.jobs.iterate({ cursor: saved })`.
 */ export class JobIterator {
  /** The cursor that fetched the page being consumed; undefined for the newest page. */ cursor;
  /** The cursor of the page after the one being consumed; null after the last page, undefined before the first arrives. */ nextCursor;
  #fetchPage;
  #start;
  #prefetch;
  #signal;
  #deadline;
  /** Made by `sutro.jobs.iterate()`; not meant to be called directly. */ constructor(fetchPage, start) {
    this.#fetchPage = fetchPage;
    this.#start = start.cursor;
    this.#prefetch = start.prefetch;
    this.#signal = start.signal;
    this.#deadline = start.deadline;
    this.cursor = start.cursor;
  }
  /** Every page, following `next_cursor` until it is null. Each run starts again from the starting cursor. */ async *pages() {
    // With prefetch, stopping the run (break, return, error) aborts the page still being fetched ahead.
    const run = this.#prefetch ? new AbortController() : undefined;
    const unlink = linkAbort(this.#signal, run);
    const signal = run?.signal ?? this.#signal;
    const seen = new Set();
    let cursor = this.#start;
    if (cursor !== undefined) seen.add(cursor);
    // The ids of the page before: a job created while paging shifts an offset-style cursor, so the
    // next page can start with jobs already yielded. Skipping those keeps every job exactly once.
    let previous = new Set();
    // `deadline` bounds the whole run, from its first request: each page gets what is left of it.
    const deadline = this.#deadline;
    const endsAt = deadline === undefined ? undefined : Date.now() + deadline;
    const fetchPage = (at) => {
      if (endsAt === undefined) return this.#fetchPage(at, signal, undefined);
      const left = endsAt - Date.now();
      if (left <= 0) {
        return Promise.reject(new APITimeoutError(`iterate() ran out of its ${deadline} ms deadline; resume from iterator.cursor.`));
      }
      return this.#fetchPage(at, signal, left);
    };
    try {
      let page = await fetchPage(cursor);
      for (;;) {
        const ids = new Set(page.jobs.map((job) => job.job_id));
        page = withoutRepeats(page, previous);
        previous = ids;
        const next = page.next_cursor;
        const loops = next !== null && seen.has(next);
        let ahead;
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
        if (loops) {
          throw new MalformedResponseError(
            `The API sent next_cursor "${next}" a second time in one run, which would page forever. Stopped after ${seen.size} pages; resume from iterator.cursor once the server is fixed.`,
          );
        }
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
   */ [Symbol.asyncIterator]() {
    const pages = this.pages();
    let jobs = [];
    let index = 0;
    let finished = false;
    /** The last queued step, while any is pending; undefined when the chain is idle. */ let tail;
    const done = () => ({
      done: true,
      value: undefined,
    });
    const step = async () => {
      while (!finished && index >= jobs.length) {
        jobs = [];
        const page = await pages.next();
        if (page.done) finished = true;
        else {
          jobs = page.value.jobs;
          index = 0;
        }
      }
      return finished
        ? done()
        : {
            done: false,
            value: jobs[index++],
          };
    };
    const close = async () => {
      finished = true;
      jobs = [];
      await pages.return();
    };
    const enqueue = (operation) => {
      const result = tail ? tail.then(operation, operation) : operation();
      const settled = result.then(
        () => {},
        () => {},
      );
      tail = settled;
      settled.then(() => {
        if (tail === settled) tail = undefined;
      });
      return result;
    };
    const iterator = {
      // Idle chain, page in hand: an already-settled promise, the cheapest step the protocol allows.
      next: () =>
        tail === undefined && index < jobs.length
          ? Promise.resolve({
              done: false,
              value: jobs[index++],
            })
          : enqueue(step),
      return: () =>
        enqueue(async () => {
          await close();
          return done();
        }),
      throw: (error) =>
        enqueue(async () => {
          await close();
          throw error;
        }),
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL3BhY2thZ2VzL2pvYnMvc3JjL3BhZ2luYXRpb24udHMiXSwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgbGlua0Fib3J0IH0gZnJvbSBcIi4vYWJvcnQudHNcIjtcbmltcG9ydCB7IEFQSVRpbWVvdXRFcnJvciwgTWFsZm9ybWVkUmVzcG9uc2VFcnJvciB9IGZyb20gXCIuL2Vycm9ycy50c1wiO1xuaW1wb3J0IHR5cGUgeyBKb2IsIEpvYlBhZ2UgfSBmcm9tIFwiLi90eXBlcy50c1wiO1xuXG4vKiogVGhlIHBhZ2Ugd2l0aG91dCB0aGUgam9icyBgcHJldmlvdXNgIGFscmVhZHkgeWllbGRlZDsgdGhlIHNhbWUgb2JqZWN0IHdoZW4gdGhlcmUgYXJlIG5vbmUuICovXG5mdW5jdGlvbiB3aXRob3V0UmVwZWF0cyhwYWdlOiBKb2JQYWdlLCBwcmV2aW91czogUmVhZG9ubHlTZXQ8c3RyaW5nPik6IEpvYlBhZ2Uge1xuICBpZiAocHJldmlvdXMuc2l6ZSA9PT0gMCB8fCAhcGFnZS5qb2JzLnNvbWUoKGpvYikgPT4gcHJldmlvdXMuaGFzKGpvYi5qb2JfaWQpKSkgcmV0dXJuIHBhZ2U7XG4gIHJldHVybiB7IC4uLnBhZ2UsIGpvYnM6IHBhZ2Uuam9icy5maWx0ZXIoKGpvYikgPT4gIXByZXZpb3VzLmhhcyhqb2Iuam9iX2lkKSkgfTtcbn1cblxuLyoqIEZldGNoZXMgdGhlIHBhZ2UgYXQgYGN1cnNvcmAgKHVuZGVmaW5lZDogdGhlIG5ld2VzdCBwYWdlKSwgc3RvcHBpbmcgd2hlbiBgc2lnbmFsYCBmaXJlcyBvciBgZGVhZGxpbmVgIG1zIHBhc3MuICovXG5leHBvcnQgdHlwZSBQYWdlRmV0Y2hlciA9IChjdXJzb3I6IHN0cmluZyB8IHVuZGVmaW5lZCwgc2lnbmFsOiBBYm9ydFNpZ25hbCB8IHVuZGVmaW5lZCwgZGVhZGxpbmU6IG51bWJlciB8IHVuZGVmaW5lZCkgPT4gUHJvbWlzZTxKb2JQYWdlPjtcblxuLyoqXG4gKiBFdmVyeSBqb2IsIG5ld2VzdCBmaXJzdCwgb25lIHBhZ2UgcmVxdWVzdCBhdCBhIHRpbWUuIEl0ZXJhdGUgaXQgZm9yIGpvYnMsIG9yXG4gKiBgcGFnZXMoKWAgZm9yIHdob2xlIHBhZ2VzLlxuICpcbiAqIFRvIGNoZWNrcG9pbnQgYSBsb25nIHJ1biwgc2F2ZSBgbmV4dEN1cnNvcmAgYWZ0ZXIgZmluaXNoaW5nIGEgcGFnZSAocmVzdW1lXG4gKiBleGFjdGx5IGFmdGVyIGl0KSBvciBgY3Vyc29yYCB3aGlsZSBpbnNpZGUgYSBwYWdlIChyZXN1bWUgYXQgaXRzIHN0YXJ0IGFuZFxuICogc2VlIHRoZSBwYWdlIGFnYWluKTogYHN1dHJvLmpvYnMuaXRlcmF0ZSh7IGN1cnNvcjogc2F2ZWQgfSlgLlxuICovXG5leHBvcnQgY2xhc3MgSm9iSXRlcmF0b3IgaW1wbGVtZW50cyBBc3luY0l0ZXJhYmxlPEpvYj4ge1xuICAvKiogVGhlIGN1cnNvciB0aGF0IGZldGNoZWQgdGhlIHBhZ2UgYmVpbmcgY29uc3VtZWQ7IHVuZGVmaW5lZCBmb3IgdGhlIG5ld2VzdCBwYWdlLiAqL1xuICBjdXJzb3I6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIFRoZSBjdXJzb3Igb2YgdGhlIHBhZ2UgYWZ0ZXIgdGhlIG9uZSBiZWluZyBjb25zdW1lZDsgbnVsbCBhZnRlciB0aGUgbGFzdCBwYWdlLCB1bmRlZmluZWQgYmVmb3JlIHRoZSBmaXJzdCBhcnJpdmVzLiAqL1xuICBuZXh0Q3Vyc29yOiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkO1xuICByZWFkb25seSAjZmV0Y2hQYWdlOiBQYWdlRmV0Y2hlcjtcbiAgcmVhZG9ubHkgI3N0YXJ0OiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5ICNwcmVmZXRjaDogYm9vbGVhbjtcbiAgcmVhZG9ubHkgI3NpZ25hbDogQWJvcnRTaWduYWwgfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5ICNkZWFkbGluZTogbnVtYmVyIHwgdW5kZWZpbmVkO1xuXG4gIC8qKiBNYWRlIGJ5IGBzdXRyby5qb2JzLml0ZXJhdGUoKWA7IG5vdCBtZWFudCB0byBiZSBjYWxsZWQgZGlyZWN0bHkuICovXG4gIGNvbnN0cnVjdG9yKFxuICAgIGZldGNoUGFnZTogUGFnZUZldGNoZXIsXG4gICAgc3RhcnQ6IHsgY3Vyc29yOiBzdHJpbmcgfCB1bmRlZmluZWQ7IHByZWZldGNoOiBib29sZWFuOyBzaWduYWw6IEFib3J0U2lnbmFsIHwgdW5kZWZpbmVkOyBkZWFkbGluZTogbnVtYmVyIHwgdW5kZWZpbmVkIH0sXG4gICkge1xuICAgIHRoaXMuI2ZldGNoUGFnZSA9IGZldGNoUGFnZTtcbiAgICB0aGlzLiNzdGFydCA9IHN0YXJ0LmN1cnNvcjtcbiAgICB0aGlzLiNwcmVmZXRjaCA9IHN0YXJ0LnByZWZldGNoO1xuICAgIHRoaXMuI3NpZ25hbCA9IHN0YXJ0LnNpZ25hbDtcbiAgICB0aGlzLiNkZWFkbGluZSA9IHN0YXJ0LmRlYWRsaW5lO1xuICAgIHRoaXMuY3Vyc29yID0gc3RhcnQuY3Vyc29yO1xuICB9XG5cbiAgLyoqIEV2ZXJ5IHBhZ2UsIGZvbGxvd2luZyBgbmV4dF9jdXJzb3JgIHVudGlsIGl0IGlzIG51bGwuIEVhY2ggcnVuIHN0YXJ0cyBhZ2FpbiBmcm9tIHRoZSBzdGFydGluZyBjdXJzb3IuICovXG4gIGFzeW5jICpwYWdlcygpOiBBc3luY0dlbmVyYXRvcjxKb2JQYWdlLCB2b2lkLCB1bmRlZmluZWQ+IHtcbiAgICAvLyBXaXRoIHByZWZldGNoLCBzdG9wcGluZyB0aGUgcnVuIChicmVhaywgcmV0dXJuLCBlcnJvcikgYWJvcnRzIHRoZSBwYWdlIHN0aWxsIGJlaW5nIGZldGNoZWQgYWhlYWQuXG4gICAgY29uc3QgcnVuID0gdGhpcy4jcHJlZmV0Y2ggPyBuZXcgQWJvcnRDb250cm9sbGVyKCkgOiB1bmRlZmluZWQ7XG4gICAgY29uc3QgdW5saW5rID0gbGlua0Fib3J0KHRoaXMuI3NpZ25hbCwgcnVuKTtcbiAgICBjb25zdCBzaWduYWwgPSBydW4/LnNpZ25hbCA/PyB0aGlzLiNzaWduYWw7XG4gICAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICAgIGxldCBjdXJzb3IgPSB0aGlzLiNzdGFydDtcbiAgICBpZiAoY3Vyc29yICE9PSB1bmRlZmluZWQpIHNlZW4uYWRkKGN1cnNvcik7XG4gICAgLy8gVGhlIGlkcyBvZiB0aGUgcGFnZSBiZWZvcmU6IGEgam9iIGNyZWF0ZWQgd2hpbGUgcGFnaW5nIHNoaWZ0cyBhbiBvZmZzZXQtc3R5bGUgY3Vyc29yLCBzbyB0aGVcbiAgICAvLyBuZXh0IHBhZ2UgY2FuIHN0YXJ0IHdpdGggam9icyBhbHJlYWR5IHlpZWxkZWQuIFNraXBwaW5nIHRob3NlIGtlZXBzIGV2ZXJ5IGpvYiBleGFjdGx5IG9uY2UuXG4gICAgbGV0IHByZXZpb3VzOiBSZWFkb25seVNldDxzdHJpbmc+ID0gbmV3IFNldCgpO1xuICAgIC8vIGBkZWFkbGluZWAgYm91bmRzIHRoZSB3aG9sZSBydW4sIGZyb20gaXRzIGZpcnN0IHJlcXVlc3Q6IGVhY2ggcGFnZSBnZXRzIHdoYXQgaXMgbGVmdCBvZiBpdC5cbiAgICBjb25zdCBkZWFkbGluZSA9IHRoaXMuI2RlYWRsaW5lO1xuICAgIGNvbnN0IGVuZHNBdCA9IGRlYWRsaW5lID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBEYXRlLm5vdygpICsgZGVhZGxpbmU7XG4gICAgY29uc3QgZmV0Y2hQYWdlID0gKGF0OiBzdHJpbmcgfCB1bmRlZmluZWQpID0+IHtcbiAgICAgIGlmIChlbmRzQXQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHRoaXMuI2ZldGNoUGFnZShhdCwgc2lnbmFsLCB1bmRlZmluZWQpO1xuICAgICAgY29uc3QgbGVmdCA9IGVuZHNBdCAtIERhdGUubm93KCk7XG4gICAgICBpZiAobGVmdCA8PSAwKSB7XG4gICAgICAgIHJldHVybiBQcm9taXNlLnJlamVjdChuZXcgQVBJVGltZW91dEVycm9yKGBpdGVyYXRlKCkgcmFuIG91dCBvZiBpdHMgJHtkZWFkbGluZX0gbXMgZGVhZGxpbmU7IHJlc3VtZSBmcm9tIGl0ZXJhdG9yLmN1cnNvci5gKSk7XG4gICAgICB9XG4gICAgICByZXR1cm4gdGhpcy4jZmV0Y2hQYWdlKGF0LCBzaWduYWwsIGxlZnQpO1xuICAgIH07XG4gICAgdHJ5IHtcbiAgICAgIGxldCBwYWdlOiBKb2JQYWdlIHwgdW5kZWZpbmVkID0gYXdhaXQgZmV0Y2hQYWdlKGN1cnNvcik7XG4gICAgICBmb3IgKDs7KSB7XG4gICAgICAgIGNvbnN0IGlkcyA9IG5ldyBTZXQocGFnZS5qb2JzLm1hcCgoam9iKSA9PiBqb2Iuam9iX2lkKSk7XG4gICAgICAgIHBhZ2UgPSB3aXRob3V0UmVwZWF0cyhwYWdlLCBwcmV2aW91cyk7XG4gICAgICAgIHByZXZpb3VzID0gaWRzO1xuICAgICAgICBjb25zdCBuZXh0OiBzdHJpbmcgfCBudWxsID0gcGFnZS5uZXh0X2N1cnNvcjtcbiAgICAgICAgY29uc3QgbG9vcHMgPSBuZXh0ICE9PSBudWxsICYmIHNlZW4uaGFzKG5leHQpO1xuICAgICAgICBsZXQgYWhlYWQ6IFByb21pc2U8Sm9iUGFnZT4gfCB1bmRlZmluZWQ7XG4gICAgICAgIGlmIChuZXh0ICE9PSBudWxsICYmICFsb29wcykge1xuICAgICAgICAgIHNlZW4uYWRkKG5leHQpO1xuICAgICAgICAgIGlmICh0aGlzLiNwcmVmZXRjaCkge1xuICAgICAgICAgICAgYWhlYWQgPSBmZXRjaFBhZ2UobmV4dCk7XG4gICAgICAgICAgICAvLyBTZXR0bGVkIGhlcmUgc28gdGhhdCBhIHJ1biBzdG9wcGVkIGVhcmx5IGxlYXZlcyBubyB1bmhhbmRsZWQgcmVqZWN0aW9uIGJlaGluZC5cbiAgICAgICAgICAgIGFoZWFkLmNhdGNoKCgpID0+IHt9KTtcbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgdGhpcy5jdXJzb3IgPSBjdXJzb3I7XG4gICAgICAgIHRoaXMubmV4dEN1cnNvciA9IG5leHQ7XG4gICAgICAgIHlpZWxkIHBhZ2U7XG4gICAgICAgIC8vIE5vdCBoZWxkIHdoaWxlIHRoZSBuZXh0IHBhZ2UgaXMgb24gaXRzIHdheTogbWVtb3J5IHN0YXlzIHRoYXQgb2Ygb25lIHBhZ2UsIGhvd2V2ZXIgbG9uZyB0aGUgcnVuLlxuICAgICAgICBwYWdlID0gdW5kZWZpbmVkO1xuICAgICAgICBpZiAobmV4dCA9PT0gbnVsbCkgcmV0dXJuO1xuICAgICAgICBpZiAobG9vcHMpIHtcbiAgICAgICAgICB0aHJvdyBuZXcgTWFsZm9ybWVkUmVzcG9uc2VFcnJvcihcbiAgICAgICAgICAgIGBUaGUgQVBJIHNlbnQgbmV4dF9jdXJzb3IgXCIke25leHR9XCIgYSBzZWNvbmQgdGltZSBpbiBvbmUgcnVuLCB3aGljaCB3b3VsZCBwYWdlIGZvcmV2ZXIuIFN0b3BwZWQgYWZ0ZXIgJHtzZWVuLnNpemV9IHBhZ2VzOyByZXN1bWUgZnJvbSBpdGVyYXRvci5jdXJzb3Igb25jZSB0aGUgc2VydmVyIGlzIGZpeGVkLmAsXG4gICAgICAgICAgKTtcbiAgICAgICAgfVxuICAgICAgICBjdXJzb3IgPSBuZXh0O1xuICAgICAgICBwYWdlID0gYXdhaXQgKGFoZWFkID8/IGZldGNoUGFnZShuZXh0KSk7XG4gICAgICB9XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHJ1bj8uYWJvcnQoKTtcbiAgICAgIHVubGluaygpO1xuICAgIH1cbiAgfVxuXG4gIC8qKlxuICAgKiBFdmVyeSBqb2Igb2YgZXZlcnkgcGFnZS4gSGFuZC1yb2xsZWQgcmF0aGVyIHRoYW4gYW4gYXN5bmMgZ2VuZXJhdG9yOiBhXG4gICAqIGdlbmVyYXRvciByZXN1bWVzIG9uY2UgcGVyIGpvYiwgd2hpY2ggY29zdHMgbW9yZSB0aGFuIHRoZSBqb2IgaXRzZWxmLlxuICAgKlxuICAgKiBDb25jdXJyZW50IGBuZXh0KClgIGNhbGxzIChwLW1hcCBhbmQgZnJpZW5kcyBwdWxsIHNldmVyYWwgYXQgb25jZSkgYXJlXG4gICAqIHNlcnZlZCBpbiBjYWxsIG9yZGVyIG9uIG9uZSBjaGFpbiwgc28gYSBwYWdlIGJvdW5kYXJ5IGZldGNoZXMgb25lIHBhZ2UsXG4gICAqIG5ldmVyIG9uZSBwZXIgY2FsbGVyOyBgcmV0dXJuKClgIGFuZCBgdGhyb3coKWAgcXVldWUgb24gdGhlIHNhbWUgY2hhaW4gYW5kXG4gICAqIGVuZCB0aGUgcnVuIGZvciBnb29kLlxuICAgKi9cbiAgW1N5bWJvbC5hc3luY0l0ZXJhdG9yXSgpOiBBc3luY0l0ZXJhYmxlSXRlcmF0b3I8Sm9iPiB7XG4gICAgY29uc3QgcGFnZXMgPSB0aGlzLnBhZ2VzKCk7XG4gICAgbGV0IGpvYnM6IHJlYWRvbmx5IEpvYltdID0gW107XG4gICAgbGV0IGluZGV4ID0gMDtcbiAgICBsZXQgZmluaXNoZWQgPSBmYWxzZTtcbiAgICAvKiogVGhlIGxhc3QgcXVldWVkIHN0ZXAsIHdoaWxlIGFueSBpcyBwZW5kaW5nOyB1bmRlZmluZWQgd2hlbiB0aGUgY2hhaW4gaXMgaWRsZS4gKi9cbiAgICBsZXQgdGFpbDogUHJvbWlzZTx1bmtub3duPiB8IHVuZGVmaW5lZDtcblxuICAgIGNvbnN0IGRvbmUgPSAoKTogSXRlcmF0b3JSZXN1bHQ8Sm9iPiA9PiAoeyBkb25lOiB0cnVlLCB2YWx1ZTogdW5kZWZpbmVkIH0pO1xuICAgIGNvbnN0IHN0ZXAgPSBhc3luYyAoKTogUHJvbWlzZTxJdGVyYXRvclJlc3VsdDxKb2I+PiA9PiB7XG4gICAgICB3aGlsZSAoIWZpbmlzaGVkICYmIGluZGV4ID49IGpvYnMubGVuZ3RoKSB7XG4gICAgICAgIGpvYnMgPSBbXTtcbiAgICAgICAgY29uc3QgcGFnZSA9IGF3YWl0IHBhZ2VzLm5leHQoKTtcbiAgICAgICAgaWYgKHBhZ2UuZG9uZSkgZmluaXNoZWQgPSB0cnVlO1xuICAgICAgICBlbHNlIHtcbiAgICAgICAgICBqb2JzID0gcGFnZS52YWx1ZS5qb2JzO1xuICAgICAgICAgIGluZGV4ID0gMDtcbiAgICAgICAgfVxuICAgICAgfVxuICAgICAgcmV0dXJuIGZpbmlzaGVkID8gZG9uZSgpIDogeyBkb25lOiBmYWxzZSwgdmFsdWU6IGpvYnNbaW5kZXgrK10gYXMgSm9iIH07XG4gICAgfTtcbiAgICBjb25zdCBjbG9zZSA9IGFzeW5jICgpOiBQcm9taXNlPHZvaWQ+ID0+IHtcbiAgICAgIGZpbmlzaGVkID0gdHJ1ZTtcbiAgICAgIGpvYnMgPSBbXTtcbiAgICAgIGF3YWl0IHBhZ2VzLnJldHVybigpO1xuICAgIH07XG4gICAgY29uc3QgZW5xdWV1ZSA9IDxUPihvcGVyYXRpb246ICgpID0+IFByb21pc2U8VD4pOiBQcm9taXNlPFQ+ID0+IHtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IHRhaWwgPyB0YWlsLnRoZW4ob3BlcmF0aW9uLCBvcGVyYXRpb24pIDogb3BlcmF0aW9uKCk7XG4gICAgICBjb25zdCBzZXR0bGVkOiBQcm9taXNlPHVua25vd24+ID0gcmVzdWx0LnRoZW4oXG4gICAgICAgICgpID0+IHt9LFxuICAgICAgICAoKSA9PiB7fSxcbiAgICAgICk7XG4gICAgICB0YWlsID0gc2V0dGxlZDtcbiAgICAgIHNldHRsZWQudGhlbigoKSA9PiB7XG4gICAgICAgIGlmICh0YWlsID09PSBzZXR0bGVkKSB0YWlsID0gdW5kZWZpbmVkO1xuICAgICAgfSk7XG4gICAgICByZXR1cm4gcmVzdWx0O1xuICAgIH07XG5cbiAgICBjb25zdCBpdGVyYXRvcjogQXN5bmNJdGVyYWJsZUl0ZXJhdG9yPEpvYj4gPSB7XG4gICAgICAvLyBJZGxlIGNoYWluLCBwYWdlIGluIGhhbmQ6IGFuIGFscmVhZHktc2V0dGxlZCBwcm9taXNlLCB0aGUgY2hlYXBlc3Qgc3RlcCB0aGUgcHJvdG9jb2wgYWxsb3dzLlxuICAgICAgbmV4dDogKCkgPT5cbiAgICAgICAgdGFpbCA9PT0gdW5kZWZpbmVkICYmIGluZGV4IDwgam9icy5sZW5ndGggPyBQcm9taXNlLnJlc29sdmUoeyBkb25lOiBmYWxzZSwgdmFsdWU6IGpvYnNbaW5kZXgrK10gYXMgSm9iIH0pIDogZW5xdWV1ZShzdGVwKSxcbiAgICAgIHJldHVybjogKCkgPT5cbiAgICAgICAgZW5xdWV1ZShhc3luYyAoKSA9PiB7XG4gICAgICAgICAgYXdhaXQgY2xvc2UoKTtcbiAgICAgICAgICByZXR1cm4gZG9uZSgpO1xuICAgICAgICB9KSxcbiAgICAgIHRocm93OiAoZXJyb3I/OiB1bmtub3duKSA9PlxuICAgICAgICBlbnF1ZXVlKGFzeW5jICgpID0+IHtcbiAgICAgICAgICBhd2FpdCBjbG9zZSgpO1xuICAgICAgICAgIHRocm93IGVycm9yO1xuICAgICAgICB9KSxcbiAgICAgIFtTeW1ib2wuYXN5bmNJdGVyYXRvcl06ICgpID0+IGl0ZXJhdG9yLFxuICAgIH07XG4gICAgcmV0dXJuIGl0ZXJhdG9yO1xuICB9XG59XG4iXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUEsU0FBUyxTQUFTLFFBQVEsYUFBYTtBQUN2QyxTQUFTLGVBQWUsRUFBRSxzQkFBc0IsUUFBUSxjQUFjO0FBR3RFLCtGQUErRixHQUMvRixTQUFTLGVBQWUsSUFBYSxFQUFFLFFBQTZCO0VBQ2xFLElBQUksU0FBUyxJQUFJLEtBQUssS0FBSyxDQUFDLEtBQUssSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQVEsU0FBUyxHQUFHLENBQUMsSUFBSSxNQUFNLElBQUksT0FBTztFQUN0RixPQUFPO0lBQUUsR0FBRyxJQUFJO0lBQUUsTUFBTSxLQUFLLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxNQUFRLENBQUMsU0FBUyxHQUFHLENBQUMsSUFBSSxNQUFNO0VBQUc7QUFDL0U7QUFLQTs7Ozs7OztDQU9DLEdBQ0QsT0FBTyxNQUFNO0VBQ1gsb0ZBQW9GLEdBQ3BGLE9BQTJCO0VBQzNCLHVIQUF1SCxHQUN2SCxXQUFzQztFQUM3QixDQUFBLFNBQVUsQ0FBYztFQUN4QixDQUFBLEtBQU0sQ0FBcUI7RUFDM0IsQ0FBQSxRQUFTLENBQVU7RUFDbkIsQ0FBQSxNQUFPLENBQTBCO0VBQ2pDLENBQUEsUUFBUyxDQUFxQjtFQUV2QyxxRUFBcUUsR0FDckUsWUFDRSxTQUFzQixFQUN0QixLQUF1SCxDQUN2SDtJQUNBLElBQUksQ0FBQyxDQUFBLFNBQVUsR0FBRztJQUNsQixJQUFJLENBQUMsQ0FBQSxLQUFNLEdBQUcsTUFBTSxNQUFNO0lBQzFCLElBQUksQ0FBQyxDQUFBLFFBQVMsR0FBRyxNQUFNLFFBQVE7SUFDL0IsSUFBSSxDQUFDLENBQUEsTUFBTyxHQUFHLE1BQU0sTUFBTTtJQUMzQixJQUFJLENBQUMsQ0FBQSxRQUFTLEdBQUcsTUFBTSxRQUFRO0lBQy9CLElBQUksQ0FBQyxNQUFNLEdBQUcsTUFBTSxNQUFNO0VBQzVCO0VBRUEsMEdBQTBHLEdBQzFHLE9BQU8sUUFBa0Q7SUFDdkQsb0dBQW9HO0lBQ3BHLE1BQU0sTUFBTSxJQUFJLENBQUMsQ0FBQSxRQUFTLEdBQUcsSUFBSSxvQkFBb0I7SUFDckQsTUFBTSxTQUFTLFVBQVUsSUFBSSxDQUFDLENBQUEsTUFBTyxFQUFFO0lBQ3ZDLE1BQU0sU0FBUyxLQUFLLFVBQVUsSUFBSSxDQUFDLENBQUEsTUFBTztJQUMxQyxNQUFNLE9BQU8sSUFBSTtJQUNqQixJQUFJLFNBQVMsSUFBSSxDQUFDLENBQUEsS0FBTTtJQUN4QixJQUFJLFdBQVcsV0FBVyxLQUFLLEdBQUcsQ0FBQztJQUNuQywrRkFBK0Y7SUFDL0YsOEZBQThGO0lBQzlGLElBQUksV0FBZ0MsSUFBSTtJQUN4Qyw4RkFBOEY7SUFDOUYsTUFBTSxXQUFXLElBQUksQ0FBQyxDQUFBLFFBQVM7SUFDL0IsTUFBTSxTQUFTLGFBQWEsWUFBWSxZQUFZLEtBQUssR0FBRyxLQUFLO0lBQ2pFLE1BQU0sWUFBWSxDQUFDO01BQ2pCLElBQUksV0FBVyxXQUFXLE9BQU8sSUFBSSxDQUFDLENBQUEsU0FBVSxDQUFDLElBQUksUUFBUTtNQUM3RCxNQUFNLE9BQU8sU0FBUyxLQUFLLEdBQUc7TUFDOUIsSUFBSSxRQUFRLEdBQUc7UUFDYixPQUFPLFFBQVEsTUFBTSxDQUFDLElBQUksZ0JBQWdCLENBQUMseUJBQXlCLEVBQUUsU0FBUywwQ0FBMEMsQ0FBQztNQUM1SDtNQUNBLE9BQU8sSUFBSSxDQUFDLENBQUEsU0FBVSxDQUFDLElBQUksUUFBUTtJQUNyQztJQUNBLElBQUk7TUFDRixJQUFJLE9BQTRCLE1BQU0sVUFBVTtNQUNoRCxPQUFTO1FBQ1AsTUFBTSxNQUFNLElBQUksSUFBSSxLQUFLLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxNQUFRLElBQUksTUFBTTtRQUNyRCxPQUFPLGVBQWUsTUFBTTtRQUM1QixXQUFXO1FBQ1gsTUFBTSxPQUFzQixLQUFLLFdBQVc7UUFDNUMsTUFBTSxRQUFRLFNBQVMsUUFBUSxLQUFLLEdBQUcsQ0FBQztRQUN4QyxJQUFJO1FBQ0osSUFBSSxTQUFTLFFBQVEsQ0FBQyxPQUFPO1VBQzNCLEtBQUssR0FBRyxDQUFDO1VBQ1QsSUFBSSxJQUFJLENBQUMsQ0FBQSxRQUFTLEVBQUU7WUFDbEIsUUFBUSxVQUFVO1lBQ2xCLGlGQUFpRjtZQUNqRixNQUFNLEtBQUssQ0FBQyxLQUFPO1VBQ3JCO1FBQ0Y7UUFDQSxJQUFJLENBQUMsTUFBTSxHQUFHO1FBQ2QsSUFBSSxDQUFDLFVBQVUsR0FBRztRQUNsQixNQUFNO1FBQ04sbUdBQW1HO1FBQ25HLE9BQU87UUFDUCxJQUFJLFNBQVMsTUFBTTtRQUNuQixJQUFJLE9BQU87VUFDVCxNQUFNLElBQUksdUJBQ1IsQ0FBQywwQkFBMEIsRUFBRSxLQUFLLG9FQUFvRSxFQUFFLEtBQUssSUFBSSxDQUFDLDZEQUE2RCxDQUFDO1FBRXBMO1FBQ0EsU0FBUztRQUNULE9BQU8sTUFBTSxDQUFDLFNBQVMsVUFBVSxLQUFLO01BQ3hDO0lBQ0YsU0FBVTtNQUNSLEtBQUs7TUFDTDtJQUNGO0VBQ0Y7RUFFQTs7Ozs7Ozs7R0FRQyxHQUNELENBQUMsT0FBTyxhQUFhLENBQUMsR0FBK0I7SUFDbkQsTUFBTSxRQUFRLElBQUksQ0FBQyxLQUFLO0lBQ3hCLElBQUksT0FBdUIsRUFBRTtJQUM3QixJQUFJLFFBQVE7SUFDWixJQUFJLFdBQVc7SUFDZixrRkFBa0YsR0FDbEYsSUFBSTtJQUVKLE1BQU0sT0FBTyxJQUEyQixDQUFDO1FBQUUsTUFBTTtRQUFNLE9BQU87TUFBVSxDQUFDO0lBQ3pFLE1BQU0sT0FBTztNQUNYLE1BQU8sQ0FBQyxZQUFZLFNBQVMsS0FBSyxNQUFNLENBQUU7UUFDeEMsT0FBTyxFQUFFO1FBQ1QsTUFBTSxPQUFPLE1BQU0sTUFBTSxJQUFJO1FBQzdCLElBQUksS0FBSyxJQUFJLEVBQUUsV0FBVzthQUNyQjtVQUNILE9BQU8sS0FBSyxLQUFLLENBQUMsSUFBSTtVQUN0QixRQUFRO1FBQ1Y7TUFDRjtNQUNBLE9BQU8sV0FBVyxTQUFTO1FBQUUsTUFBTTtRQUFPLE9BQU8sSUFBSSxDQUFDLFFBQVE7TUFBUTtJQUN4RTtJQUNBLE1BQU0sUUFBUTtNQUNaLFdBQVc7TUFDWCxPQUFPLEVBQUU7TUFDVCxNQUFNLE1BQU0sTUFBTTtJQUNwQjtJQUNBLE1BQU0sVUFBVSxDQUFJO01BQ2xCLE1BQU0sU0FBUyxPQUFPLEtBQUssSUFBSSxDQUFDLFdBQVcsYUFBYTtNQUN4RCxNQUFNLFVBQTRCLE9BQU8sSUFBSSxDQUMzQyxLQUFPLEdBQ1AsS0FBTztNQUVULE9BQU87TUFDUCxRQUFRLElBQUksQ0FBQztRQUNYLElBQUksU0FBUyxTQUFTLE9BQU87TUFDL0I7TUFDQSxPQUFPO0lBQ1Q7SUFFQSxNQUFNLFdBQXVDO01BQzNDLCtGQUErRjtNQUMvRixNQUFNLElBQ0osU0FBUyxhQUFhLFFBQVEsS0FBSyxNQUFNLEdBQUcsUUFBUSxPQUFPLENBQUM7VUFBRSxNQUFNO1VBQU8sT0FBTyxJQUFJLENBQUMsUUFBUTtRQUFRLEtBQUssUUFBUTtNQUN0SCxRQUFRLElBQ04sUUFBUTtVQUNOLE1BQU07VUFDTixPQUFPO1FBQ1Q7TUFDRixPQUFPLENBQUMsUUFDTixRQUFRO1VBQ04sTUFBTTtVQUNOLE1BQU07UUFDUjtNQUNGLENBQUMsT0FBTyxhQUFhLENBQUMsRUFBRSxJQUFNO0lBQ2hDO0lBQ0EsT0FBTztFQUNUO0FBQ0YifQ==
// denoCacheMetadata=3756392976131169367,4264216722358798666
