/**
 * Where a download writes (a results file, a dataset's file), checked before anything is sent: a caller's
 * WritableStream, or a path where the entry can write files; and the progress callback beside it.
 */
import { InvalidRequestError } from "../errors/errors.ts";
import { type ByteSink, type OpenFile, streamSink } from "../model/files.ts";

export interface DownloadTarget {
  /** The sink for one file (its name, key and size), of `owner` (a job or dataset id), at `path` (default: `to`). */
  open: (artifact: Parameters<OpenFile>[1], owner: string, path?: string) => Promise<ByteSink>;
  /** `to` when it is a path; undefined for a WritableStream. */
  path: string | undefined;
}

export function downloadTarget(to: unknown, onProgress: unknown, openFile: OpenFile | undefined): DownloadTarget {
  if (onProgress !== undefined && typeof onProgress !== "function") throw new InvalidRequestError("onProgress must be a function.");
  if (typeof (to as WritableStream | undefined)?.getWriter === "function") {
    const stream = to as WritableStream<Uint8Array>;
    return { open: async () => streamSink(stream), path: undefined };
  }
  if (typeof to !== "string" || to === "") throw new InvalidRequestError("download() needs `to`: a path, or a WritableStream.");
  if (!openFile) throw new InvalidRequestError("This entry (browsers, workers) writes no files: pass a WritableStream as `to`.");
  return { open: (artifact, owner, path = to) => openFile(path, artifact, owner), path: to };
}
