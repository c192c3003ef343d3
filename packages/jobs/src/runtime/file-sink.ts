import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { type ByteSink, isPlainFileName, type OpenFile } from "../model/files.ts";
import type { ResultsUrl } from "../model/types.ts";

/** Opens for writing (or appending), resolving once the file is open, so a path that cannot be written fails here. */
function openStream(path: string, flags: "w" | "a"): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    // Big buffers: a download writes a few large chunks rather than many small ones.
    const stream = createWriteStream(path, { flags, highWaterMark: 1 << 20 });
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
 * File sinks through Node's file APIs (which Deno and Bun implement). The bytes go to a hidden file beside
 * the destination (`.NAME.partial`), renamed into place only once complete and checked, so an interrupted
 * download never leaves a file under the final name. An interrupted download keeps that file, with the
 * file's ETag beside it (`.NAME.partial.json`): the same download, run again, resumes it. A directory as `to`
 * gets the results file's own name in it. With `permitted`, a write that would need a permission not
 * granted fails at once, rather than prompting.
 */
export function fileSinks(permitted?: Permitted): OpenFile {
  return async (to, artifact, jobId) => {
    // A trailing separator means a folder, made if missing, before any byte is fetched.
    const folderNamed = /[\\/]$/.test(to);
    const directory = folderNamed || ((permitted?.("read", to) ?? true) && (await isDirectory(to)));
    const target = directory ? inside(to, fileName(artifact.filename, jobId)) : to;
    const folder = dirname(target);
    // Renaming the finished file into place reads it as well as writing it (Deno asks for both).
    if (permitted && !(permitted("write", folder) && permitted("read", folder))) {
      throw new Error(`writing to ${folder} needs a permission not granted (Deno: --allow-read=${folder} --allow-write=${folder})`);
    }
    if (folderNamed) await mkdir(to, { recursive: true });
    return openFileSink(target, artifact);
  };
}

/**
 * The name a results file takes in a folder: the server's `filename` when it is a plain file name (no
 * separator, not `.` or `..`, no control character), else `<jobId>.parquet`. A name from the server is
 * never trusted with a path: `../../x` would write outside the folder.
 */
function fileName(given: string | undefined, jobId: string): string {
  return isPlainFileName(given) ? given : `${jobId}.parquet`;
}

/** `folder/name`, checked to stay inside `folder`. */
function inside(folder: string, name: string): string {
  const target = join(folder, name);
  const path = relative(resolve(folder), resolve(target));
  if (path === "" || path.startsWith("..") || resolve(path) === path) throw new Error(`${name} would be written outside ${folder}`);
  return target;
}

/** Which results file kept bytes belong to: its key and size. */
const identityOf = (artifact: ResultsUrl["artifact"]) => `${artifact.key ?? artifact.filename ?? ""}:${artifact.size_bytes}`;

/** Bytes an interrupted download of this same file kept, with the ETag they were sent under. */
async function keptBytes(partial: string, state: string, artifact: ResultsUrl["artifact"]): Promise<ByteSink["kept"]> {
  try {
    const saved = JSON.parse(await readFile(state, "utf8")) as { identity?: unknown; etag?: unknown };
    if (saved.identity !== identityOf(artifact) || typeof saved.etag !== "string") return undefined;
    const { size } = await stat(partial);
    return size > 0 && size <= artifact.size_bytes ? { bytes: size, etag: saved.etag } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Taken for as long as a download writes `.NAME.partial`: a second download to the same path would mix its
 * bytes into the first's. Created exclusively, removed however the download ends; a process killed outright
 * leaves it, and the message says to remove it (as git does with index.lock).
 */
async function lockFor(partial: string, target: string): Promise<string> {
  const lock = `${partial}.lock`;
  try {
    await writeFile(lock, "", { flag: "wx" });
  } catch (error) {
    if ((error as { code?: unknown }).code !== "EEXIST") throw error;
    throw new Error(`another download to ${target} is under way (${lock} exists; if no download is running, remove that file)`);
  }
  return lock;
}

/** A sink writing `target` through `.NAME.partial` beside it, resuming what an earlier download kept there. */
async function openFileSink(target: string, artifact: ResultsUrl["artifact"]): Promise<ByteSink> {
  const partial = join(dirname(target), `.${basename(target)}.partial`);
  const state = `${partial}.json`;
  const lock = await lockFor(partial, target);
  const unlock = () => rm(lock, { force: true });
  let kept: ByteSink["kept"];
  let stream: WriteStream;
  try {
    kept = await keptBytes(partial, state, artifact);
    if (!kept) await rm(state, { force: true });
    stream = await openStream(partial, kept ? "a" : "w");
  } catch (error) {
    await unlock();
    throw error;
  }
  let failed: Error | undefined;
  const watch = (s: WriteStream) =>
    s.on("error", (error) => {
      failed = error;
    });
  watch(stream);
  return {
    kept,
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
      stream = await openStream(partial, "w");
      watch(stream);
      return true;
    },
    remember: (etag, current = artifact) => writeFile(state, JSON.stringify({ identity: identityOf(current), etag })),
    async finish() {
      await closeStream(stream);
      if (failed) throw failed;
      await rename(partial, target);
      await Promise.all([rm(state, { force: true }), unlock()]);
      return target;
    },
    async abandon(_reason, keep) {
      try {
        if (keep && !failed) {
          // Everything handed to the stream reaches the disk, so the next download resumes from its true size.
          await closeStream(stream);
          return;
        }
        stream.destroy();
        await Promise.all([rm(partial, { force: true }), rm(state, { force: true })]);
      } finally {
        await unlock();
      }
    },
  };
}
