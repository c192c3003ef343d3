/**
 * Local files for `datasets.upload()`, read where they are as they are sent (file-bytes.ts), never held whole
 * in memory. A directory gives its `.parquet` files in
 * name order. A path that is missing or unreadable is a typed error naming it, before any request; on Deno, a
 * read not granted is said with the flag to grant.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { InvalidRequestError } from "../errors/errors.ts";
import type { NamedBlob, OpenBlobs } from "../model/files.ts";
import { fileBytes } from "./file-bytes.ts";
import type { Permitted } from "./file-sink.ts";
import { checkReadPermitted, unreadable } from "./file-source.ts";

export function fileBlobs(permitted?: Permitted): OpenBlobs {
  const refuse = (path: string, cause: unknown): never => {
    throw unreadable(path, cause);
  };
  const open = async (path: string): Promise<NamedBlob> => ({
    name: basename(path),
    data: await fileBytes(path).catch((cause: unknown) => refuse(path, cause)),
  });
  return async (path) => {
    checkReadPermitted(permitted, path);
    const found = await stat(path).catch((cause: unknown) => refuse(path, cause));
    if (!found.isDirectory()) return [await open(path)];
    const names = (await readdir(path).catch((cause: unknown) => refuse(path, cause))).filter((name) => name.endsWith(".parquet")).sort();
    if (names.length === 0) throw new InvalidRequestError(`${path} is a directory without .parquet files.`);
    return Promise.all(names.map((name) => open(join(path, name))));
  };
}
