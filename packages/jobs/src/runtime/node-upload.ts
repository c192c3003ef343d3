/**
 * Streamed uploads through node:http(s), for the Node entry. Node's fetch reads a streamed request body ahead
 * of what the connection takes (measured on Node 20: a 400 MB upload held whole in memory), so a dataset file
 * would cost its size in RAM; a pipeline into an http request waits for the socket, and memory stays a few
 * chunks. Used only when the client has no `fetch` of the caller's.
 */
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { SendStream } from "../model/files.ts";
import { answer, readBody } from "./node-exchange.ts";

export const sendStream: SendStream = (url, { method, headers, body, signal }) =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(target, { method, headers, signal });
    request.on("response", (response) => readBody(response, method).then((bytes) => resolve(answer(response, bytes)), reject));
    request.on("error", reject);
    pipeline(Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>), request).catch(reject);
  });
