/**
 * A file the CLI writes (`results -o FILE`): through a hidden temporary file beside it, renamed into place
 * once everything is written, so an interrupted or failed write never leaves a half file under the name.
 * Where it cannot be written (a directory, a missing folder, no permission) is said in one line, before
 * anything is asked of the API.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CannotWriteError } from "./errors.ts";

export interface OutFile {
  stream: WriteStream;
  /** Puts the written file in place under its name. */
  commit(): Promise<void>;
  /** Removes what was written; the name is left as it was. */
  discard(): Promise<void>;
}

const why = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** Opens `path` for writing through a temporary file, or says in one line why it cannot be written. */
export async function openOutFile(path: string): Promise<OutFile> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new CannotWriteError(`Cannot write ${path}: it is a directory; give a file name.`);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const stream = createWriteStream(temp);
  await new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", reject);
  }).catch((error) => {
    throw new CannotWriteError(`Cannot write ${path}: ${why(error)}${why(error) === "ENOENT" ? " (the folder does not exist)" : ""}.`);
  });
  // A write that fails later rejects the write itself, never an unhandled 'error' event.
  stream.on("error", () => {});
  const close = () => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return {
    stream,
    async commit() {
      try {
        await close();
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true });
        throw new CannotWriteError(`Cannot write ${path}: ${why(error)}.`);
      }
    },
    async discard() {
      stream.destroy();
      await rm(temp, { force: true });
    },
  };
}
