/**
 * The Node entry's sender of the SDK's own API calls, through node:http(s) rather than Node's fetch.
 *
 * Node's fetch (undici) registers every response's body stream in a FinalizationRegistry behind a WeakRef,
 * and Node 20's young-generation collections keep whatever a WeakRef points to: every answer's stream,
 * buffers and request state survive until a full collection. Over a long `iterate()` that is 0.8 MB pushed
 * into the old generation per minor collection, and V8 grows the heap to match (bench/limits.md: peak RSS
 * 60-75 MB over 1M jobs, against about 30 through this module). The transport reads every answer whole, so
 * nothing here needs a Response or a stream: the bytes, decoded as fetch decodes them, are the answer.
 *
 * What fetch would do and this does too: keep-alive connections, `Accept-Encoding` with gzip, deflate and
 * br decoded, same-origin redirects followed (303, and 301/302 after a POST, become a GET), the signal
 * aborting the request or its body. What it does not: a redirect to another origin comes back as the 3xx
 * it is, so the key never travels there, and a request that must not be sent twice goes out on a
 * connection of its own. Used only when the client has no `fetch` of the caller's.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { pipeline, type Readable } from "node:stream";
import { constants, createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Answer, Exchange } from "../transport/transport.ts";

// An idle connection is closed after 4 s: servers commonly close theirs after 5 (uvicorn, the mock), and a
// request sent on one the server is closing fails before an answer.
const IDLE_MS = 4_000;
const agents = {
  "http:": new HttpAgent({ keepAlive: true, timeout: IDLE_MS }),
  "https:": new HttpsAgent({ keepAlive: true, timeout: IDLE_MS }),
};
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
// Lenient with a compressed body cut at a flush point, as fetch is.
const SYNC = { flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH };

/** The streams that undo the answer's Content-Encoding, last applied first; none for a coding fetch would not decode either. */
function decoders(response: IncomingMessage) {
  const codings = (response.headers["content-encoding"] ?? "").toLowerCase().split(",");
  const steps = [];
  for (const coding of codings.map((c) => c.trim()).reverse()) {
    if (coding === "gzip" || coding === "x-gzip") steps.push(createGunzip(SYNC));
    else if (coding === "deflate") steps.push(createInflate(SYNC));
    else if (coding === "br") steps.push(createBrotliDecompress({ flush: constants.BROTLI_OPERATION_FLUSH }));
    else if (coding !== "" && coding !== "identity") return [];
  }
  return steps;
}

/** The answer's whole body, decoded as fetch decodes it; rejects when the connection goes before its end. */
export function readBody(response: IncomingMessage, method: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const steps = method === "HEAD" || REDIRECTS.has(response.statusCode ?? 0) ? [] : decoders(response);
    // A failure anywhere in the chain destroys all of it, so the last stream says how it ended.
    const body = (steps.length ? pipeline([response, ...steps], () => {}) : response) as Readable;
    const chunks: Buffer[] = [];
    body.on("data", (chunk: Buffer) => chunks.push(chunk));
    body.on("error", reject);
    body.on("end", () => resolve(Buffer.concat(chunks)));
    // After "end" this settles nothing; before it, the connection went before the whole answer came.
    body.on("close", () => reject(new Error("The connection closed before the whole answer arrived.")));
  });
}

/** What the transport reads of an answer whose body was read whole. */
export function answer(response: IncomingMessage, bytes: Buffer): Answer {
  const status = response.statusCode ?? 0;
  const headers = new Headers();
  const raw = response.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  return {
    status,
    statusText: response.statusMessage ?? "",
    headers,
    ok: status >= 200 && status <= 299,
    // UTF-8 with a byte-order mark dropped and bad bytes replaced: what fetch's text() gives.
    text: () => Promise.resolve(new TextDecoder().decode(bytes)),
    blob: () => Promise.resolve(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: headers.get("content-type") ?? "" })),
  };
}

type Sent = Parameters<Exchange>[1];

/** One request and its whole answer, without following a redirect. */
function once(target: URL, { method, headers, body, signal, fresh }: Sent): Promise<{ response: IncomingMessage; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const https = target.protocol === "https:";
    const send = https ? httpsRequest : httpRequest;
    const asked = Object.keys(headers).some((name) => name.toLowerCase() === "accept-encoding");
    const request = send(target, {
      method,
      headers: (asked ? headers : { ...headers, "Accept-Encoding": "gzip, deflate, br" }) as OutgoingHttpHeaders,
      signal,
      agent: fresh ? false : agents[https ? "https:" : "http:"],
    });
    request.on("error", reject);
    request.on("response", (response) => readBody(response, method).then((bytes) => resolve({ response, bytes }), reject));
    request.end(body ?? undefined);
  });
}

export const exchange: Exchange = async (url, sent) => {
  let target = new URL(url);
  for (let hops = 0; ; hops++) {
    const { response, bytes } = await once(target, sent);
    const status = response.statusCode ?? 0;
    const location = REDIRECTS.has(status) ? response.headers.location : undefined;
    const next = location === undefined ? undefined : new URL(location, target);
    if (!next || next.origin !== target.origin || hops === MAX_REDIRECTS) return answer(response, bytes);
    if (status === 303 ? sent.method !== "HEAD" : status <= 302 && sent.method === "POST") {
      const { "Content-Type": _, ...headers } = sent.headers;
      sent = { ...sent, method: "GET", headers, body: null };
    }
    target = next;
  }
};
