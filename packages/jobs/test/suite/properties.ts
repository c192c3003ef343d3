import assert from "node:assert/strict";
import fc from "fast-check";
import type { FaultRule } from "../../../mock/src/index.ts";
import { type Case, clientFor, collect, serverIds, withMock } from "./harness.ts";

const transientFault = fc.record({
  page: fc.integer({ min: 1, max: 12 }),
  kind: fc.constantFrom<FaultRule[]>(
    [{ status: 503 }],
    [{ status: 429, retryAfterMs: 1 }],
    [{ status: 524 }],
    [{ reset: "before-headers" }],
    [{ reset: "mid-body" }],
  ),
});

export const propertyCases: Case[] = [
  {
    name: "property: any dataset, any page size, any transient faults: iterate yields exactly the dataset, in order",
    run: (rt) =>
      fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 400 }),
          fc.integer({ min: 1, max: 100 }),
          fc.array(transientFault, { maxLength: 4 }),
          fc.constantFrom<0 | 1>(0, 1),
          async (size, pageSize, faults, prefetch) => {
            const rules = faults.map(({ page, kind }) => ({ page, attempt: 1, ...kind[0] }));
            await withMock({ jobs: size, faults: rules }, async (server) => {
              const ids = (await collect(clientFor(rt, server).jobs.iterate({ pageSize, prefetch }))).map((j) => j.job_id);
              assert.deepEqual(ids, serverIds(server));
              const pages = Math.max(1, Math.ceil(size / pageSize));
              const faulted = new Set(faults.map((f) => f.page).filter((p) => p <= pages)).size;
              assert.equal(server.requests.length, pages + faulted);
            });
          },
        ),
        { numRuns: 30 },
      ),
  },
  {
    name: "property: any number of concurrent pullers, any page size, any faults: every job exactly once",
    run: (rt) =>
      fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 200 }),
          fc.integer({ min: 1, max: 100 }),
          fc.integer({ min: 1, max: 8 }),
          fc.array(transientFault, { maxLength: 3 }),
          fc.constantFrom<0 | 1>(0, 1),
          async (size, pageSize, pullers, faults, prefetch) => {
            const rules = faults.map(({ page, kind }) => ({ page, attempt: 1, ...kind[0] }));
            await withMock({ jobs: size, faults: rules }, async (server) => {
              const it = clientFor(rt, server).jobs.iterate({ pageSize, prefetch })[Symbol.asyncIterator]();
              const seen: string[] = [];
              // Each job is real work that yields to the event loop, so pages arrive while others are consumed.
              const pull = async () => {
                for (let r = await it.next(); !r.done; r = await it.next()) {
                  seen.push(r.value.job_id);
                  await new Promise((resolve) => setTimeout(resolve, 0));
                }
              };
              await Promise.all(Array.from({ length: pullers }, pull));
              assert.deepEqual(seen, serverIds(server));
            });
          },
        ),
        { numRuns: 20 },
      ),
  },
];
