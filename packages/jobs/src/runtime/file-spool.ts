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

export const spoolToFile: Spool = async (stream) => {
  const dir = await mkdtemp(join(tmpdir(), "sutro-upload-"));
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
