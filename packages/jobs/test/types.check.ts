// Compile-time contract of the public API, checked by `tsc -p packages/jobs` (see types.test.ts).
// Every @ts-expect-error must be an error, or the check fails.
import { toStandardJsonSchema } from "@valibot/to-json-schema";
import type { Client } from "openapi-fetch";
import * as v from "valibot";
import { z } from "zod";
import type { paths } from "../src/model/types.ts";
import {
  type APIPromise,
  type DryRunResult,
  type InferRow,
  type IterateParams,
  type Job,
  type JobList,
  type JobPage,
  type JobStatus,
  normalizeStatus,
  type OperationResult,
  type RawMiddleware,
  type Sutro,
  Sutro as SutroClass,
  type WithResponse,
  type WithUnknownFields,
} from "../src/node.ts";

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
  // @ts-expect-error a JobList has no next_cursor
  void all.next_cursor;
  // @ts-expect-error limit is a number
  await sutro.jobs.list({ limit: "50" });
  // @ts-expect-error cursor only goes with limit
  await sutro.jobs.list({ cursor: "c" });
  // @ts-expect-error iterate takes pageSize, not limit
  sutro.jobs.iterate({ limit: 10 });

  // .withResponse(): the method's value, typed as awaiting it, with the response and its request id.
  const withResponse = await sutro.jobs.get("job").withResponse();
  assertType<Equal<typeof withResponse, WithResponse<Job>>>(true);
  const response: Response = withResponse.response;
  const requestId: string | undefined = withResponse.requestId;
  const pageWith = await sutro.jobs.list({ limit: 5 }).withResponse();
  assertType<Equal<typeof pageWith.data, JobPage>>(true);
  const generated = await sutro.api.getJob({ path: { job_id: "job" } }).withResponse();
  assertType<Equal<typeof generated.data, OperationResult<"getJob">>>(true);
  const quotas: APIPromise<unknown[]> = sutro.quotas();
  void [response, requestId, quotas];
  // @ts-expect-error a method that makes many requests (wait) has no single response
  void sutro.jobs.wait("job").withResponse;

  for await (const job of sutro.jobs.iterate({ pageSize: 100, signal: AbortSignal.timeout(1000) })) {
    const j: Job = job;
    const id: string = j.job_id;
    const cost: number | null = j.job_cost;
    // @ts-expect-error a misspelt field is a compile error
    void j.job_cots;
    // Fields servers add beyond the spec: through the typed escape hatch, as unknown.
    const extra: unknown = (j as WithUnknownFields<Job>).some_future_field;
    const reason: string | undefined = j.failure_reason?.message;
    void [id, cost, extra, reason];
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

// This file compiles with exactOptionalPropertyTypes on (tsconfig.base.json), as strict consumers do:
// every public optional takes an explicit undefined.
export async function exactOptional(env: Record<string, string | undefined>, signal?: AbortSignal, saved?: string | null) {
  const client = new SutroClass({ apiKey: env.SUTRO_API_KEY, apiURL: env.SUTRO_API_URL, timeout: undefined });
  await client.jobs.list({ limit: 10, cursor: saved ?? undefined }, { signal, deadline: undefined });
  const params: IterateParams = { pageSize: 50, cursor: saved ?? undefined, signal, prefetch: undefined };
  for await (const job of client.jobs.iterate(params)) void job;

  // infer(): rows typed by the output schema, a string without one, unknown for a plain JSON Schema.
  const zodRun = await sutro.infer(["a"], { model: "m", outputSchema: z.object({ label: z.string(), score: z.number() }) });
  for (const row of zodRun.rows) {
    if (row.error) {
      assertType<Equal<typeof row.output, undefined>>(true);
      assertType<Equal<typeof row.error.kind, "not-json" | "schema">>(true);
    } else assertType<Equal<typeof row.output, { label: string; score: number }>>(true);
  }
  const valibotRun = await sutro.infer(["a"], { model: "m", outputSchema: toStandardJsonSchema(v.object({ tags: v.array(v.string()) })) });
  const valibotRow = valibotRun.rows[0] as InferRow<{ tags: string[] }>;
  if (!valibotRow.error) assertType<Equal<(typeof valibotRun.rows)[number]["output"], { tags: string[] } | undefined>>(true);
  const textRun = await sutro.infer(["a"], { model: "m" });
  assertType<Equal<(typeof textRun.rows)[number]["output"], string | undefined>>(true);
  const jsonRun = await sutro.infer(["a"], { model: "m", outputSchema: { type: "object" } });
  assertType<Equal<(typeof jsonRun.rows)[number]["output"], unknown>>(true);
  const estimate = await sutro.infer(["a"], { model: "m", dryRun: true });
  assertType<Equal<typeof estimate, DryRunResult>>(true);
  await sutro.infer("reviews.csv", { model: "m", column: ["title", { text: "\n\n" }, "body"] });
  // @ts-expect-error a misspelt option does not compile
  await sutro.infer(["a"], { model: "m", systemPromt: "x" });
  // @ts-expect-error model is required
  await sutro.infer(["a"], {});
  // @ts-expect-error a literal piece is { text }, not a bare object
  await sutro.infer(["a"], { model: "m", column: ["title", { txt: "x" }] });
}

declare const openapiFetchClient: Client<paths>;

// sutro.raw's own types say what openapi-fetch's client says for the same calls: data, error, required init.
export async function rawAgreesWithOpenapiFetch(): Promise<void> {
  const get = { params: { path: { job_id: "j" } } };
  const [ours, theirs] = [await sutro.raw.GET("/jobs/{job_id}", get), await openapiFetchClient.GET("/jobs/{job_id}", get)];
  assertType<Equal<typeof ours.data, typeof theirs.data>>(true);
  assertType<Equal<typeof ours.error, typeof theirs.error>>(true);
  const body = { body: { inputs: ["a"], model: "m" } };
  const [created, createdTheirs] = [
    await sutro.raw.POST("/batch-inference", body),
    await openapiFetchClient.POST("/batch-inference", body),
  ];
  assertType<Equal<typeof created.data, typeof createdTheirs.data>>(true);
  assertType<Equal<typeof created.error, typeof createdTheirs.error>>(true);
  const query = { params: { query: { limit: 5 } } };
  const [page, pageTheirs] = [await sutro.raw.GET("/list-jobs", query), await openapiFetchClient.GET("/list-jobs", query)];
  assertType<Equal<typeof page.data, typeof pageTheirs.data>>(true);
  const [text, textTheirs] = [
    await sutro.raw.GET("/jobs/{job_id}", { ...get, parseAs: "text" }),
    await openapiFetchClient.GET("/jobs/{job_id}", { ...get, parseAs: "text" }),
  ];
  assertType<Equal<typeof text.data, typeof textTheirs.data>>(true);
  const [any, anyTheirs] = [
    await sutro.raw.request("get", "/jobs/{job_id}", get),
    await openapiFetchClient.request("get", "/jobs/{job_id}", get),
  ];
  assertType<Equal<typeof any.data, typeof anyTheirs.data>>(true);
  // @ts-expect-error the path parameter is required, as openapi-fetch says
  await sutro.raw.GET("/jobs/{job_id}");
  // @ts-expect-error so is the body of a create
  await sutro.raw.POST("/batch-inference", {});
  // @ts-expect-error openapi-fetch agrees
  await openapiFetchClient.POST("/batch-inference", {});
  const middleware: RawMiddleware = { onRequest: ({ request }) => request };
  sutro.raw.use(middleware);
  openapiFetchClient.use(middleware);
}
// @ts-expect-error middleware has at least one hook, as openapi-fetch requires
export const noHooks: RawMiddleware = {};
