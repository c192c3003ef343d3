/**
 * Datasets (#22): uploads checked before any byte is sent, streamed, with unknown outcomes asked of the
 * dataset rather than sent blindly again; downloads streamed, a JSON body in place of the file refused; a job
 * over a dataset runs on its rows.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parquetWriteBuffer } from "hyparquet-writer";
import {
  BadRequestError,
  DatasetOutcomeUnknownError,
  DownloadError,
  InternalServerError,
  InvalidRequestError,
  JobNotSucceededError,
  NotFoundError,
} from "../../src/index.ts";
import { API_KEY, type Case, clientFor, inDir, intercepting, withMock } from "./harness.ts";

/** A Parquet file of reviews (text and stars), as a user's pipeline writes one. */
function reviews(texts: string[], stars?: number[]): Uint8Array {
  const columnData = [{ name: "review", data: texts, type: "STRING" as const }];
  if (stars) columnData.push({ name: "stars", data: stars as never, type: "INT32" as never });
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}

const uploads = (server: { requests: { path: string }[] }) => server.requests.filter((r) => r.path === "/v1/upload-to-dataset").length;

export const datasetCases: Case[] = [
  {
    name: "datasets: a directory's .parquet files upload in name order into a new dataset; files(), list(), a job over its rows, and downloads to a path, a directory and a stream",
    run: (rt) =>
      withMock({ jobs: 1, speed: 50 }, (server) =>
        inDir(async (dir) => {
          const sutro = clientFor(rt, server);
          const source = join(dir, "in");
          const { mkdirSync } = await import("node:fs");
          mkdirSync(source);
          writeFileSync(join(source, "b.parquet"), reviews(["c", "d", "e"], [3, 4, 5]));
          writeFileSync(join(source, "a.parquet"), reviews(["a", "b"], [1, 2]));
          writeFileSync(join(source, "notes.txt"), "not uploaded");
          const progress: number[] = [];
          const result = await sutro.datasets.upload(source, { onProgress: (p) => progress.push(p.bytesDone) });
          assert.match(result.datasetId, /^dataset-/);
          assert.deepEqual(
            result.files.map((f) => f.fileName),
            ["a.parquet", "b.parquet"],
          );
          const sizes = ["a", "b"].map((n) => readFileSync(join(source, `${n}.parquet`)).length);
          assert.equal(progress.at(-1), (sizes[0] ?? 0) + (sizes[1] ?? 0));
          assert.deepEqual(
            [...progress].sort((x, y) => x - y),
            progress,
            "progress only grows",
          );

          const files = await sutro.datasets.files(result.datasetId);
          assert.deepEqual(
            files.map((f) => [f.file_name, f.size_bytes, f.row_count]),
            [
              ["a.parquet", sizes[0], 2],
              ["b.parquet", sizes[1], 3],
            ],
          );
          assert.equal(files[0]?.file_id, result.files[0]?.fileId);
          const listed = await sutro.datasets.list();
          assert.equal(listed[0]?.dataset_id, result.datasetId);
          assert.equal(listed[0]?.file_count, 2);

          const { jobId } = await sutro.jobs.create({ inputs: result.datasetId, columnName: "review", model: "m" });
          await sutro.jobs.wait(jobId, { pollInterval: 20 });
          const rows = await sutro.jobs.results(jobId, { includeInputs: true });
          assert.deepEqual(
            rows.map((r) => r.input),
            ["a", "b", "c", "d", "e"],
          );

          const one = await sutro.datasets.download(result.datasetId, "b.parquet", { to: join(dir, "b-copy.parquet") });
          assert.equal(one.path, join(dir, "b-copy.parquet"));
          assert.deepEqual(readFileSync(join(dir, "b-copy.parquet")), readFileSync(join(source, "b.parquet")));
          const all = await sutro.datasets.download(result.datasetId, undefined, { to: join(dir, "out") });
          assert.deepEqual(
            all.map((r) => r.bytes),
            sizes,
          );
          assert.deepEqual(readdirSync(join(dir, "out")).sort(), ["a.parquet", "b.parquet"]);
          const chunks: Uint8Array[] = [];
          await sutro.datasets.download(result.datasetId, "a.parquet", {
            to: new WritableStream({
              write: (chunk) => {
                chunks.push(chunk);
              },
            }),
          });
          assert.equal(
            chunks.reduce((n, c) => n + c.length, 0),
            sizes[0],
          );
        }),
      ),
  },
  {
    name: "datasets: every upload check refuses before any byte is sent, naming the file: not Parquet, two schemas, a name twice, a name already in the dataset, a path-like name",
    run: (rt) =>
      withMock({ jobs: 1 }, (server) =>
        inDir(async (dir) => {
          const sutro = clientFor(rt, server);
          const good = new Blob([reviews(["a"], [1]) as Uint8Array<ArrayBuffer>]);
          const csv = join(dir, "reviews.parquet");
          writeFileSync(csv, "review,stars\na,1\n");
          const cases: [Parameters<typeof sutro.datasets.upload>[0], RegExp][] = [
            [csv, /reviews\.parquet is not a Parquet file/],
            [
              [
                { name: "a.parquet", data: good },
                { name: "b.parquet", data: new Blob([reviews(["x"]) as Uint8Array<ArrayBuffer>]) },
              ],
              /b\.parquet has the columns \(review: UTF8\), a\.parquet \(review: UTF8, stars: INT\w*\)/,
            ],
            [
              [
                { name: "a.parquet", data: good },
                { name: "a.parquet", data: good },
              ],
              /a\.parquet: the dataset already has a file of that name/,
            ],
            [{ name: "../a.parquet", data: good }, /plain file name/],
            [join(dir, "missing.parquet"), /missing\.parquet does not exist/],
            [[], /at least one file/],
          ];
          for (const [files, message] of cases) {
            const error = await sutro.datasets.upload(files).catch((e: unknown) => e);
            assert.ok(error instanceof InvalidRequestError, String(error));
            assert.match(error.message, message);
          }
          assert.equal(server.requests.length, 0, "nothing sent, no dataset created");

          const { datasetId } = await sutro.datasets.create();
          await sutro.datasets.upload({ name: "a.parquet", data: good }, { datasetId });
          const before = server.requests.length;
          const twice = await sutro.datasets.upload({ name: "a.parquet", data: good }, { datasetId }).catch((e: unknown) => e);
          assert.ok(twice instanceof InvalidRequestError);
          const other = await sutro.datasets
            .upload({ name: "c.parquet", data: new Blob([reviews(["x"]) as Uint8Array<ArrayBuffer>]) }, { datasetId })
            .catch((e: unknown) => e);
          assert.ok(other instanceof InvalidRequestError);
          assert.match(other.message, /the dataset's files \(review, stars\)/);
          assert.equal(uploads({ requests: server.requests.slice(before) }), 0, "the dataset's files were asked; nothing uploaded");
        }),
      ),
  },
  {
    name: "datasets: an upload whose answer is lost asks the dataset: a file that arrived is not sent again; one that did not is",
    run: (rt) =>
      withMock({ jobs: 1, faults: [{ request: 2, reset: "before-headers" }] }, async (server) => {
        // Request 1 creates the dataset; request 2 (the upload) is stored, then its connection dropped.
        const sutro = clientFor(rt, server);
        const data = new Blob([reviews(["a", "b"]) as Uint8Array<ArrayBuffer>]);
        const result = await sutro.datasets.upload({ name: "a.parquet", data });
        assert.equal(uploads(server), 1, "not sent again");
        assert.equal((await sutro.datasets.files(result.datasetId)).length, 1);
        assert.equal(result.files[0]?.fileId, (await sutro.datasets.files(result.datasetId))[0]?.file_id);

        // A drop before anything reached the server: the listing says it is not there, so it is sent again.
        let dropped = 0;
        const flaky = clientFor(rt, server, {
          fetch: (input, init) => {
            const url = String(input instanceof Request ? input.url : input);
            if (url.endsWith("/upload-to-dataset") && dropped++ === 0) return Promise.reject(new TypeError("fetch failed"));
            return globalThis.fetch(input, init);
          },
        });
        const again = await flaky.datasets.upload({ name: "b.parquet", data }, { datasetId: result.datasetId });
        assert.equal(dropped, 2);
        assert.equal((await sutro.datasets.files(result.datasetId)).length, 2);
        assert.ok(again.files[0]?.fileId);

        // When even the listing fails, the error says the outcome is unknown and how to find out.
        const broken = clientFor(rt, server, {
          maxRetries: 0,
          fetch: (input, init) => {
            const url = String(input instanceof Request ? input.url : input);
            const down = url.endsWith("/upload-to-dataset") || url.endsWith("/list-dataset-files");
            return down ? Promise.reject(new TypeError("fetch failed")) : globalThis.fetch(input, init);
          },
        });
        const error = await broken.datasets.upload({ name: "c.parquet", data }).catch((e: unknown) => e);
        assert.ok(error instanceof DatasetOutcomeUnknownError, String(error));
        assert.match(error.message, /c\.parquet may or may not have arrived in dataset-/);
        assert.match(error.message, /sutro\.datasets\.files\("dataset-/);
      }),
  },
  {
    name: "datasets: a connection dropped while the file is still being sent (nothing stored): the dataset is asked, then the file sent again",
    run: (rt) =>
      withMock({ jobs: 1, faults: [{ uploadResetAt: 2_000, times: 1 }] }, async (server) => {
        const sutro = clientFor(rt, server);
        const data = new Blob([reviews(Array.from({ length: 500 }, (_, i) => `review number ${i}`)) as Uint8Array<ArrayBuffer>]);
        const result = await sutro.datasets.upload({ name: "a.parquet", data });
        const sent = server.requests.filter((r) => r.path === "/v1/upload-to-dataset").map((r) => r.status);
        assert.deepEqual(sent, [0, 200], "cut, then sent again once the dataset said it did not have it");
        const asked = server.requests.filter((r) => r.path === "/v1/list-dataset-files").length;
        assert.equal(asked, 1);
        const files = await sutro.datasets.files(result.datasetId);
        assert.deepEqual(
          files.map((f) => [f.file_name, f.size_bytes]),
          [["a.parquet", data.size]],
        );
      }),
  },
  {
    name: "datasets: a ReadableStream uploads as its bytes, kept in a temporary file (Node, Deno, Bun) that is gone afterwards, and is sent again after a dropped connection; a stream that is not Parquet is refused with nothing sent",
    run: (rt) =>
      withMock({ jobs: 1, faults: [{ uploadResetAt: 2_000, times: 1 }] }, async (server) => {
        const sutro = clientFor(rt, server);
        const bytes = reviews(Array.from({ length: 500 }, (_, i) => `review number ${i}`));
        // Three chunks, as a network body or a file's stream arrives.
        const streamOf = (data: Uint8Array) =>
          new ReadableStream<Uint8Array>({
            start(controller) {
              for (let at = 0; at < data.length; at += Math.ceil(data.length / 3))
                controller.enqueue(data.slice(at, at + Math.ceil(data.length / 3)));
              controller.close();
            },
          });
        const tmp = (await import("node:os")).tmpdir();
        const spools = () => readdirSync(tmp).filter((name) => name.startsWith("sutro-upload-")).length;
        const before = spools();
        // While it is sent, the stream is a temporary file where the entry has files (not in a browser).
        const during: number[] = [];
        const result = await sutro.datasets.upload(
          { name: "s.parquet", data: streamOf(bytes) },
          { onProgress: () => void during.push(spools() - before) },
        );
        assert.ok(during.length > 0);
        assert.ok(
          during.every((n) => n === 1),
          `${rt.name}: ${during}`,
        );
        assert.deepEqual(
          server.requests.filter((r) => r.path === "/v1/upload-to-dataset").map((r) => r.status),
          [0, 200],
          "cut, then sent again: the stream's bytes were kept",
        );
        const chunks: Uint8Array[] = [];
        await sutro.datasets.download(result.datasetId, "s.parquet", { to: new WritableStream({ write: (c) => void chunks.push(c) }) });
        assert.deepEqual(new Uint8Array(await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer()), bytes);
        assert.equal(spools(), before, "no temporary file left");

        const sent = server.requests.length;
        const refused = await sutro.datasets
          .upload({ name: "t.parquet", data: streamOf(new TextEncoder().encode("id,review\n1,late\n")) })
          .catch((e: unknown) => e);
        assert.ok(refused instanceof InvalidRequestError && /t\.parquet is not a Parquet file/.test(refused.message), String(refused));
        assert.equal(server.requests.length, sent, "nothing sent");
        assert.equal(spools(), before, "no temporary file left");
      }),
  },
  {
    name: "datasets: a download answered with a JSON body in place of the file is a DownloadError; nothing is written",
    run: (rt) =>
      withMock({ jobs: 1 }, (server) =>
        inDir(async (dir) => {
          const lying = intercepting(
            "/download-from-dataset",
            () =>
              new Response(JSON.stringify({ detail: "File not ready." }), { status: 200, headers: { "content-type": "application/json" } }),
          );
          const sutro = clientFor(rt, server, { fetch: lying.fetch });
          const to = join(dir, "a.parquet");
          const error = await sutro.datasets.download("dataset-x", "a.parquet", { to }).catch((e: unknown) => e);
          assert.ok(error instanceof DownloadError, String(error));
          assert.match(error.message, /JSON body instead of a\.parquet: \{"detail":"File not ready\."\}/);
          assert.equal(existsSync(to), false);
          assert.deepEqual(readdirSync(dir), []);
          const missing = await clientFor(rt, server)
            .datasets.download("dataset-x", "a.parquet", { to })
            .catch((e: unknown) => e);
          assert.equal((missing as { status?: number }).status, 404);
          assert.deepEqual(readdirSync(dir), []);
        }),
      ),
  },
  {
    name: "rows(): the results file read with Range requests a row group at a time, the rows results() gives; an expired link is replaced; break stops the reading",
    run: (rt) =>
      withMock({ jobs: 30, speed: 50, parquetRowGroup: 3 }, async (server) => {
        const sutro = clientFor(rt, server);
        const inputs = Array.from({ length: 10 }, (_, i) => `review ${i}`);
        const { jobId } = await sutro.jobs.create({ inputs, model: "m" });
        await sutro.jobs.wait(jobId, { pollInterval: 20 });
        const expected = await sutro.jobs.results(jobId, { includeInputs: true });
        const storage = () => server.requests.filter((r) => r.path.startsWith("/__artifacts/"));
        const before = storage().length;
        const rows: unknown[] = [];
        for await (const row of sutro.jobs.rows(jobId, { includeInputs: true })) rows.push(row);
        assert.deepEqual(rows, expected);
        const reads = storage().slice(before);
        assert.ok(reads.length >= 1 + 4, `the footer, then each of the 4 row groups: ${reads.length} reads`);
        assert.ok(
          reads.every((r) => r.status === 206 && r.authorization === null),
          "ranges only, never the key",
        );

        // The link expires after the footer was read (storage answers 403): a fresh one is asked for.
        server.faults.push({ target: "artifacts", status: 403, times: 1, request: server.requests.length + 3 });
        const links = () => server.requests.filter((r) => r.path.endsWith("/results-url")).length;
        const linksBefore = links();
        const again: unknown[] = [];
        for await (const row of sutro.jobs.rows(jobId, { includeInputs: true })) again.push(row);
        assert.deepEqual(again, expected);
        assert.equal(links() - linksBefore, 2, "one link, then a fresh one after the 403");

        // break after the first row: the row groups after the first are never read.
        const start = storage().length;
        for await (const row of sutro.jobs.rows(jobId)) {
          assert.equal(row.output, expected[0]?.output);
          break;
        }
        assert.ok(storage().length - start <= 3, `${storage().length - start} reads for one row`);

        let running = "";
        for (let i = 0; !running; i++) if (server.dataset.at(i).status === "RUNNING") running = server.dataset.at(i).job_id;
        const error = await sutro.jobs
          .rows(running)
          .next()
          .catch((e: unknown) => e);
        assert.ok(error instanceof JobNotSucceededError, String(error));
      }),
  },
  {
    name: "rows(): a row group bigger than a slice (with a page index) is read a few pages at a time, every row once, in order",
    run: (rt) =>
      withMock({ jobs: 1, speed: 100_000, parquetRowGroup: 60_000 }, async (server) => {
        const sutro = clientFor(rt, server);
        const inputs = Array.from({ length: 70_000 }, (_, i) => `review ${i}`);
        const { jobId } = await sutro.jobs.create({ inputs, model: "m", priority: 1 });
        await sutro.jobs.wait(jobId, { pollInterval: 20 });
        const before = server.requests.length;
        let n = 0;
        for await (const row of sutro.jobs.rows(jobId)) {
          assert.equal(row.output, `Processed: ${inputs[n]}`, `row ${n}`);
          n++;
        }
        assert.equal(n, inputs.length);
        // The footer, then slices of 25,000 rows: 3 of the first row group of 60,000, 1 of the second.
        const ranges = server.requests.slice(before).filter((r) => r.path.startsWith("/__artifacts/") && r.status === 206);
        assert.ok(ranges.length >= 1 + 4, `${ranges.length} range reads`);
      }),
  },
  {
    name: "infer() above 10,000 inputs uploads them as a dataset (the file holds exactly the inputs, in order), runs the job over it, and reads the rows from the results file; upload: never keeps them inline",
    run: (rt) =>
      withMock({ jobs: 1, speed: 100_000, parquetRowGroup: 4_000 }, async (server) => {
        const sutro = clientFor(rt, server);
        const inputs = Array.from({ length: 10_001 }, (_, i) => `review ${i}`);
        const told: string[] = [];
        const result = await sutro.infer(inputs, { model: "m", onUpload: (u) => told.push(u.datasetId) });
        assert.match(result.datasetId ?? "", /^dataset-/);
        assert.deepEqual(told, [result.datasetId]);
        const created = server.requests.filter((r) => r.path === "/v1/batch-inference").at(-1)?.body as Record<string, unknown>;
        assert.deepEqual([created.inputs, created.column_name], [result.datasetId, "input"]);
        assert.equal(result.rows.length, inputs.length);
        assert.deepEqual(
          result.rows.slice(0, 3).map((r) => [r.index, r.input]),
          [
            [0, "review 0"],
            [1, "review 1"],
            [2, "review 2"],
          ],
        );
        assert.equal(result.rows.at(-1)?.input, "review 10000");
        // The inputs are the ones infer() sent, joined by position, not a second copy read from the results file.
        assert.ok(result.rows.every((r, i) => r.input === inputs[i] && r.output === `Processed: ${inputs[i]}`));
        const links = server.requests.filter((r) => r.path.endsWith("/results-url"));
        assert.ok(links.length > 0 && links.every((r) => r.query.include_inputs !== "true"), "the file read without its inputs column");
        assert.ok(
          server.requests.some((r) => r.path.startsWith("/__artifacts/") && r.status === 206),
          "rows read from the results file",
        );
        assert.equal(server.requests.filter((r) => r.path === "/v1/job-results").length, 0, "not one JSON answer of every row");

        // The uploaded file holds exactly the inputs, in order.
        const chunks: Uint8Array[] = [];
        await sutro.datasets.download(result.datasetId as string, "inputs.parquet", {
          to: new WritableStream({ write: (c) => void chunks.push(c) }),
        });
        const bytes = new Uint8Array(await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer());
        const { parquetReadObjects } = await import("hyparquet");
        const uploaded = await parquetReadObjects({ file: bytes.buffer as ArrayBuffer });
        assert.deepEqual(
          uploaded.map((r) => r.input),
          inputs,
        );

        const uploadsBefore = uploads(server);
        const inline = await sutro.infer(inputs.slice(0, 10_001), { model: "m", upload: "never" });
        assert.equal(inline.datasetId, undefined);
        assert.equal(uploads(server), uploadsBefore);
        const sent = server.requests.filter((r) => r.path === "/v1/batch-inference").at(-1)?.body as { inputs: unknown[] };
        assert.equal(sent.inputs.length, 10_001);
        const small = await sutro.infer(["a", "b"], { model: "m" });
        assert.equal(small.datasetId, undefined, "below the threshold: inline");
        const refused = await sutro.infer(["a"], { model: "m", upload: "sometimes" as never }).catch((e: unknown) => e);
        assert.ok(refused instanceof InvalidRequestError);
      }),
  },
  {
    name: "sutro.api.uploadToDataset takes a File as a multipart form and sutro.api.downloadFromDataset resolves to its bytes as a Blob, with typed errors and the retry rules of the spec",
    run: (rt) =>
      withMock({ jobs: 1 }, async (server) => {
        const sutro = clientFor(rt, server);
        const bytes = reviews(["good", "bad", "fine"]) as Uint8Array<ArrayBuffer>;
        const { dataset_id } = await sutro.api.createDataset({});
        const file = new File([bytes], "reviews.parquet");
        const uploaded = await sutro.api.uploadToDataset({ body: { dataset_id, file } }).withResponse();
        assert.match(uploaded.data.file_id, /\S/);
        assert.match(uploaded.requestId ?? "", /^req_mock_/);
        const [listed] = (await sutro.api.listDatasetFiles({ body: { dataset_id } })).files;
        assert.deepEqual([listed?.file_name, listed?.size_bytes, listed?.row_count], ["reviews.parquet", bytes.length, 3]);
        const sent = server.requests.find((r) => r.path === "/v1/upload-to-dataset");
        assert.equal(sent?.authorization, `Key ${API_KEY}`);

        const blob = await sutro.api.downloadFromDataset({ body: { dataset_id, file_name: "reviews.parquet" } });
        assert.ok(blob instanceof Blob);
        assert.deepEqual(new Uint8Array(await blob.arrayBuffer()), bytes, "the bytes as uploaded");

        // A read sent as POST (x-idempotent): retried after a 503. An upload is never sent twice.
        server.faults.push({ attempt: 1, status: 503, times: 1 });
        const again = await sutro.api.downloadFromDataset({ body: { dataset_id, file_name: "reviews.parquet" } }).withResponse();
        assert.equal(again.data.size, bytes.length);
        assert.equal(again.response.status, 200);
        assert.equal((await again.response.arrayBuffer()).byteLength, bytes.length, "the response's body is the file again");
        const before = uploads(server);
        server.faults.push({ request: server.requests.length + 1, status: 503, times: 1 });
        await assert.rejects(
          sutro.api.uploadToDataset({ body: { dataset_id, file: new File([bytes], "second.parquet") } }),
          (e: unknown) => e instanceof InternalServerError && e.status === 503,
        );
        assert.equal(uploads(server), before + 1, "not retried");

        // The API's refusals are the typed errors of every other method: a missing file is a NotFoundError.
        await assert.rejects(
          sutro.api.downloadFromDataset({ body: { dataset_id, file_name: "missing.parquet" } }),
          (e: unknown) => e instanceof NotFoundError && /missing\.parquet|not found/i.test((e as Error).message),
        );
        await assert.rejects(
          sutro.api.uploadToDataset({ body: { dataset_id, file: new File([bytes], "reviews.parquet") } }),
          BadRequestError,
        );

        // Refused before anything is sent: a Blob without a name (the name is the file's in the dataset), no body.
        const count = server.requests.length;
        await assert.rejects(
          sutro.api.uploadToDataset({ body: { dataset_id, file: new Blob([bytes]) } }),
          (e: unknown) => e instanceof InvalidRequestError && /file must be a File/.test((e as Error).message),
        );
        await assert.rejects(
          sutro.api.uploadToDataset({} as never),
          (e: unknown) => e instanceof InvalidRequestError && /needs a body/.test((e as Error).message),
        );
        assert.equal(server.requests.length, count);
      }),
  },
];
