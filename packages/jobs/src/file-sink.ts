import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { ByteSink, OpenFile } from "./download.ts";

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

/** Whether a read or a write of `path` is allowed without asking; Deno's entry answers from its permissions. */
export type Permitted = (kind: "read" | "write", path: string) => boolean;

const isDirectory = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

/**
 * File sinks through Node's file APIs (which Deno and Bun implement): the bytes go to a hidden temporary
 * file beside the destination, renamed into place only once complete and checked, so an interrupted download
 * never leaves a file under the final name. A directory as `to` gets the results file's own name in it.
 * With `permitted`, a write that would need a permission not granted fails at once, rather than prompting.
 */
export function fileSinks(permitted?: Permitted): OpenFile {
  return async (to, filename) => {
    const directory = (permitted?.("read", to) ?? true) && (await isDirectory(to));
    const target = directory ? join(to, filename || "results.parquet") : to;
    const folder = dirname(target);
    // Renaming the finished file into place reads it as well as writing it (Deno asks for both).
    if (permitted && !(permitted("write", folder) && permitted("read", folder))) {
      throw new Error(`writing to ${folder} needs a permission not granted (Deno: --allow-read=${folder} --allow-write=${folder})`);
    }
    return openFileSink(target);
  };
}

/** A sink writing `target` through a temporary file beside it. */
async function openFileSink(target: string): Promise<ByteSink> {
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
