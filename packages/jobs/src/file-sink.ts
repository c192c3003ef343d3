import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { ByteSink } from "./download.ts";

/** Opens for writing, resolving once the file is open, so a path that cannot be written fails here. */
function openStream(path: string): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    // Big buffers: a download writes a few large chunks rather than many small ones.
    const stream = createWriteStream(path, { flags: "w", highWaterMark: 1 << 20 });
    stream.once("error", reject);
    stream.once("open", () => {
      stream.off("error", reject);
      resolve(stream);
    });
  });
}

function closeStream(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once("error", reject);
    stream.end(() => resolve());
  });
}

const isDirectory = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

/**
 * A file sink through Node's file APIs (which Deno and Bun implement): the bytes go to a hidden temporary
 * file beside the destination, renamed into place only once complete and checked, so an interrupted download
 * never leaves a file under the final name. A directory as `to` gets the results file's own name in it.
 */
export async function openFileSink(to: string, filename: string | undefined): Promise<ByteSink> {
  const target = (await isDirectory(to)) ? join(to, filename || "results.parquet") : to;
  const temporary = join(dirname(target), `.${basename(target)}.${Math.random().toString(36).slice(2, 10)}.partial`);
  let stream = await openStream(temporary);
  let failed: Error | undefined;
  const watch = (s: WriteStream) =>
    s.on("error", (error) => {
      failed = error;
    });
  watch(stream);
  return {
    write(chunk) {
      if (failed) return Promise.reject(failed);
      if (stream.write(chunk)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const onError = (error: Error) => {
          stream.off("drain", onDrain);
          reject(error);
        };
        const onDrain = () => {
          stream.off("error", onError);
          resolve();
        };
        stream.once("drain", onDrain);
        stream.once("error", onError);
      });
    },
    async restart() {
      await closeStream(stream);
      stream = await openStream(temporary);
      watch(stream);
      return true;
    },
    async finish() {
      await closeStream(stream);
      if (failed) throw failed;
      await rename(temporary, target);
      return target;
    },
    async abandon() {
      stream.destroy();
      await rm(temporary, { force: true });
    },
  };
}
