/**
 * Results files behind presigned URLs, as object storage serves them: made on the fly from the seed (a
 * gigabyte costs no memory), with HEAD, `Range: bytes=N-`, `If-Range` and an `ETag`; URLs that expire
 * (403) and a 400 for any request that carries an Authorization header, so a client that leaks the key to
 * storage fails loudly.
 */
import { hash32 } from "./random.ts";

/** Where the mock serves artifacts, outside the API's /v1. */
export const ARTIFACT_PREFIX = "/__artifacts/";

const CHUNK = 64 * 1024;

/** The signature of a presigned URL: bound to the key, the expiry and the mock's seed. */
export function sign(seed: number, key: string, expiresAt: number): string {
  return `${hash32(`${seed}|${key}|${expiresAt}`).toString(16)}${hash32(`${key}|${expiresAt}|${seed}`).toString(16)}`;
}

/** A results file as storage holds it: its size, and its version (a replaced file has new bytes and a new ETag). */
export interface StoredArtifact {
  size: number;
  version: number;
  /** The file's bytes, when it is a real file (a Parquet file of the job's results); otherwise made on the fly. */
  bytes?: Uint8Array | undefined;
}

export function etagOf(seed: number, key: string, file: StoredArtifact): string {
  return `"${hash32(`${seed}:${key}:${file.size}:${file.version}`).toString(16)}"`;
}

/**
 * The bytes of `[start, end)` of an artifact's version, chunk by chunk; any chunk can be made on its own, so
 * ranges cost nothing extra. Past the file's end the same sequence goes on (a wrong Content-Length sends them).
 */
export function* artifactBytes(seed: number, key: string, version: number, start: number, end: number): Generator<Uint8Array> {
  for (let at = start; at < end; ) {
    const index = Math.floor(at / CHUNK);
    const chunk = new Uint8Array(CHUNK);
    let state = hash32(`${seed}:${key}:${version}:${index}`) || 1;
    for (let i = 0; i < CHUNK; i += 4) {
      // xorshift32: cheap, repeatable bytes.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      chunk[i] = state & 0xff;
      chunk[i + 1] = (state >>> 8) & 0xff;
      chunk[i + 2] = (state >>> 16) & 0xff;
      chunk[i + 3] = (state >>> 24) & 0xff;
    }
    const from = at - index * CHUNK;
    const to = Math.min(CHUNK, end - index * CHUNK);
    yield chunk.subarray(from, to);
    at = index * CHUNK + to;
  }
}

/** What a request for an artifact gets: status, headers, and the byte range to send (none for HEAD or an error). */
export interface ArtifactAnswer {
  status: number;
  headers: Record<string, string>;
  body?: string;
  range?: [number, number];
}

/** Answers GET or HEAD on a presigned artifact URL at `nowSeconds`. */
export function answerArtifact(
  seed: number,
  files: ReadonlyMap<string, StoredArtifact>,
  method: string,
  url: URL,
  headers: { get(name: string): string | null },
  nowSeconds: number,
): ArtifactAnswer {
  const xml = (status: number, code: string) => ({
    status,
    headers: { "content-type": "application/xml" },
    body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`,
  });
  if (headers.get("authorization") !== null) return xml(400, "InvalidArgument: Only one auth mechanism allowed");
  const key = decodeURIComponent(url.pathname.slice(ARTIFACT_PREFIX.length));
  const file = files.get(key);
  const expiresAt = Number(url.searchParams.get("X-Amz-Date")) + Number(url.searchParams.get("X-Amz-Expires"));
  if (file === undefined || url.searchParams.get("X-Amz-Signature") !== sign(seed, key, expiresAt))
    return xml(403, "SignatureDoesNotMatch");
  if (nowSeconds > expiresAt) return xml(403, "AccessDenied: Request has expired");
  if (method !== "GET" && method !== "HEAD") return xml(405, "MethodNotAllowed");
  const { size } = file;
  const etag = etagOf(seed, key, file);
  const base = { etag, "accept-ranges": "bytes", "content-type": "application/vnd.apache.parquet" };
  // `bytes=N-` (the rest, to resume) or `bytes=N-M` (a slice, as Parquet readers ask), as object storage takes them.
  const range = /^bytes=(\d+)-(\d*)$/.exec(headers.get("range") ?? "");
  const ifRange = headers.get("if-range");
  const start = range && (ifRange === null || ifRange === etag) ? Number(range[1]) : undefined;
  if (start !== undefined && start >= size) return { status: 416, headers: { ...base, "content-range": `bytes */${size}` } };
  if (start !== undefined) {
    const end = range?.[2] ? Math.min(Number(range[2]) + 1, size) : size;
    const partial = { ...base, "content-length": String(end - start), "content-range": `bytes ${start}-${end - 1}/${size}` };
    return method === "HEAD" ? { status: 206, headers: partial } : { status: 206, headers: partial, range: [start, end] };
  }
  const whole = { ...base, "content-length": String(size) };
  return method === "HEAD" ? { status: 200, headers: whole } : { status: 200, headers: whole, range: [0, size] };
}
