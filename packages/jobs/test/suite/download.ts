import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { artifactBytes } from "../../../mock/src/artifacts.ts";
import type { MockServer } from "../../../mock/src/index.ts";
import {
  APIUserAbortError,
  DownloadError,
  InvalidRequestError,
  JobNotSucceededError,
  MalformedResponseError,
  Sutro as WebSutro,
} from "../../src/index.ts";
import { API_KEY, type Case, clientFor, inDir, intercepting, withMock } from "./harness.ts";

const SIZE = 1_500_000;

/** The bytes the mock serves for the succeeded job's results file, in its `version`. */
function expected(server: MockServer, version = 0, size = SIZE): Uint8Array {
  const key = `results/${server.dataset.at(0).job_id}.parquet`;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of artifactBytes(1, key, version, 0, size)) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Storage faults: the transfer breaks off at 600 kB, and the resume finds the file replaced by one of 900 kB. */
const replacedMidway = () => [
  { resetAt: 600_000, attempt: 1 },
  { newSize: 900_000, attempt: 2 },
];

/**
 * Storage pauses the `attempt`th transfer of the file at 400 kB for `ms` (5 s by default), so that an abort
 * after 100 kB lands mid-transfer, and progress is seen mid-file, whatever sizes the runtime reads in (Bun
 * can read a whole file at once, finishing before any abort).
 */
const pausedAt400kB = (attempt: number, ms = 5_000) => ({ stallAt: 400_000, delay: ms, attempt });

const storage = (server: MockServer) => server.requests.filter((r) => r.path.startsWith("/__artifacts/"));

/** Storage never heard the key: every request to it came without Authorization. */
function noKeyToStorage(server: MockServer): void {
  assert.ok(storage(server).length > 0);
  assert.deepEqual(
    storage(server).filter((r) => r.authorization !== null),
    [],
  );
}

/**
 * Starts a download to `to` and aborts it once 100 kB have arrived; resolves to the bytes it last reported.
 * The transfer must be one that storage pauses (`pausedAt400kB`).
 */
async function interrupted(sutro: ReturnType<typeof clientFor>, jobId: string, to: string): Promise<number> {
  const controller = new AbortController();
  let reached = 0;
  const download = sutro.jobs.download(jobId, {
    to,
    signal: controller.signal,
    onProgress: ({ bytesDone }) => {
      reached = bytesDone;
      if (bytesDone > 100_000) controller.abort(new Error("enough"));
    },
  });
  await assert.rejects(download, APIUserAbortError);
  return reached;
}

/** A job's file downloaded with `faults` on storage: the result, the file's bytes and what the directory holds. */
function download(
  rt: Parameters<Case["run"]>[0],
  faults: NonNullable<Parameters<typeof withMock>[0]["faults"]>,
  check: (server: MockServer, outcome: { dir: string; path: string; sutro: ReturnType<typeof clientFor> }) => Promise<void>,
) {
  return withMock({ jobs: 3, artifactBytes: SIZE, faults }, (server) =>
    inDir((dir) => check(server, { dir, path: join(dir, "results.parquet"), sutro: clientFor(rt, server) })),
  );
}

export const downloadCases: Case[] = [
  {
    name: "download() streams the results file to a path through a temporary name, with progress, and never sends the key to storage",
    run: (rt) =>
      // Storage pauses a moment at 400 kB: a runtime that reads big chunks (Bun) could take the whole file
      // in one read otherwise, and progress would have nothing to show between start and end.
      download(rt, [pausedAt400kB(1, 300)], async (server, { dir, path, sutro }) => {
        const seen: number[] = [];
        const result = await sutro.jobs.download(server.dataset.at(0).job_id, {
          to: path,
          onProgress: ({ bytesDone, totalBytes }) => {
            assert.equal(totalBytes, SIZE);
            seen.push(bytesDone);
          },
        });
        assert.deepEqual({ ...result, etag: typeof result.etag }, { path, bytes: SIZE, etag: "string", resumes: 0, restarts: 0 });
        assert.deepEqual(readFileSync(path), Buffer.from(expected(server)));
        assert.deepEqual(readdirSync(dir), ["results.parquet"]);
        assert.ok(seen.length > 1 && seen.every((n, i) => i === 0 || n > (seen[i - 1] as number)), seen.join(" → "));
        assert.ok(seen.includes(400_000), "a report as the pause began");
        assert.equal(seen.at(-1), SIZE);
        noKeyToStorage(server);
      }),
  },
  {
    name: "download() resumes a transfer cut at 40 % with Range + If-Range and ends with the right bytes",
    run: (rt) =>
      download(rt, [{ resetAt: 600_000, attempt: 1 }], async (server, { dir, path, sutro }) => {
        const result = await sutro.jobs.download(server.dataset.at(0).job_id, { to: path });
        assert.deepEqual([result.resumes, result.restarts], [1, 0]);
        assert.deepEqual(readFileSync(path), Buffer.from(expected(server)));
        assert.deepEqual(readdirSync(dir), ["results.parquet"]);
        assert.equal(storage(server).length, 2);
        noKeyToStorage(server);
      }),
  },
  {
    name: "download() starts over when the file changed between attempts (new ETag) and ends with the new file",
    run: (rt) =>
      download(
        rt,
        [
          { resetAt: 600_000, attempt: 1 },
          { newEtag: true, attempt: 2 },
        ],
        async (server, { path, sutro }) => {
          const result = await sutro.jobs.download(server.dataset.at(0).job_id, { to: path });
          assert.deepEqual([result.resumes, result.restarts], [0, 1]);
          assert.deepEqual(readFileSync(path), Buffer.from(expected(server, 1)));
        },
      ),
  },
  {
    name: "download() of a file replaced by one of another size mid-way starts over and checks the end against the new size",
    run: (rt) =>
      download(rt, replacedMidway(), async (server, { path, sutro }) => {
        const result = await sutro.jobs.download(server.dataset.at(0).job_id, { to: path });
        assert.deepEqual([result.bytes, result.resumes, result.restarts], [900_000, 0, 1]);
        assert.deepEqual(readFileSync(path), Buffer.from(expected(server, 1, 900_000)));
        // The size to check came from a second results-url answer.
        assert.equal(server.requests.filter((r) => r.path.endsWith("/results-url")).length, 2);
      }),
  },
  {
    name: "download(): bytes kept from the replacing file are kept as that file's, so the same download run again resumes them",
    run: (rt) =>
      download(rt, [...replacedMidway(), pausedAt400kB(3)], async (server, { path, sutro }) => {
        const jobId = server.dataset.at(0).job_id;
        const controller = new AbortController();
        const first = sutro.jobs.download(jobId, {
          to: path,
          signal: controller.signal,
          // A report against the new size is of the replacing file. (Not "fewer bytes than before": the
          // first transfer can break off, with what was in flight lost, before the count the new one starts at.)
          onProgress: ({ bytesDone, totalBytes }) => {
            if (totalBytes === 900_000 && bytesDone > 100_000) controller.abort(new Error("enough"));
          },
        });
        await assert.rejects(first, APIUserAbortError);
        const result = await sutro.jobs.download(jobId, { to: path });
        assert.deepEqual([result.bytes, result.resumes, result.restarts], [900_000, 1, 0]);
        assert.deepEqual(readFileSync(path), Buffer.from(expected(server, 1, 900_000)));
      }),
  },
  {
    name: "download(): a second download to a path one is writing is a DownloadError, not mixed bytes; a lock left by a killed process says to remove it",
    run: (rt) =>
      download(rt, [{ stallAt: 300_000, delay: 500, attempt: 1 }], async (server, { dir, path, sutro }) => {
        const jobId = server.dataset.at(0).job_id;
        let started: () => void = () => {};
        const writing = new Promise<void>((resolve) => {
          started = resolve;
        });
        const first = sutro.jobs.download(jobId, { to: path, onProgress: () => started() });
        await writing;
        await assert.rejects(
          sutro.jobs.download(jobId, { to: path }),
          (e: unknown) => e instanceof DownloadError && /another download to .*results\.parquet is under way/.test((e as Error).message),
        );
        assert.equal((await first).bytes, SIZE);
        assert.deepEqual(readFileSync(path), Buffer.from(expected(server)));
        assert.deepEqual(readdirSync(dir), ["results.parquet"]);

        const lock = join(dir, ".again.parquet.partial.lock");
        writeFileSync(lock, "");
        const again = join(dir, "again.parquet");
        await assert.rejects(
          sutro.jobs.download(jobId, { to: again }),
          (e: unknown) => e instanceof DownloadError && /if no download is running, remove that file/.test((e as Error).message),
        );
        assert.ok(existsSync(lock), "a lock this download did not take is not removed");
        rmSync(lock);
        assert.equal((await sutro.jobs.download(jobId, { to: again })).bytes, SIZE);
        assert.deepEqual(readdirSync(dir).sort(), ["again.parquet", "results.parquet"]);
      }),
  },
  {
    name: "download() asks for a fresh link when storage answers 403 (expired), and resumes with it",
    run: (rt) =>
      download(
        rt,
        [
          { resetAt: 300_000, attempt: 1 },
          { target: "artifacts", status: 403, attempt: 2 },
        ],
        async (server, { path, sutro }) => {
          const result = await sutro.jobs.download(server.dataset.at(0).job_id, { to: path });
          assert.equal(result.resumes, 1);
          assert.deepEqual(readFileSync(path), Buffer.from(expected(server)));
          assert.equal(server.requests.filter((r) => r.path.endsWith("/results-url")).length, 2);
          noKeyToStorage(server);
        },
      ),
  },
  {
    name: "download(): a body shorter than announced resumes; a longer one is a DownloadError that leaves nothing and hides the signature",
    run: (rt) =>
      download(
        rt,
        [
          { contentLength: 500_000, attempt: 1 },
          { contentLength: SIZE + 10_000, attempt: 3 },
        ],
        async (server, { dir, path, sutro }) => {
          const jobId = server.dataset.at(0).job_id;
          const first = await sutro.jobs.download(jobId, { to: path });
          assert.equal(first.resumes, 1);
          assert.deepEqual(readFileSync(path), Buffer.from(expected(server)));
          rmSync(path);
          const error = await sutro.jobs.download(jobId, { to: path }).catch((e: unknown) => e);
          assert.ok(error instanceof DownloadError, String(error));
          assert.match(error.message, /more than the 1500000 bytes/);
          assert.match(error.request?.url ?? "", /\/__artifacts\/.*\?\[redacted\]$/);
          const shown = `${error.message} ${JSON.stringify(error)} ${error.stack}`;
          assert.doesNotMatch(shown, /X-Amz-Signature|X-Amz-Date/);
          assert.deepEqual(readdirSync(dir), []);
        },
      ),
  },
  {
    name: "download(): storage that says nothing for `timeout` ms counts as broken off, and the next attempt completes",
    run: (rt) =>
      download(rt, [{ target: "artifacts", delay: 3_000, attempt: 1 }], async (server, { path, sutro }) => {
        const result = await sutro.jobs.download(server.dataset.at(0).job_id, { to: path, timeout: 150 });
        assert.equal(result.bytes, SIZE);
        assert.deepEqual(readFileSync(path), Buffer.from(expected(server)));
        assert.equal(storage(server).length, 2);
      }),
  },
  {
    name: "download(): a transfer that stalls midway for longer than `timeout` resumes from where it stopped",
    run: (rt) =>
      download(rt, [{ stallAt: 700_000, delay: 3_000, attempt: 1 }], async (server, { path, sutro }) => {
        const started = Date.now();
        const result = await sutro.jobs.download(server.dataset.at(0).job_id, { to: path, timeout: 200 });
        assert.ok(Date.now() - started < 2_500, "resumed without waiting out the stall");
        assert.deepEqual([result.resumes, result.restarts], [1, 0]);
        assert.deepEqual(readFileSync(path), Buffer.from(expected(server)));
      }),
  },
  {
    name: "download(): a results-url answer without a size or a URL is a MalformedResponseError, with nothing fetched or written",
    run: (rt) =>
      download(rt, [], async (server, { dir }) => {
        const { fetch } = intercepting("/results-url", () =>
          Response.json({ artifact: { size_bytes: -1 }, urls: { get: "http://x.invalid/?sig=s3cret" } }),
        );
        const sutro = clientFor(rt, server, { fetch });
        const error = await sutro.jobs.download(server.dataset.at(0).job_id, { to: dir }).catch((e: unknown) => e);
        assert.ok(error instanceof MalformedResponseError, String(error));
        assert.doesNotMatch(JSON.stringify(error), /s3cret/);
        assert.deepEqual(storage(server), []);
        assert.deepEqual(readdirSync(dir), []);
      }),
  },
  {
    name: "download(): a transfer that broke off and then stopped arriving is a DownloadError that keeps its bytes; run again, it resumes",
    run: (rt) =>
      download(
        rt,
        [
          { resetAt: 400_000, attempt: 1 },
          { target: "artifacts", status: 503 },
        ],
        async (server, { dir, path, sutro }) => {
          const jobId = server.dataset.at(0).job_id;
          const error = await sutro.jobs.download(jobId, { to: path, maxRetries: 1 }).catch((e: unknown) => e);
          assert.ok(error instanceof DownloadError, String(error));
          assert.match(error.message, /stopped arriving at byte \d+ of 1500000, 2 times in a row\. The bytes received are kept/);
          assert.deepEqual(readdirSync(dir).sort(), [".results.parquet.partial", ".results.parquet.partial.json"]);
          server.faults.length = 0;
          const resumed = await sutro.jobs.download(jobId, { to: path });
          assert.equal(resumed.resumes, 1);
          assert.deepEqual(readFileSync(path), Buffer.from(expected(server)));
          assert.deepEqual(readdirSync(dir), ["results.parquet"]);
        },
      ),
  },
  {
    name: "download() gives up with a DownloadError after maxRetries attempts in a row without progress, leaving nothing",
    run: (rt) =>
      download(rt, [{ target: "artifacts", status: 503 }], async (server, { dir, path, sutro }) => {
        await assert.rejects(sutro.jobs.download(server.dataset.at(0).job_id, { to: path, maxRetries: 2 }), (error: unknown) => {
          assert.ok(error instanceof DownloadError);
          assert.match(error.message, /stopped arriving at byte 0 of 1500000, 3 times in a row/);
          return true;
        });
        assert.equal(storage(server).length, 3);
        assert.deepEqual(readdirSync(dir), []);
      }),
  },
  {
    name: "download() to a WritableStream; a file that changed after bytes were passed on is a DownloadError, not a mixed file",
    run: (rt) =>
      download(
        rt,
        [
          { resetAt: 300_000, attempt: 3 },
          { newEtag: true, attempt: 4 },
        ],
        async (server, { sutro }) => {
          const jobId = server.dataset.at(0).job_id;
          const chunks: Uint8Array[] = [];
          const sink = () => new WritableStream<Uint8Array>({ write: (chunk) => void chunks.push(chunk.slice()) });
          const result = await sutro.jobs.download(jobId, { to: sink() });
          assert.equal(result.path, undefined);
          assert.deepEqual(Buffer.concat(chunks), Buffer.from(expected(server)));
          // Attempt 2 (the first request of this URL counted from the first download's) goes whole; 3 is cut, 4 sees a new file.
          await sutro.jobs.download(jobId, { to: sink() });
          chunks.length = 0;
          let aborted: unknown;
          const stream = new WritableStream<Uint8Array>({
            write: (chunk) => void chunks.push(chunk),
            abort: (reason) => {
              aborted = reason;
            },
          });
          await assert.rejects(sutro.jobs.download(jobId, { to: stream }), /changed during the download.*cannot be taken back/);
          assert.ok(aborted instanceof DownloadError);
        },
      ),
  },
  {
    name: "download() to a directory uses the file's own name; an abort keeps the bytes under a hidden name that the same download resumes",
    run: (rt) =>
      download(rt, [pausedAt400kB(2)], async (server, { dir, sutro }) => {
        const jobId = server.dataset.at(0).job_id;
        const result = await sutro.jobs.download(jobId, { to: dir });
        assert.equal(result.path, join(dir, `${jobId}.parquet`));
        rmSync(result.path as string);
        const to = join(dir, "half.parquet");
        const stoppedAt = await interrupted(sutro, jobId, to);
        // Never under the final name; the bytes written, and the file's ETag, under hidden ones.
        assert.deepEqual(readdirSync(dir).sort(), [".half.parquet.partial", ".half.parquet.partial.json"]);
        assert.equal(readFileSync(join(dir, ".half.parquet.partial")).length, stoppedAt);
        server.requests.length = 0;
        const seen: number[] = [];
        const resumed = await sutro.jobs.download(jobId, { to, onProgress: ({ bytesDone }) => seen.push(bytesDone) });
        assert.deepEqual([resumed.resumes, resumed.restarts], [1, 0]);
        assert.ok((seen[0] as number) > stoppedAt, "the second download started where the first stopped");
        assert.deepEqual(readFileSync(to), Buffer.from(expected(server)));
        assert.deepEqual(readdirSync(dir), ["half.parquet"]);
        assert.equal(storage(server).length, 1);
      }),
  },
  {
    name: "download(): kept bytes of a file that changed since (new ETag) or of another file are not resumed: it starts over",
    run: (rt) =>
      download(rt, [pausedAt400kB(1), { newEtag: true, attempt: 2 }], async (server, { dir, sutro }) => {
        const jobId = server.dataset.at(0).job_id;
        const to = join(dir, "r.parquet");
        await interrupted(sutro, jobId, to);
        // Storage replaced the file meanwhile: the If-Range guard makes it answer the whole new file.
        const again = await sutro.jobs.download(jobId, { to });
        assert.deepEqual([again.resumes, again.restarts], [0, 1]);
        assert.deepEqual(readFileSync(to), Buffer.from(expected(server, 1)));
        // Kept bytes of another file (here another size) are never appended to: this one starts from byte 0.
        await withMock({ jobs: 3, artifactBytes: SIZE + 1, seed: 2, faults: [pausedAt400kB(1)] }, (elsewhere) =>
          interrupted(clientFor(rt, elsewhere), elsewhere.dataset.at(0).job_id, join(dir, "x.parquet")),
        );
        const fresh = await sutro.jobs.download(jobId, { to: join(dir, "x.parquet") });
        assert.deepEqual([fresh.resumes, fresh.restarts], [0, 0]);
        assert.deepEqual(readFileSync(join(dir, "x.parquet")), Buffer.from(expected(server, 1)));
      }),
  },
  {
    name: "download(): bad arguments are refused before any request; a running job is a JobNotSucceededError; an unwritable path a DownloadError",
    run: (rt) =>
      download(rt, [], async (server, { dir, sutro }) => {
        const jobId = server.dataset.at(0).job_id;
        const bad: unknown[] = [
          undefined,
          {},
          { to: "" },
          { to: 42 },
          { to: dir, onProgress: "yes" },
          { to: dir, maxRetries: -1 },
          { to: dir, timeout: 0 },
        ];
        for (const params of bad) {
          await assert.rejects(sutro.jobs.download(jobId, params as never), InvalidRequestError, JSON.stringify(params));
        }
        const web = new WebSutro({ apiKey: API_KEY, apiURL: server.apiURL });
        await assert.rejects(web.jobs.download(jobId, { to: dir }), /writes no files: pass a WritableStream/);
        assert.equal(server.requests.length, 0);
        await assert.rejects(sutro.jobs.download(server.dataset.at(1).job_id, { to: dir }), JobNotSucceededError);
        await assert.rejects(sutro.jobs.download(jobId, { to: join(dir, "missing", "x.parquet") }), (error: unknown) => {
          assert.ok(error instanceof DownloadError);
          assert.match(error.message, /Cannot write the results file: .*(ENOENT|No such file|not found)/i);
          return true;
        });
        assert.deepEqual(readdirSync(dir), []);
      }),
  },
];
