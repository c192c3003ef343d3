import { parquetWriteBuffer } from "hyparquet-writer";
import { afterEach, expect, test } from "vitest";
import { responseErrors } from "../../../tests/support/spec.ts";
import { type MockServer, startMockServer } from "../src/index.ts";

const KEY = "sk_test_123";
const open: MockServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function mock(): Promise<MockServer> {
  const server = await startMockServer({ apiKey: KEY, jobs: 1 });
  open.push(server);
  return server;
}

const auth = { Authorization: `Key ${KEY}` };
const parquet = (columns: Record<string, string[]>) =>
  new Blob([
    parquetWriteBuffer({
      columnData: Object.entries(columns).map(([name, data]) => ({ name, data, type: "STRING" as const })),
    }) as ArrayBuffer,
  ]);

/** Calls a datasets endpoint the way the spec describes it and checks the answer against the spec's schema. */
async function call(server: MockServer, method: "get" | "post", path: string, body?: FormData | object) {
  const init: RequestInit = { method: method.toUpperCase(), headers: auth };
  if (body instanceof FormData) init.body = body;
  else if (body) init.body = JSON.stringify(body);
  if (body && !(body instanceof FormData)) init.headers = { ...auth, "Content-Type": "application/json" };
  const response = await fetch(`${server.apiURL}${path}`, init);
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("octet-stream")) return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()), type };
  const json = await response.json();
  expect(responseErrors(path, response.status, json, method), `${response.status} ${path}`).toEqual([]);
  return { status: response.status, json, type };
}

const form = (datasetId: string, name: string, file: Blob) => {
  const f = new FormData();
  f.set("dataset_id", datasetId);
  f.set("file", file, name);
  return f;
};

test("every dataset endpoint answers as the spec says: create, upload, list, files, download", async () => {
  const server = await mock();
  const created = await call(server, "get", "/create-dataset");
  const id = created.json.dataset_id as string;
  expect(id).toMatch(/^dataset-[0-9a-f-]{36}$/);
  const file = parquet({ review: ["a", "b"] });
  const uploaded = await call(server, "post", "/upload-to-dataset", form(id, "a.parquet", file));
  expect(uploaded.status).toBe(200);
  const listed = await call(server, "post", "/list-datasets");
  expect(listed.json.datasets[0]).toMatchObject({ dataset_id: id, file_count: 1, total_size_bytes: file.size });
  const files = await call(server, "post", "/list-dataset-files", { dataset_id: id });
  expect(files.json.files).toEqual([
    expect.objectContaining({ file_name: "a.parquet", file_id: uploaded.json.file_id, size_bytes: file.size, row_count: 2 }),
  ]);
  const download = await call(server, "post", "/download-from-dataset", { dataset_id: id, file_name: "a.parquet" });
  expect(download.type).toBe("application/octet-stream");
  expect(download.bytes).toEqual(new Uint8Array(await file.arrayBuffer()));
});

test("uploads are refused as the API refuses them: not Parquet, another schema, a name twice, an unknown dataset", async () => {
  const server = await mock();
  const id = (await call(server, "get", "/create-dataset")).json.dataset_id as string;
  await call(server, "post", "/upload-to-dataset", form(id, "a.parquet", parquet({ review: ["a"] })));
  const refusals: [FormData, number, RegExp][] = [
    [form(id, "b.parquet", new Blob(["review\na\n"])), 400, /b\.parquet is not a Parquet file/],
    [
      form(id, "c.parquet", parquet({ text: ["x"] })),
      400,
      /Schema mismatch: c\.parquet has columns \(text: UTF8\), the dataset has \(review: UTF8\)/,
    ],
    [form(id, "a.parquet", parquet({ review: ["y"] })), 400, /A file named a\.parquet already exists/],
    [form("dataset-nope", "d.parquet", parquet({ review: ["z"] })), 404, /Dataset dataset-nope not found/],
  ];
  for (const [body, status, detail] of refusals) {
    const answer = await call(server, "post", "/upload-to-dataset", body);
    expect(answer.status).toBe(status);
    expect(answer.json.detail).toMatch(detail);
  }
  const missing = await call(server, "post", "/download-from-dataset", { dataset_id: id, file_name: "zzz.parquet" });
  expect(missing.status).toBe(404);
  const files = await call(server, "post", "/list-dataset-files", { dataset_id: id });
  expect(files.json.files).toHaveLength(1);
});

test("a job over a dataset runs its column's rows, file after file; a column it lacks is refused", async () => {
  const server = await mock();
  const id = (await call(server, "get", "/create-dataset")).json.dataset_id as string;
  await call(server, "post", "/upload-to-dataset", form(id, "1.parquet", parquet({ review: ["a", "b"], id: ["1", "2"] })));
  await call(server, "post", "/upload-to-dataset", form(id, "2.parquet", parquet({ review: ["c"], id: ["3"] })));
  const create = (column: string) =>
    fetch(`${server.apiURL}/batch-inference`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ inputs: id, model: "m", column_name: column }),
    });
  const created = await (await create("review")).json();
  const job = await (await fetch(`${server.apiURL}/jobs/${created.results}`, { headers: auth })).json();
  expect(job.job.num_rows).toBe(3);
  const refused = await create("stars");
  expect(refused.status).toBe(400);
  expect((await refused.json()).detail).toMatch(/column_name must name a column of dataset .*: review, id/);
});
