import assert from "node:assert/strict";
import { InvalidRequestError, type Job, type JobPage } from "../../src/index.ts";
import { type Case, clientFor, collect, serverIds, withMock } from "./harness.ts";

export const paginationCases: Case[] = [
  {
    name: "for await over jobs.list({ limit }) yields every job from that page on, the first page asked for once; awaited, it is one page",
    run: (rt) =>
      withMock({ jobs: 250 }, async (server) => {
        const sutro = clientFor(rt, server);
        const listing = sutro.jobs.list({ limit: 100 });
        const ids: string[] = [];
        for await (const job of listing) ids.push(job.job_id);
        assert.deepEqual(ids, serverIds(server));
        assert.equal(server.requests.length, 3, "three pages, the first one once");
        // The same answer awaited: the first page, with no request more.
        const page = await listing;
        assert.deepEqual(
          page.jobs.map((j) => j.job_id),
          serverIds(server).slice(0, 100),
        );
        assert.equal(server.requests.length, 3);
        // From a cursor, and stopped by a break: no page after the one in hand is asked for.
        const before = server.requests.length;
        let n = 0;
        for await (const _ of sutro.jobs.list({ limit: 50, cursor: server.cursorAt(100) })) if (++n === 60) break;
        assert.equal(server.requests.length - before, 2);
        assert.equal(server.requests[before]?.query.cursor, server.cursorAt(100));
        // Without limit: every job in one answer, yielded one by one.
        const all: string[] = [];
        for await (const job of sutro.jobs.list()) all.push(job.job_id);
        assert.deepEqual(all, serverIds(server));
        assert.equal(server.requests.length - before, 3);
        // Arguments the API would refuse: the iteration rejects before any request.
        const refused = await collect(sutro.jobs.list({ limit: 0 })).catch((e: unknown) => e);
        assert.ok(refused instanceof InvalidRequestError, String(refused));
        assert.equal(server.requests.length - before, 3);
      }),
  },
  {
    name: "iterate() yields all 1,050 jobs in order, none missing, none twice, one request a page",
    run: (rt) =>
      withMock({ jobs: 1050 }, async (server) => {
        const ids = (await collect(clientFor(rt, server).jobs.iterate({ pageSize: 100 }))).map((j) => j.job_id);
        assert.equal(ids.length, 1050);
        assert.equal(new Set(ids).size, 1050);
        assert.deepEqual(ids, serverIds(server));
        assert.equal(server.requests.length, 11);
        assert.ok(server.requests.every((r) => r.query.limit === "100"));
      }),
  },
  {
    name: "iterate() defaults to pages of 100 and stops requesting when the caller breaks",
    run: (rt) =>
      withMock({ jobs: 450 }, async (server) => {
        let n = 0;
        for await (const _ of clientFor(rt, server).jobs.iterate()) if (++n === 150) break;
        assert.equal(server.requests.length, 2);
        assert.equal(server.requests[0]?.query.limit, "100");
      }),
  },
  {
    name: "a run resumes from a saved nextCursor exactly after the last finished page",
    run: (rt) =>
      withMock({ jobs: 530 }, async (server) => {
        const sutro = clientFor(rt, server);
        const first = sutro.jobs.iterate({ pageSize: 50 });
        const before: string[] = [];
        let checkpoint: string | null | undefined;
        for await (const page of first.pages()) {
          before.push(...page.jobs.map((j) => j.job_id));
          checkpoint = first.nextCursor;
          if (before.length === 200) break;
        }
        assert.equal(typeof checkpoint, "string");
        const after = (await collect(sutro.jobs.iterate({ pageSize: 50, cursor: checkpoint as string }))).map((j) => j.job_id);
        assert.deepEqual([...before, ...after], serverIds(server));
      }),
  },
  {
    name: "iterator.cursor names the page being consumed, so a checkpoint taken mid-page replays only that page",
    run: (rt) =>
      withMock({ jobs: 95 }, async (server) => {
        const sutro = clientFor(rt, server);
        const it = sutro.jobs.iterate({ pageSize: 20 });
        assert.equal(it.cursor, undefined);
        let seen = 0;
        let mid: string | undefined;
        for await (const _ of it) {
          seen++;
          if (seen === 1) assert.equal(it.cursor, undefined);
          if (seen === 45) {
            mid = it.cursor; // inside the third page
            break;
          }
        }
        assert.equal(mid, server.cursorAt(40));
        const rest = (await collect(sutro.jobs.iterate({ pageSize: 20, cursor: mid as string }))).map((j: Job) => j.job_id);
        assert.deepEqual(rest, serverIds(server, 40));
      }),
  },
  {
    name: "pages() yields whole pages and the iterator reports nextCursor null after the last",
    run: (rt) =>
      withMock({ jobs: 25 }, async (server) => {
        const it = clientFor(rt, server).jobs.iterate({ pageSize: 10 });
        const pages: JobPage[] = await collect(it.pages());
        assert.deepEqual(
          pages.map((p) => p.jobs.length),
          [10, 10, 5],
        );
        assert.equal(it.nextCursor, null);
      }),
  },
  {
    name: "an empty account iterates to nothing with one request",
    run: (rt) =>
      withMock({ jobs: 0 }, async (server) => {
        assert.deepEqual(await collect(clientFor(rt, server).jobs.iterate()), []);
        assert.equal(server.requests.length, 1);
      }),
  },
  {
    name: "prefetch: 1 yields the same jobs, and sends no request after the last page or after an early stop",
    run: (rt) =>
      withMock({ jobs: 230 }, async (server) => {
        const sutro = clientFor(rt, server);
        const ids = (await collect(sutro.jobs.iterate({ pageSize: 50, prefetch: 1 }))).map((j) => j.job_id);
        assert.deepEqual(ids, serverIds(server));
        assert.equal(server.requests.length, 5);

        server.requests.length = 0;
        let n = 0;
        for await (const _ of sutro.jobs.iterate({ pageSize: 50, prefetch: 1 })) if (++n === 10) break;
        // Page 1 was being consumed and page 2 fetched ahead; nothing after the stop.
        await new Promise((resolve) => setTimeout(resolve, 50));
        assert.ok(server.requests.length <= 2, `saw ${server.requests.length} requests`);
      }),
  },
  {
    name: "concurrent next() calls at a page boundary each get their own job: one request a page, nothing lost",
    run: (rt) =>
      withMock({ jobs: 500 }, async (server) => {
        const it = clientFor(rt, server).jobs.iterate({ pageSize: 100 })[Symbol.asyncIterator]();
        const [a, b] = await Promise.all([it.next(), it.next()]);
        assert.deepEqual([a.value?.job_id, b.value?.job_id], serverIds(server, 0, 2));
        const rest: string[] = [];
        for (let r = await it.next(); !r.done; r = await it.next()) rest.push(r.value.job_id);
        assert.deepEqual(rest, serverIds(server, 2));
        assert.equal(server.requests.length, 5);
      }),
  },
  {
    name: "next() with the page in hand answers at once: a settled promise after the first job and after a page boundary",
    run: (rt) =>
      withMock({ jobs: 150 }, async (server) => {
        const it = clientFor(rt, server).jobs.iterate({ pageSize: 100 })[Symbol.asyncIterator]();
        // A settled promise runs its callback before a microtask queued after it; a queued step takes more.
        const answersAtOnce = async () => {
          let heard = false;
          const next = it.next();
          next.then(() => {
            heard = true;
          });
          await Promise.resolve();
          return [heard, (await next).value?.job_id];
        };
        await it.next();
        assert.deepEqual(await answersAtOnce(), [true, serverIds(server, 1, 2)[0]]);
        for (let i = 2; i < 100; i++) await it.next();
        assert.equal((await it.next()).value?.job_id, serverIds(server, 100, 101)[0]);
        assert.deepEqual(await answersAtOnce(), [true, serverIds(server, 101, 102)[0]]);
      }),
  },
  {
    name: "four workers pulling one iterator in parallel process every job exactly once",
    run: (rt) =>
      withMock({ jobs: 500 }, async (server) => {
        const it = clientFor(rt, server).jobs.iterate({ pageSize: 100 })[Symbol.asyncIterator]();
        const processed: string[] = [];
        const worker = async () => {
          for (let r = await it.next(); !r.done; r = await it.next()) {
            processed.push(r.value.job_id);
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
        };
        await Promise.all([worker(), worker(), worker(), worker()]);
        assert.deepEqual(processed, serverIds(server));
        assert.equal(server.requests.length, 5);
      }),
  },
  {
    name: "return() is final: a next() after it, or queued behind it, is done and sends nothing",
    run: (rt) =>
      withMock({ jobs: 300 }, async (server) => {
        const it = clientFor(rt, server).jobs.iterate({ pageSize: 100 })[Symbol.asyncIterator]();
        assert.equal((await it.next()).done, false);
        const [closed, after] = await Promise.all([it.return?.(), it.next()]);
        assert.deepEqual(closed, { done: true, value: undefined });
        assert.deepEqual(after, { done: true, value: undefined });
        assert.deepEqual(await it.next(), { done: true, value: undefined });
        assert.equal(server.requests.length, 1);
        await assert.rejects(it.throw?.(new Error("stop")) as Promise<unknown>, /stop/);
      }),
  },
  {
    name: "jobs created while paging (offset cursors shift) are not yielded twice",
    run: (rt) =>
      withMock({ jobs: 250, newJobsPerPage: 1 }, async (server) => {
        const before = serverIds(server);
        const ids = (await collect(clientFor(rt, server).jobs.iterate({ pageSize: 100 }))).map((j) => j.job_id);
        assert.equal(server.dataset.size, 252, "two jobs were created between pages");
        assert.deepEqual(ids, before);
      }),
  },
];
