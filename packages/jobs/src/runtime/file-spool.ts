/**
 * A ReadableStream given to `datasets.upload()`, written to a temporary file and read back from it (file-bytes.ts):
 * the upload checks its footer and may send it twice, and memory stays bounded however big the stream. The file
 * goes when the upload is over.
 */
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Spool } from "../model/files.ts";
import { fileBytes } from "./file-bytes.ts";
import type { Permitted } from "./file-sink.ts";

/**
 * The entry's spool. With `permitted` (Deno), a run that may not write and read the temporary directory, or
 * may not learn where it is, keeps the stream in memory instead, as it did before spooling: an upload that
 * works without `--allow-write` goes on working, with no permission prompt.
 */
export function fileSpool(permitted?: Permitted, temporaryDirectory: () => string | undefined = tmpdir): Spool {
  return async (stream) => {
    const temporary = temporaryDirectory();
    if (temporary === undefined || (permitted && !(permitted("write", temporary) && permitted("read", temporary)))) return undefined;
    const dir = await mkdtemp(join(temporary, "sutro-upload-"));
    const dispose = () => rm(dir, { recursive: true, force: true });
    try {
      const path = join(dir, "upload.parquet");
      const file = await open(path, "w");
      try {
        const reader = stream.getReader();
        for (let read = await reader.read(); !read.done; read = await reader.read()) await file.write(read.value);
      } finally {
        await file.close();
      }
      return { data: await fileBytes(path), dispose };
    } catch (error) {
      await dispose();
      throw error;
    }
  };
}
