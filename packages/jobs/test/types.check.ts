// Compile-time contract of the public API, checked by `tsc -p packages/jobs` (see types.test.ts).
// Every @ts-expect-error must be an error, or the check fails.
import { type Job, type JobList, type JobPage, type JobStatus, normalizeStatus, type Sutro } from "../src/index.ts";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(_: T) => {};

declare const sutro: Sutro;

export async function contract(): Promise<void> {
  // list() is overloaded on whether limit is given.
  const all = await sutro.jobs.list();
  assertType<Equal<typeof all, JobList>>(true);
  const page = await sutro.jobs.list({ limit: 50, cursor: "c" });
  assertType<Equal<typeof page, JobPage>>(true);
  const next: string | null = page.next_cursor;
  const message: string = all.message;
  // A JobList has no next_cursor of its own: only the index signature that lets unknown fields through.
  assertType<Equal<typeof all.next_cursor, unknown>>(true);
  // @ts-expect-error limit is a number
  await sutro.jobs.list({ limit: "50" });
  // @ts-expect-error cursor only goes with limit
  await sutro.jobs.list({ cursor: "c" });
  // @ts-expect-error iterate takes pageSize, not limit
  sutro.jobs.iterate({ limit: 10 });

  for await (const job of sutro.jobs.iterate({ pageSize: 100, signal: AbortSignal.timeout(1000) })) {
    const j: Job = job;
    const id: string = j.job_id;
    const cost: number | null = j.job_cost;
    const extra: unknown = j.some_future_field;
    void [id, cost, extra];
  }

  // Known statuses stay in the type (editors complete them); any string is still a status.
  assertType<Equal<Extract<JobStatus, "SUCCEEDED">, "SUCCEEDED">>(true);
  const future: JobStatus = "ARCHIVED";
  // @ts-expect-error a status is a string
  const wrong: JobStatus = 3;

  // raw is the typed openapi-fetch client, and its data keeps usable types:
  // openapi-fetch 0.17's Readable<T> turned `string & {}` into an object (openapi-ts/openapi-typescript#2765).
  const { data } = await sutro.raw.GET("/list-jobs", { params: { query: { limit: 10 } } });
  const first = data?.jobs[0];
  if (first) {
    const status: string = first.status;
    const typed: JobStatus = first.status;
    normalizeStatus(first.status.toLowerCase());
    void [status, typed];
  }
  // @ts-expect-error no such path
  await sutro.raw.GET("/jobs");
  // @ts-expect-error limit is a number
  await sutro.raw.GET("/list-jobs", { params: { query: { limit: "10" } } });
  void [next, message, future, wrong];
}
