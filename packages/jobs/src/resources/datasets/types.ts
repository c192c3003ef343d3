/** What the datasets resource takes and gives. */
import type { RequestOptions } from "../../config/options.ts";
import type { DownloadProgress, OpenBlobs, OpenFile, SendStream, Spool } from "../../model/files.ts";
import type { Schemas } from "../../model/types.ts";
import type { OperationCaller } from "../../operations/operation.ts";
import type { Api } from "../../operations/request.ts";

/** A dataset of the account, as the API sends it (wire names). */
export type Dataset = Schemas["Dataset"];
/** A file of a dataset, as the API sends it (wire names). */
export type DatasetFile = Schemas["DatasetFile"];

/** A file to upload from memory or a stream (every entry, browsers included): its name in the dataset, and its bytes. */
export interface DatasetFileInput {
  /** The file's name in the dataset, unique there: a plain file name, e.g. `reviews-0001.parquet`. */
  name: string;
  /**
   * The Parquet file's bytes. A ReadableStream is kept in a temporary file first on Node and Bun (in memory on Deno
   * and in browsers): it must be checked before it is sent, and may be sent twice. A Blob is read as it is sent.
   */
  data: Blob | ReadableStream<Uint8Array>;
}

/**
 * What `upload()` takes: a path (Node, Deno and Bun: a Parquet file, or a directory's `.parquet` files in name
 * order), a `{ name, data }`, or an array of either.
 */
export type UploadFiles = string | DatasetFileInput | readonly (string | DatasetFileInput)[];

/** How far an upload has come, told as the bytes go out. */
export interface UploadProgress {
  /** The file being sent. */
  fileName: string;
  /** Bytes of every file sent so far. */
  bytesDone: number;
  /** The size of every file together. */
  totalBytes: number;
}

/** What `upload()` takes besides the files. */
export interface UploadParams extends Omit<RequestOptions, "deadline"> {
  /** The dataset to add the files to; without it a new dataset is created (after every file passed its checks). */
  datasetId?: string | undefined;
  /** Told the bytes sent after each chunk. */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
}

/** What `upload()` did: the dataset, and each file's id in upload order. */
export interface UploadResult {
  /** The dataset the files went into: the one given, or the one created. */
  datasetId: string;
  /** Each file's name and its id in the dataset, in upload order. */
  files: { fileName: string; fileId: string }[];
}

/** Where `download()` writes, and how to follow it. */
export interface DatasetDownloadParams extends Omit<RequestOptions, "deadline"> {
  /**
   * A path (Node, Deno and Bun; a directory gets the file's own name in it), or a WritableStream (every entry,
   * one file only). A path is written through a temporary file renamed into place once complete.
   */
  to: string | WritableStream<Uint8Array>;
  /** Told the bytes done and the total after each chunk (the total is 0 when the server does not say it). */
  onProgress?: ((progress: DownloadProgress & { fileName: string }) => void) | undefined;
}

/** What the datasets' lazy code needs of the client. */
export interface DatasetsContext {
  api: Api;
  call: OperationCaller;
  openBlobs?: OpenBlobs | undefined;
  /** Where a ReadableStream to upload is kept (a temporary file); none: in memory. */
  spool?: Spool | undefined;
  openFile?: OpenFile | undefined;
  /** The entry's sender of streamed uploads, when its fetch would hold them in memory and the caller gave no fetch. */
  sendStream?: SendStream | undefined;
}
