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

/**
 * The entry's spool, writing in the temporary directory `temporaryDirectory` gives. Where it gives none (Deno
 * without the permissions to use one: deno-host.ts), the stream is kept in memory instead, as it was before
 * spooling: an upload that works without `--allow-write` goes on working, with no permission prompt.
 */
export function fileSpool(temporaryDirectory: () => string | undefined = tmpdir): Spool {
  return async (stream) => {
    const temporary = temporaryDirectory();
    if (temporary === undefined) return undefined;
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
