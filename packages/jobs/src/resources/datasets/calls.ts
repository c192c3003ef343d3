/**
 * The datasets resource's calls, loaded with the first one. Uploads are multipart bodies form-data-encoder
 * writes, each file read from where it is as it is sent, and are checked first with hyparquet reading only each
 * file's footer; downloads stream into the same sinks as results files.
 */
import { type FileLike, FormDataEncoder, type FormDataLike } from "form-data-encoder";
import { checkRequestOptions, type RequestOptions } from "../../config/options.ts";
import { APIError, DatasetOutcomeUnknownError, DownloadError, InvalidRequestError } from "../../errors/errors.ts";
import { definitelyRefused } from "../../errors/refusal.ts";
import type { DownloadResult } from "../../model/files.ts";
import { type ByteSink, isPlainFileName, type NamedBlob } from "../../model/files.ts";
import { checkPathParam } from "../../operations/operation.ts";
import { abortError } from "../../transport/abort.ts";
import { isCallbackFailure, notify, userError } from "../../transport/callbacks.ts";
import { idleTimer } from "../../transport/idle.ts";
import { failures } from "../../transport/lazy.ts";
import { type DownloadTarget, downloadTarget } from "../download-target.ts";
import type {
  Dataset,
  DatasetDownloadParams,
  DatasetFile,
  DatasetFileInput,
  DatasetsContext,
  UploadFiles,
  UploadParams,
  UploadResult,
} from "./types.ts";

export async function create({ call }: DatasetsContext, options?: RequestOptions): Promise<{ datasetId: string }> {
  const checked = checkRequestOptions(options);
  const sent = !checked.signal?.aborted;
  try {
    return { datasetId: await call("createDataset", {}, checked, (answer) => answer.dataset_id) };
  } catch (error) {
    if (!sent || definitelyRefused(error)) throw error;
    const cause = error instanceof Error ? error : new Error(String(error));
    throw new DatasetOutcomeUnknownError(
      `The dataset may or may not have been created: ${cause.message.replace(/\.$/, "")}. It is not retried automatically; an empty dataset costs nothing, so create another (sutro.datasets.list() shows them).`,
      { cause, status: error instanceof APIError ? error.status : undefined },
    );
  }
}

export async function list({ call }: DatasetsContext, options?: RequestOptions): Promise<Dataset[]> {
  return call("listDatasets", {}, checkRequestOptions(options), (answer) => answer.datasets);
}

export async function files({ call }: DatasetsContext, datasetId: string, options?: RequestOptions): Promise<DatasetFile[]> {
  const body = { dataset_id: checkPathParam(datasetId, "datasetId") };
  return call("listDatasetFiles", { body }, checkRequestOptions(options), (answer) => answer.files);
}

/** A name a dataset can hold, that never writes outside a folder when downloaded: no separator, not `.` or `..`. */
function checkName(name: unknown, where: string): string {
  if (!isPlainFileName(name)) {
    throw new InvalidRequestError(`${where}: the file name must be a plain file name (no / or \\), got ${JSON.stringify(name)}.`);
  }
  return name;
}

/** Where a stream is kept without an entry's spool (browsers), or where it may write none: in memory, nothing to remove after. */
const inMemory = async (stream: ReadableStream<Uint8Array>) => ({ data: await new Response(stream).blob(), dispose: async () => {} });

/**
 * The files `upload()` was given, as named Blobs: paths opened by the entry, streams kept in a temporary file
 * where the entry has files (else in memory); `spooled` gathers what removes those files.
 */
async function blobsOf(given: UploadFiles, context: DatasetsContext, spooled: (() => Promise<void>)[]): Promise<NamedBlob[]> {
  const items = (Array.isArray(given) ? given : [given]) as (string | DatasetFileInput)[];
  if (items.length === 0) throw new InvalidRequestError("upload() needs at least one file.");
  const out: NamedBlob[] = [];
  for (const item of items) {
    if (typeof item === "string") {
      if (!context.openBlobs)
        throw new InvalidRequestError("This entry (browsers, workers) reads no files: pass { name, data } with a Blob.");
      out.push(...(await context.openBlobs(item)));
      continue;
    }
    const name = checkName((item as DatasetFileInput | undefined)?.name, "upload()");
    const { data } = item;
    if (data instanceof Blob) out.push({ name, data });
    else if (data instanceof ReadableStream) {
      const kept = (await context.spool?.(data)) ?? (await inMemory(data));
      spooled.push(kept.dispose);
      out.push({ name, data: kept.data });
    } else throw new InvalidRequestError(`${name}: data must be a Blob, a File or a ReadableStream.`);
  }
  return out;
}

/**
 * An upload's form as the encoder reads one (form-data-encoder writes the multipart body): its two fields in
 * order, the file streamed from where it is as the body is sent. The platform's FormData would need a Blob,
 * which on Deno means the whole file in memory.
 */
function uploadForm(datasetId: string, file: FileLike): FormDataLike {
  const entries: [string, string | FileLike][] = [
    ["dataset_id", datasetId],
    ["file", file],
  ];
  return {
    // The form is made whole here: the encoder only reads it.
    append: () => {},
    getAll: (name) => entries.filter(([key]) => key === name).map(([, value]) => value),
    entries: () => entries[Symbol.iterator](),
    [Symbol.iterator]: () => entries[Symbol.iterator](),
    [Symbol.toStringTag]: "FormData",
  };
}

/** The encoder's parts as a request body, pulled as the connection takes them. */
function streamOf(parts: AsyncGenerator<Uint8Array, void, undefined>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async pull(controller) {
      const { done, value } = await parts.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await parts.return(undefined);
    },
  });
}

const PAR1 = "PAR1";

/** The columns of a Parquet file, read from its footer only (hyparquet reads ranges of the Blob). */
async function schemaOf(file: NamedBlob): Promise<string> {
  const { data, name } = file;
  const ends = async (start: number, end: number) => new TextDecoder().decode(await data.slice(start, end).arrayBuffer());
  if (data.size < 12 || (await ends(0, 4)) !== PAR1 || (await ends(data.size - 4, data.size)) !== PAR1) {
    throw new InvalidRequestError(`${name} is not a Parquet file (no PAR1 at its start and end).`);
  }
  const { parquetMetadataAsync, parquetSchema } = await import("hyparquet");
  try {
    const metadata = await parquetMetadataAsync({ byteLength: data.size, slice: (start, end) => data.slice(start, end).arrayBuffer() });
    return parquetSchema(metadata)
      .children.map((c) => `${c.element.name}: ${c.element.logical_type?.type ?? c.element.converted_type ?? c.element.type ?? "group"}`)
      .join(", ");
  } catch (cause) {
    throw new InvalidRequestError(`${name} is not a readable Parquet file: ${(cause as Error).message}`, { cause });
  }
}

/** The column names the server gives a file's or a dataset's schema, when it gives them as an object. */
const columnNames = (schema: unknown): string | undefined =>
  schema && typeof schema === "object" && !Array.isArray(schema) ? Object.keys(schema).sort().join(", ") : undefined;

/** Every check of `upload()`, made before anything is sent; resolves to the dataset's files as they are. */
async function checkFiles(blobs: NamedBlob[], existing: DatasetFile[]): Promise<void> {
  const names = new Set(existing.map((f) => f.file_name));
  for (const { name } of blobs) {
    if (names.has(name))
      throw new InvalidRequestError(`${name}: the dataset already has a file of that name; names are unique in a dataset.`);
    names.add(name);
  }
  let first: { name: string; schema: string } | undefined;
  for (const blob of blobs) {
    const schema = await schemaOf(blob);
    first ??= { name: blob.name, schema };
    if (schema !== first.schema) {
      throw new InvalidRequestError(
        `${blob.name} has the columns (${schema}), ${first.name} (${first.schema}): every file of a dataset has one schema.`,
      );
    }
  }
  const theirs = columnNames(existing[0]?.schema);
  const ours = first?.schema
    .split(", ")
    .map((c) => c.slice(0, c.lastIndexOf(":")))
    .sort()
    .join(", ");
  if (theirs !== undefined && ours !== undefined && theirs !== ours) {
    throw new InvalidRequestError(
      `${first?.name} has the columns (${ours}), the dataset's files (${theirs}): every file of a dataset has one schema.`,
    );
  }
}

export async function upload(context: DatasetsContext, given: UploadFiles, params: UploadParams = {}): Promise<UploadResult> {
  const { datasetId: target, onProgress, ...rest } = params;
  const options = checkRequestOptions(rest);
  if (onProgress !== undefined && typeof onProgress !== "function") throw new InvalidRequestError("onProgress must be a function.");
  const spooled: (() => Promise<void>)[] = [];
  try {
    return await uploadAll(context, await blobsOf(given, context, spooled), target, options, onProgress);
  } finally {
    await Promise.all(spooled.map((dispose) => dispose().catch(() => {})));
  }
}

/** The checked files, one after another, into `target` or a new dataset. */
async function uploadAll(
  context: DatasetsContext,
  blobs: NamedBlob[],
  target: string | undefined,
  options: RequestOptions,
  onProgress: UploadParams["onProgress"],
): Promise<UploadResult> {
  const existing = target === undefined ? [] : await files(context, target, options);
  await checkFiles(blobs, existing);
  const datasetId = target ?? (await create(context, options)).datasetId;
  const totalBytes = blobs.reduce((sum, b) => sum + b.data.size, 0);
  let bytesBefore = 0;
  const uploaded: UploadResult["files"] = [];
  try {
    for (const blob of blobs) {
      uploaded.push({
        fileName: blob.name,
        fileId: await uploadOne(context, datasetId, blob, options, (n) => {
          notify(onProgress, { fileName: blob.name, bytesDone: bytesBefore + n, totalBytes });
        }),
      });
      bytesBefore += blob.data.size;
    }
  } catch (error) {
    throw userError(error);
  }
  return { datasetId, files: uploaded };
}

/**
 * One file, sent once; when its outcome is unknown, the dataset's files are asked whether it arrived (same
 * name, same size), and it is sent again only if not, at most `maxRetries` times.
 */
async function uploadOne(
  context: DatasetsContext,
  datasetId: string,
  blob: NamedBlob,
  options: RequestOptions,
  progress: (bytesDone: number) => void,
): Promise<string> {
  const { api } = context;
  const url = `${api.config.apiURL}/upload-to-dataset`;
  const request = { method: "POST", url };
  const tries = (options.maxRetries ?? api.config.maxRetries) + 1;
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw abortError(options.signal);
    // The file's bytes counted as they are read into the body: that is what progress tells.
    let sentBytes = 0;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        sentBytes += chunk.length;
        progress(sentBytes);
        controller.enqueue(chunk);
      },
    });
    const file: FileLike = {
      name: blob.name,
      type: "",
      size: blob.data.size,
      lastModified: 0,
      stream: () => blob.data.stream().pipeThrough(counter),
      [Symbol.toStringTag]: "File",
    };
    const encoder = new FormDataEncoder(uploadForm(datasetId, file));
    const idle = idleTimer(options.signal, options.timeout ?? api.config.timeout);
    let failure: unknown;
    try {
      const init = {
        method: "POST",
        headers: { ...api.headers, ...options.headers, "Content-Type": encoder.contentType },
        body: streamOf(encoder.encode()),
        signal: idle.signal,
      };
      const response = await (context.sendStream
        ? context.sendStream(url, init)
        : api.config.fetchOnce(url, { ...init, duplex: "half" } as RequestInit));
      const text = await response.text();
      if (response.ok) return (JSON.parse(text) as { file_id: string }).file_id;
      failure = (await failures()).statusError(api.config.apiKeySource, request, response.status, response.headers, text);
    } catch (cause) {
      if (isCallbackFailure(cause)) throw cause;
      if (options.signal?.aborted) throw abortError(options.signal);
      failure = (await failures()).attemptFailed(request, cause, idle.timedOut ? (options.timeout ?? api.config.timeout) : undefined);
    } finally {
      idle.dispose();
    }
    if (definitelyRefused(failure)) throw failure;
    // The file may be there: ask the dataset before sending it again.
    let arrived: DatasetFile | undefined;
    try {
      arrived = (await files(context, datasetId, { signal: options.signal })).find(
        (f) => f.file_name === blob.name && f.size_bytes === blob.data.size,
      );
    } catch (asked) {
      throw new DatasetOutcomeUnknownError(
        `${blob.name} may or may not have arrived in ${datasetId} (${(failure as Error).message.replace(/\.$/, "")}), and listing the dataset's files failed too (${(asked as Error).message.replace(/\.$/, "")}). List them with sutro.datasets.files("${datasetId}") before uploading it again.`,
        { cause: failure },
      );
    }
    if (arrived) return arrived.file_id;
    if (attempt >= tries) throw failure;
  }
}

export async function download(
  context: DatasetsContext,
  datasetId: string,
  fileName: string | undefined,
  params: DatasetDownloadParams,
): Promise<DownloadResult | DownloadResult[]> {
  const id = checkPathParam(datasetId, "datasetId");
  const { to, onProgress, ...rest } = params ?? ({} as DatasetDownloadParams);
  const options = checkRequestOptions(rest);
  const target = downloadTarget(to, onProgress, context.openFile);
  if (fileName !== undefined) return downloadOne(context, id, checkName(fileName, "download()"), target.open, options, onProgress);
  if (target.path === undefined) throw new InvalidRequestError("Every file of a dataset goes into a directory: give `to` as a path.");
  const folder = /[\\/]$/.test(target.path) ? target.path : `${target.path}/`;
  const intoFolder: DownloadTarget["open"] = (artifact, owner) => target.open(artifact, owner, folder);
  const results: DownloadResult[] = [];
  for (const file of await files(context, id, options)) {
    results.push(await downloadOne(context, id, checkName(file.file_name, "download()"), intoFolder, options, onProgress));
  }
  return results;
}

async function downloadOne(
  context: DatasetsContext,
  datasetId: string,
  fileName: string,
  open: DownloadTarget["open"],
  options: RequestOptions,
  onProgress: DatasetDownloadParams["onProgress"],
): Promise<DownloadResult> {
  const { api } = context;
  const url = `${api.config.apiURL}/download-from-dataset`;
  const request = { method: "POST", url };
  const body = JSON.stringify({ dataset_id: datasetId, file_name: fileName });
  const idle = idleTimer(options.signal, options.timeout ?? api.config.timeout);
  let sink: ByteSink | undefined;
  let bytes = 0;
  try {
    const response = await api.config.fetch(url, {
      method: "POST",
      headers: { ...api.headers, ...options.headers, "Content-Type": "application/json" },
      body,
      signal: idle.signal,
    });
    const type = response.headers.get("content-type") ?? "";
    if (!response.ok) {
      throw (await failures()).statusError(api.config.apiKeySource, request, response.status, response.headers, await response.text());
    }
    if (type.includes("json") || !response.body) {
      const text = await response.text();
      throw new DownloadError(
        `POST /download-from-dataset answered a JSON body instead of ${fileName}: ${text.slice(0, 300)}. Nothing was written.`,
        {
          status: response.status,
          request,
          body: text,
        },
      );
    }
    const total = Number(response.headers.get("content-length") ?? 0) || 0;
    sink = await open({ filename: fileName, key: `${datasetId}/${fileName}`, size_bytes: total }, datasetId);
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      await sink.write(value);
      idle.touch();
      bytes += value.length;
      notify(onProgress, { fileName, bytesDone: bytes, totalBytes: total });
    }
    if (total && bytes !== total)
      throw new DownloadError(`${fileName} ended at byte ${bytes} of ${total}. Nothing was left at the destination.`, { request });
    const path = await sink.finish();
    return { path, bytes, etag: undefined, resumes: 0, restarts: 0 };
  } catch (error) {
    await sink?.abandon(error, false).catch(() => {});
    if (isCallbackFailure(error)) throw userError(error);
    if (options.signal?.aborted) throw abortError(options.signal);
    if (error instanceof APIError || error instanceof InvalidRequestError) throw error;
    throw (await failures()).attemptFailed(request, error, idle.timedOut ? (options.timeout ?? api.config.timeout) : undefined);
  } finally {
    idle.dispose();
  }
}
