import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { createMockApi } from "./api.ts";
import type { MockApi, MockApiOptions, Reply } from "./contract.ts";
import { API_PREFIX } from "./routes.ts";

export interface MockServerOptions extends MockApiOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number | undefined;
  /** Address to listen on. Default 127.0.0.1: the mock is never reachable from elsewhere unless asked. */
  host?: string | undefined;
}

export interface MockServer extends Pick<MockApi, "requests" | "faults" | "dataset" | "cursorAt" | "advance" | "clock"> {
  /** The server's origin, e.g. http://127.0.0.1:4010 */
  url: string;
  /** The deployment URL to give the SDK (SUTRO_API_URL): the origin and /v1, e.g. http://127.0.0.1:4010/v1 */
  apiURL: string;
  port: number;
  /**
   * Drops every open connection now, as a network blip does: a transfer in flight breaks off where it is
   * (a stalled one included, so a test can cut it once the client has read what it needed). The server goes
   * on listening. Returns how many connections it dropped.
   */
  disconnect(): number;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(res: ServerResponse, reply: Reply, socket: Socket): Promise<void> {
  if (reply.delay > 0) await delay(reply.delay);
  if (reply.stream) {
    res.writeHead(reply.status, reply.headers);
    // A big file goes out as fast as the client takes it, never faster: memory stays a chunk or two.
    let closed = false;
    res.on("close", () => {
      closed = true;
    });
    for await (const chunk of reply.stream) {
      if (closed) return;
      if (!res.write(chunk))
        await new Promise<void>((resolve) => {
          const go = () => {
            res.off("drain", go);
            res.off("close", go);
            resolve();
          };
          res.once("drain", go);
          res.once("close", go);
        });
    }
    // A stream cut short drops the connection, as a proxy that gives up does.
    if (reply.reset === "mid-body") socket.destroy();
    else res.end();
    return;
  }
  if (reply.reset === "before-headers") {
    socket.destroy();
    return;
  }
  const bytes = Buffer.from(reply.body);
  if (reply.reset === "mid-body") {
    // Declare the whole body, send half, then cut the connection.
    res.writeHead(reply.status, { ...reply.headers, "content-length": String(bytes.length) });
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    await delay(5);
    socket.destroy();
    return;
  }
  const body = reply.truncateTo === undefined ? bytes : bytes.subarray(0, reply.truncateTo);
  // A HEAD answer declares the length of what a GET would send.
  res.writeHead(reply.status, { "content-length": String(body.length), ...reply.headers });
  res.end(body);
}

/** Starts the mock API on loopback. */
export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const api = createMockApi(options);
  const sockets = new Set<Socket>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://mock.invalid");
    const headers = { get: (name: string) => (req.headers[name.toLowerCase()] as string | undefined) ?? null };
    const chunks: Buffer[] = [];
    const cutAt = api.cutBodyAt({ method: req.method ?? "GET", url, headers });
    let received = 0;
    req.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      // A reset while the client is still sending: nothing of the request is handled.
      if (cutAt !== undefined && received >= cutAt) req.socket.destroy();
    });
    req.on("end", () => {
      if (cutAt !== undefined) return void req.socket.destroy();
      const bytes = chunks.length ? Buffer.concat(chunks) : undefined;
      const body = bytes?.toString("utf8");
      Promise.resolve(api.handle({ method: req.method ?? "GET", url, headers, body, bytes }))
        .then((reply) => send(res, reply, req.socket))
        .catch(() => req.socket.destroy());
    });
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const disconnect = () => {
    const dropped = sockets.size;
    for (const socket of sockets) socket.destroy();
    return dropped;
  };
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : (options.port ?? 0);
      const host = (options.host ?? "127.0.0.1").includes(":") ? `[${options.host}]` : (options.host ?? "127.0.0.1");
      resolve({
        url: `http://${host}:${port}`,
        apiURL: `http://${host}:${port}${API_PREFIX}`,
        port,
        requests: api.requests,
        faults: api.faults,
        dataset: api.dataset,
        cursorAt: api.cursorAt,
        advance: api.advance,
        clock: api.clock,
        disconnect,
        close: () =>
          new Promise<void>((done) => {
            disconnect();
            server.close(() => done());
          }),
      });
    });
  });
}
