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

export const sendStream: SendStream = (url, { method, headers, body, signal }) =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(target, { method, headers, signal });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const answerHeaders = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined) answerHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
        }
        resolve(new Response(Buffer.concat(chunks), { status: response.statusCode ?? 0, headers: answerHeaders }));
      });
    });
    request.on("error", reject);
    pipeline(Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>), request).catch(reject);
  });
