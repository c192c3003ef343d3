import { hash32 } from "./random.ts";

/**
 * Cursors are opaque to clients but plain to the mock: an offset and a check
 * bound to the dataset's fingerprint, so a cursor stays valid across restarts
 * with the same seed, and an edited or foreign one is refused with 422.
 */
function check(fingerprint: string, offset: number): string {
  return hash32(`${fingerprint}#${offset}`).toString(36);
}

export function encodeCursor(fingerprint: string, offset: number): string {
  return btoa(`o${offset}.${check(fingerprint, offset)}`)
    .replace(/=+$/, "")
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
}

/** The offset the cursor points at, or undefined when this server did not issue it. */
export function decodeCursor(fingerprint: string, cursor: string, size: number): number | undefined {
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return undefined;
  }
  const match = /^o(\d+)\.([0-9a-z]+)$/.exec(text);
  if (!match) return undefined;
  const offset = Number(match[1]);
  if (!(offset > 0 && offset < size) || match[2] !== check(fingerprint, offset)) return undefined;
  return offset;
}
