/**
 * A job's results read straight from its results file (Parquet) behind the presigned URL, with HTTP Range
 * requests: the footer first, then one row group at a time (hyparquet reads through an async buffer), so memory
 * stays one row group's however big the job, and nothing is written to disk. A link that expires mid-way is
 * replaced by a fresh one; storage never gets the key or any of the client's headers.
 */
import type { ResolvedConfig } from "../../config/options.ts";
import { DownloadError } from "../../errors/errors.ts";
import { redactURL } from "../../errors/presigned.ts";
import { abortError, sleep } from "../../transport/abort.ts";
import { RETRYABLE_STATUSES } from "../../transport/retry.ts";
import { type ResultColumns, type ResultRow, type ResultsLinks, rowMaker } from "./results.ts";
import { storageRetries } from "./storage-retries.ts";

/** What `rows()` takes. */
export interface RowsParams {
  /** The columns to read, by their names in the file (`outputs`, `inputs`, …); default every column. */
  columns?: readonly string[] | undefined;
  /** Each row's input beside its output. */
  includeInputs?: boolean | undefined;
  /** Each row's cumulative log-probability. */
  includeCumulativeLogprobs?: boolean | undefined;
  /** Stops the reading; a `break` does too. */
  signal?: AbortSignal | undefined;
}

/**
 * Rows read at once from a row group that has a page index. Over a 1M-row file in row groups of 100,000: peak
 * RSS growth about 100 MB against about 150 reading whole row groups, in about 30 % more time (the pages at a
 * slice's edges are decoded twice); 50,000 saves less memory for little time, 10,000 no more memory for more time.
 */
const SLICE_ROWS = 25_000;

/** `jobs.rows()`: the rows of job `jobId` (its id checked), read with links asked of `jobs`. */
export async function* readRows(
  jobs: ResultsLinks,
  config: ResolvedConfig,
  jobId: string,
  params: RowsParams,
): AsyncGenerator<ResultRow, void, undefined> {
  const { signal, includeInputs, includeCumulativeLogprobs } = params;
  const link = (signal: AbortSignal | undefined) => jobs.resultsURL(jobId, { includeInputs, includeCumulativeLogprobs }, { signal });
  let current = await link(signal);
  const size = current.artifact.size_bytes;
  let etag: string | undefined;
  const fail = (message: string, status?: number) =>
    new DownloadError(message, { status, request: { method: "GET", url: redactURL(current.urls.get) } });

  /** Bytes [start, end) of the file: one Range request, retried on a broken connection or a 5xx, on a fresh link after a 403. */
  async function slice(start: number, end: number): Promise<ArrayBuffer> {
    const retries = storageRetries(config, config.maxRetries);
    for (;;) {
      if (signal?.aborted) throw abortError(signal);
      // Only Range and If-Range: never the key, never the client's headers.
      const headers: Record<string, string> = { Range: `bytes=${start}-${end - 1}` };
      if (etag !== undefined) headers["If-Range"] = etag;
      let status: number;
      try {
        const response = await config.fetch(current.urls.get, { method: "GET", headers, signal: signal ?? null });
        status = response.status;
        if (status === 206 || (status === 200 && start === 0 && end === size && etag === undefined)) {
          const bytes = await response.arrayBuffer();
          etag ??= response.headers.get("etag") ?? undefined;
          if (bytes.byteLength !== end - start) throw fail(`Storage sent ${bytes.byteLength} bytes for a range of ${end - start}.`);
          return bytes;
        }
        await response.body?.cancel();
      } catch (error) {
        if (error instanceof DownloadError) throw error;
        if (signal?.aborted) throw abortError(signal);
        status = 0;
      }
      if (status === 403 && retries.refresh()) {
        current = await link(signal);
        continue;
      }
      if (status === 200) throw fail("The results file changed while its rows were read: read them again.", status);
      const delay = status === 0 || RETRYABLE_STATUSES.has(status) ? retries.failed() : undefined;
      if (delay !== undefined) {
        await sleep(delay, signal);
        continue;
      }
      throw fail(
        status === 0
          ? "The results file could not be read: the connection kept failing."
          : `Storage answered ${status} for the results file.`,
        status || undefined,
      );
    }
  }

  const file = { byteLength: size, slice };
  const [{ parquetMetadataAsync, parquetRead }, { compressors }] = await Promise.all([
    import("hyparquet"),
    import("hyparquet-compressors"),
  ]);
  const metadata = await parquetMetadataAsync(file);
  const columns = params.columns ? { columns: [...params.columns] } : {};
  // The rows to read at once: a row group, or with a page index (which says where each page starts) a slice of
  // it, a few pages: memory then follows the slice, not however big the writer made its row groups.
  const slices: [number, number][] = [];
  let groupStart = 0;
  for (const rowGroup of metadata.row_groups) {
    const groupEnd = groupStart + Number(rowGroup.num_rows);
    const step = rowGroup.columns.every((column) => column.offset_index_offset !== undefined) ? SLICE_ROWS : groupEnd - groupStart;
    for (let at = groupStart; at < groupEnd; at += step) slices.push([at, Math.min(at + step, groupEnd)]);
    groupStart = groupEnd;
  }
  for (const [rowStart, rowEnd] of slices) {
    // The slice's columns as decoded (no row objects of their own): each row is made as it is yielded,
    // in the shape results() gives it.
    const columnsRead = new Map<string, unknown[]>();
    await parquetRead({
      file,
      metadata,
      rowStart,
      rowEnd,
      compressors,
      ...columns,
      // A chunk is a page's rows, which may start before the slice or end after it: only the slice's are kept,
      // each at its place.
      onChunk: ({ columnName, columnData, rowStart: chunkStart }) => {
        const values = columnsRead.get(columnName) ?? new Array(rowEnd - rowStart);
        columnsRead.set(columnName, values);
        const from = Math.max(rowStart, chunkStart);
        const to = Math.min(rowEnd, chunkStart + columnData.length);
        for (let row = from; row < to; row++) values[row - rowStart] = columnData[row - chunkStart];
      },
    });
    const group: Record<string, readonly unknown[]> = {};
    for (const [name, values] of columnsRead) Object.defineProperty(group, name, { value: values, enumerable: true });
    const make = rowMaker({ outputs: [], ...group } as ResultColumns);
    for (let i = 0; i < rowEnd - rowStart; i++) yield make(i);
  }
}
