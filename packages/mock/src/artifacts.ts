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

export function etagOf(seed: number, key: string, size: number): string {
  return `"${hash32(`${seed}:${key}:${size}`).toString(16)}"`;
}

/** The bytes of `[start, end)` of an artifact, chunk by chunk; any chunk can be made on its own, so ranges cost nothing extra. */
export function* artifactBytes(seed: number, key: string, start: number, end: number): Generator<Uint8Array> {
  for (let at = start; at < end; ) {
    const index = Math.floor(at / CHUNK);
    const chunk = new Uint8Array(CHUNK);
    let state = hash32(`${seed}:${key}:${index}`) || 1;
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
  sizes: ReadonlyMap<string, number>,
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
  const size = sizes.get(key);
  const expiresAt = Number(url.searchParams.get("X-Amz-Date")) + Number(url.searchParams.get("X-Amz-Expires"));
  if (size === undefined || url.searchParams.get("X-Amz-Signature") !== sign(seed, key, expiresAt))
    return xml(403, "SignatureDoesNotMatch");
  if (nowSeconds > expiresAt) return xml(403, "AccessDenied: Request has expired");
  if (method !== "GET" && method !== "HEAD") return xml(405, "MethodNotAllowed");
  const etag = etagOf(seed, key, size);
  const base = { etag, "accept-ranges": "bytes", "content-type": "application/vnd.apache.parquet" };
  const range = /^bytes=(\d+)-$/.exec(headers.get("range") ?? "");
  const ifRange = headers.get("if-range");
  const start = range && (ifRange === null || ifRange === etag) ? Number(range[1]) : undefined;
  if (start !== undefined && start >= size) return { status: 416, headers: { ...base, "content-range": `bytes */${size}` } };
  if (start !== undefined) {
    const partial = { ...base, "content-length": String(size - start), "content-range": `bytes ${start}-${size - 1}/${size}` };
    return method === "HEAD" ? { status: 206, headers: partial } : { status: 206, headers: partial, range: [start, size] };
  }
  const whole = { ...base, "content-length": String(size) };
  return method === "HEAD" ? { status: 200, headers: whole } : { status: 200, headers: whole, range: [0, size] };
}
