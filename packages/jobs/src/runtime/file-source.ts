/**
 * Local input files for `infer()`, through Node's file API (which Deno and Bun implement). A file that is
 * not there, a directory or one that cannot be read is a typed error naming it, before any request; on
 * Deno, a read not granted is said with the flag to grant, never a prompt.
 */
import { readFile } from "node:fs/promises";
import { InvalidRequestError } from "../errors/errors.ts";
import type { ReadFile } from "../lib/infer/types.ts";
import type { Permitted } from "./file-sink.ts";

const WHY = new Map([
  ["ENOENT", "does not exist"],
  ["EISDIR", "is a directory, not a file"],
  ["EACCES", "cannot be read (permission denied)"],
]);

/** Refuses a read the run may not make (Deno without --allow-read for it), with the flag to grant. */
export function checkReadPermitted(permitted: Permitted | undefined, path: string): void {
  if (permitted && !permitted("read", path)) {
    throw new InvalidRequestError(`Reading ${path} needs a permission not granted (Deno: --allow-read=${path}).`);
  }
}

/** A file that is not there, a directory, or one that cannot be read, in words naming it. */
export function unreadable(path: string, cause: unknown): InvalidRequestError {
  const code = (cause as { code?: unknown }).code;
  return new InvalidRequestError(`${path} ${WHY.get(code as string) ?? `cannot be read (${(cause as Error).message})`}.`);
}

export function fileSource(permitted?: Permitted): ReadFile {
  return async (path) => {
    checkReadPermitted(permitted, path);
    try {
      return new Uint8Array(await readFile(path));
    } catch (cause) {
      throw unreadable(path, cause);
    }
  };
}
