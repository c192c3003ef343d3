/** Where downloads write: shared by every resource that downloads a file (results files, datasets' files). */
import type { ResultsUrl } from "./types.ts";

/** Where downloaded bytes go: a file written beside its final name, or a caller's WritableStream. */
export interface ByteSink {
  /** Bytes kept from an earlier, interrupted download of the same file, and the ETag they belong to. */
  readonly kept?: { bytes: number; etag: string } | undefined;
  /** Appends a chunk; resolves once it may take the next. */
  write(chunk: Uint8Array): Promise<void>;
  /** Drops every byte written, to start over; false when it cannot (a stream that already passed them on). */
  restart(): Promise<boolean>;
  /**
   * The file's ETag, as storage sent it, and the file results-url describes (it changes when the file was
   * replaced mid-way): kept beside the bytes, so that a later download can resume them.
   */
  remember?(etag: string, artifact?: ResultsUrl["artifact"]): Promise<void>;
  /** Everything arrived and was checked: flush and put the result in place. Resolves to the final path, if a file. */
  finish(): Promise<string | undefined>;
  /**
   * The download failed. `keep`: it was interrupted (aborted, or the transfer kept breaking off), so bytes a
   * later download can resume may stay under a name that never looks finished; otherwise nothing stays.
   */
  abandon(reason: unknown, keep: boolean): Promise<void>;
}

/**
 * Opens a file sink for `to`, for the results file `artifact` describes: its own name (when a plain file
 * name, else `<jobId>.parquet`) is used when `to` is a directory, its key and size tell whether bytes kept
 * from an earlier download belong to it.
 */
export type OpenFile = (to: string, artifact: ResultsUrl["artifact"], jobId: string) => Promise<ByteSink>;

/** A caller's WritableStream as a sink: it can take bytes, but not take them back. */
export function streamSink(stream: WritableStream<Uint8Array>): ByteSink {
  const writer = stream.getWriter();
  return {
    write: (chunk) => writer.write(chunk),
    restart: async () => false,
    finish: async () => {
      await writer.close();
      return undefined;
    },
    abandon: (reason) => writer.abort(reason),
  };
}

/**
 * A file's bytes where they are, read a range at a time or streamed, never whole: a Blob, or a local file
 * (runtime/file-bytes.ts).
 */
export interface FileBytes {
  /** Bytes in all. */
  readonly size: number;
  /** Bytes [start, end), to read. */
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
  /** Every byte, in order, read as the stream is. */
  stream(): ReadableStream<Uint8Array>;
}

/** A file to upload: its name (unique in the dataset) and its bytes. */
export interface NamedBlob {
  /** The file's name in the dataset. */
  name: string;
  /** Its bytes, read as they are sent. */
  data: FileBytes;
}

/** The files a local path names: the file itself, or a directory's `.parquet` files in name order. */
export type OpenBlobs = (path: string) => Promise<NamedBlob[]>;

/**
 * A stream's bytes kept where they can be read again, for an upload to check and, if need be, send twice:
 * a temporary file where the entry has files; `dispose` removes it. Undefined, before reading anything, where
 * no temporary file may be written (Deno without `--allow-write`): the stream is then kept in memory.
 */
export type Spool = (stream: ReadableStream<Uint8Array>) => Promise<{ data: FileBytes; dispose: () => Promise<void> } | undefined>;

/** How far a download has come, told after each chunk. */
export interface DownloadProgress {
  /** Bytes of the file written so far. */
  bytesDone: number;
  /** The file's size, as results-url announced it. */
  totalBytes: number;
}

/** What a finished download did. */
export interface DownloadResult {
  /** The file written, or undefined for a WritableStream. */
  path: string | undefined;
  /** Bytes written: the file's size, checked against the announced `size_bytes`. */
  bytes: number;
  /** The file's ETag, as storage sent it. */
  etag: string | undefined;
  /** Times the transfer resumed where it broke off (Range + If-Range). */
  resumes: number;
  /** Times it started over from byte 0 (the file changed, or storage ignored the Range). */
  restarts: number;
}

/**
 * Sends a request with a streamed body (an upload) and resolves to the answer, read whole: the part of a
 * Response an upload reads. Where the runtime's fetch reads such a body ahead of the connection (Node's does),
 * the entry gives one that waits for it.
 */
export type SendStream = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: ReadableStream<Uint8Array>; signal: AbortSignal },
) => Promise<Pick<Response, "ok" | "status" | "headers" | "text">>;

/**
 * A name that stays inside any folder it is joined to: no separator, not `.` or `..`, no control character.
 * A name from a server or a caller is never trusted with a path: `../../x` would write outside the folder.
 */
export function isPlainFileName(name: unknown): name is string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  return typeof name === "string" && name !== "." && name !== ".." && /^[^/\\\u0000-\u001f\u007f]+$/.test(name);
}
