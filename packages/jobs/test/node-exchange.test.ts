// The Node entry sends its API calls through node:http(s) (src/runtime/node-exchange.ts), not fetch: what
// fetch would have done for those calls, it must do too, against a real server on loopback.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createTLSServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { parquetWriteBuffer } from "hyparquet-writer";
import { generate } from "selfsigned";
import { expect, test } from "vitest";
import { APIConnectionError, APIError, APIUserAbortError, JobCreationUnknownError, Sutro } from "../src/node.ts";

const KEY = "sk_test_exchange_secret";
const PAGE = JSON.stringify({ jobs: [{ job_id: "job-1", status: "SUCCEEDED" }], next_cursor: null });

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  /** Which connection it came on: the client's port. */
  port: number;
}

/** A server on loopback answering with `handle`, and what it was asked. */
async function withServer(
  handle: (request: IncomingMessage, response: ServerResponse, seen: Seen[]) => void,
  fn: (apiURL: string, seen: Seen[], server: Server) => Promise<void>,
): Promise<void> {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    seen.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, port: request.socket.remotePort ?? 0 });
    handle(request, response, seen);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, seen, server);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const client = (apiURL: string, options = {}) =>
  new Sutro({ apiKey: KEY, apiURL, logLevel: "off", retryBackoff: { initialDelay: 1, maxDelay: 5 }, ...options });

test("answers in gzip, deflate, br and two codings at once are decoded; the request asks for them", async () => {
  const encodings: Record<string, (body: Buffer) => Buffer> = {
    gzip: gzipSync,
    "x-gzip": gzipSync,
    deflate: deflateSync,
    br: brotliCompressSync,
    "gzip, br": (body) => brotliCompressSync(gzipSync(body)),
    identity: (body) => body,
  };
  for (const [coding, encode] of Object.entries(encodings)) {
    await withServer(
      (_, response) =>
        response.writeHead(200, { "content-type": "application/json", "content-encoding": coding }).end(encode(Buffer.from(PAGE))),
      async (apiURL, seen) => {
        const page = await client(apiURL).jobs.list({ limit: 1 });
        assert.equal(page.jobs[0]?.job_id, "job-1", coding);
        assert.equal(seen[0]?.headers["accept-encoding"], "gzip, deflate, br");
      },
    );
  }
});

test("a coding fetch would not decode arrives as sent (here: not JSON, a MalformedResponseError); a caller's Accept-Encoding is kept", async () => {
  await withServer(
    (_, response) => response.writeHead(200, { "content-type": "application/json", "content-encoding": "zstd" }).end("\x28\xb5\x2f\xfd"),
    async (apiURL, seen) => {
      await assert.rejects(client(apiURL).jobs.list({ limit: 1 }, { headers: { "Accept-Encoding": "zstd" } }), (e: Error) =>
        /not JSON|JSON/.test(e.message),
      );
      assert.equal(seen[0]?.headers["accept-encoding"], "zstd");
    },
  );
});

test("a byte-order mark before the JSON is dropped and bad UTF-8 is replaced, as fetch's text() does", async () => {
  const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE)]);
  const bad = Buffer.from(PAGE.replace("job-1", "job-~x"));
  bad[bad.indexOf("~")] = 0xff;
  await withServer(
    (request, response) =>
      response.writeHead(200, { "content-type": "application/json" }).end(request.url?.includes("limit=1") ? body : bad),
    async (apiURL) => {
      assert.equal((await client(apiURL).jobs.list({ limit: 1 })).jobs[0]?.job_id, "job-1");
      assert.equal((await client(apiURL).jobs.list({ limit: 2 })).jobs[0]?.job_id, "job-\ufffdx");
    },
  );
});

test("calls share a kept-alive connection; a request that creates a job goes out on one of its own", async () => {
  await withServer(
    (request, response) => {
      const created = request.method === "POST";
      request.resume();
      request.on("end", () =>
        response.writeHead(200, { "content-type": "application/json" }).end(created ? JSON.stringify({ job_id: "job-9" }) : PAGE),
      );
    },
    async (apiURL, seen) => {
      const sutro = client(apiURL);
      await sutro.jobs.list({ limit: 1 });
      await sutro.jobs.list({ limit: 1 });
      assert.equal((await sutro.jobs.create({ model: "qwen-3-4b", inputs: ["a"] })).jobId, "job-9");
      await sutro.jobs.list({ limit: 1 });
      const [first, second, create, after] = seen;
      assert.equal(second?.port, first?.port, "the second call reused the first one's connection");
      assert.equal(after?.port, first?.port, "and so did the call after the create");
      assert.equal(create?.method, "POST");
      assert.notEqual(create?.port, first?.port, "the create had a connection of its own");
      assert.equal(create?.headers.connection, "close");
      assert.equal(create?.headers["content-type"], "application/json");
      assert.equal(Number(create?.headers["content-length"]) > 0, true);
    },
  );
});

test("a same-origin redirect is followed with the key; one to another origin is not, and the other server hears nothing", async () => {
  await withServer(
    (_, response) => response.writeHead(200, { "content-type": "application/json" }).end(PAGE),
    async (elsewhere, elsewhereSeen) => {
      await withServer(
        (request, response) => {
          if (request.url?.startsWith("/v1/list-jobs?limit=1")) return response.writeHead(307, { location: "/v1/moved?limit=1" }).end();
          if (request.url?.startsWith("/v1/list-jobs?limit=2"))
            return response.writeHead(302, { location: `${elsewhere}/list-jobs` }).end();
          response.writeHead(200, { "content-type": "application/json" }).end(PAGE);
        },
        async (apiURL, seen) => {
          const sutro = client(apiURL);
          assert.equal((await sutro.jobs.list({ limit: 1 })).jobs[0]?.job_id, "job-1");
          assert.deepEqual(
            seen.map((s) => [s.url, s.headers.authorization]),
            [
              ["/v1/list-jobs?limit=1", `Key ${KEY}`],
              ["/v1/moved?limit=1", `Key ${KEY}`],
            ],
          );
          const error = await sutro.jobs.list({ limit: 2 }).then(
            () => assert.fail("resolved"),
            (e: unknown) => e,
          );
          assert.ok(error instanceof APIError && error.status === 302, String(error));
          const { message } = error as Error;
          assert.match(message, new RegExp(`redirects to ${new URL(elsewhere).origin}, another origin: the SDK follows no redirect away`));
          assert.ok(!message.includes(`${elsewhere}/list-jobs`), "only the origin of the Location is shown");
          assert.doesNotMatch(`${(error as Error).message} ${(error as Error).stack}`, new RegExp(KEY));
          assert.equal(elsewhereSeen.length, 0, "nothing reached the other origin");
        },
      );
    },
  );
});

test("a 303 after a POST is followed as a GET without the body", async () => {
  await withServer(
    (request, response) => {
      request.resume();
      if (request.method === "POST") return response.writeHead(303, { location: "/v1/jobs/job-3" }).end();
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ job_id: "job-3" }));
    },
    async (apiURL, seen) => {
      assert.equal((await client(apiURL).jobs.create({ model: "qwen-3-4b", inputs: ["a"] })).jobId, "job-3");
      assert.deepEqual(
        seen.map((s) => [s.method, s.url, s.headers["content-type"], s.headers.authorization]),
        [
          ["POST", "/v1/batch-inference", "application/json", `Key ${KEY}`],
          ["GET", "/v1/jobs/job-3", undefined, `Key ${KEY}`],
        ],
      );
    },
  );
});

test("an answer cut short is retried for a read, and an outcome-unknown error for a create; maxRetries 0 says what happened", async () => {
  await withServer(
    (request, response, seen) => {
      request.resume();
      // Every create and the first read: a Content-Length promising more than comes, then the connection goes.
      if (request.method === "POST" || seen.length === 1) {
        response.writeHead(200, { "content-type": "application/json", "content-length": String(PAGE.length) });
        response.write(PAGE.slice(0, 20));
        setTimeout(() => response.socket?.destroy(), 10);
        return;
      }
      response.writeHead(200, { "content-type": "application/json" }).end(PAGE);
    },
    async (apiURL, seen) => {
      assert.equal((await client(apiURL).jobs.list({ limit: 1 })).jobs[0]?.job_id, "job-1");
      assert.equal(seen.length, 2, "the cut read was sent again");
      await assert.rejects(client(apiURL).jobs.create({ model: "qwen-3-4b", inputs: ["a"] }), JobCreationUnknownError);
      assert.equal(seen.filter((s) => s.method === "POST").length, 1, "the create was not sent twice");
    },
  );
  await withServer(
    (_, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "999" }).write("{");
      setTimeout(() => response.socket?.destroy(), 10);
    },
    async (apiURL, seen) => {
      await assert.rejects(client(apiURL, { maxRetries: 0 }).jobs.list({ limit: 1 }), (e: Error) => {
        expect(e).toBeInstanceOf(APIConnectionError);
        assert.match(e.message, /failed before a complete response arrived/);
        return true;
      });
      assert.equal(seen.length, 1);
    },
  );
});

test("the caller's signal stops a call while the answer's body is coming, and the connection is let go", async () => {
  await withServer(
    (_, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"jobs": [');
    },
    async (apiURL, _seen, server) => {
      const controller = new AbortController();
      const call = client(apiURL).jobs.list({ limit: 1 }, { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await assert.rejects(call, APIUserAbortError);
      // The server hears the close a moment later: asked again for up to a second.
      const open = () => new Promise<number>((resolve) => server.getConnections((_, n) => resolve(n)));
      for (let waited = 0; (await open()) > 0 && waited < 1000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.equal(await open(), 0, "the connection was closed");
    },
  );
});

test("an upload's answer is read as a call's is: one in gzip the server sent unasked is decoded, and the file is not sent again", async () => {
  const parquet = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: "review", data: ["a", "b"], type: "STRING" }] }));
  await withServer(
    (request, response) => {
      // Each answer after the whole request arrived: an upload's body is streamed.
      request.resume().on("end", () => {
        if (request.url === "/v1/list-dataset-files") response.writeHead(200, { "content-type": "application/json" }).end('{"files":[]}');
        else
          response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" }).end(gzipSync('{"file_id":"file-1"}'));
      });
    },
    async (apiURL, seen) => {
      const result = await client(apiURL).datasets.upload(
        { name: "a.parquet", data: new Blob([parquet as Uint8Array<ArrayBuffer>]) },
        { datasetId: "dataset-1" },
      );
      assert.deepEqual(result.files, [{ fileName: "a.parquet", fileId: "file-1" }]);
      assert.deepEqual(
        seen.map((r) => r.url),
        ["/v1/list-dataset-files", "/v1/upload-to-dataset"],
      );
    },
  );
});

test("a fetch of the caller's sees every request: the entry's own sender is not used then", async () => {
  await withServer(
    (_, response) => response.writeHead(200, { "content-type": "application/json" }).end(PAGE),
    async (apiURL, seen) => {
      const urls: string[] = [];
      const fetch = (input: string | Request, init?: RequestInit) => {
        urls.push(String(input));
        return globalThis.fetch(input, init);
      };
      await client(apiURL, { fetch }).jobs.list({ limit: 1 });
      assert.deepEqual(urls, [`${apiURL}/list-jobs?limit=1`]);
      assert.equal(seen.length, 1);
    },
  );
});

test("https: a deployment whose certificate Node trusts (NODE_EXTRA_CA_CERTS) answers; one it does not is an APIConnectionError without the key", async () => {
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    extensions: [{ name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] }],
  });
  const dir = mkdtempSync(join(tmpdir(), "sutro-tls-"));
  const ca = join(dir, "ca.pem");
  writeFileSync(ca, pems.cert);
  const seen: string[] = [];
  const server = createTLSServer({ key: pems.private, cert: pems.cert }, (request, response) => {
    seen.push(`${request.headers.authorization} ${request.headers["accept-encoding"]}`);
    response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" }).end(gzipSync(PAGE));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // A process of its own: Node reads NODE_EXTRA_CA_CERTS at start-up only.
  const script = `import { Sutro } from ${JSON.stringify(new URL("../dist/node.js", import.meta.url).href)};
    const sutro = new Sutro({ apiKey: ${JSON.stringify(KEY)}, apiURL: process.argv[1], logLevel: "off", maxRetries: 0 });
    try { console.log(JSON.stringify({ id: (await sutro.jobs.list({ limit: 1 })).jobs[0].job_id })); }
    catch (e) { console.log(JSON.stringify({ error: e.constructor.name, message: e.message, stack: e.stack })); }`;
  const run = async (env: Record<string, string>) => {
    const apiURL = `https://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script, apiURL], {
      env: { PATH: process.env.PATH ?? "", ...env },
    });
    return JSON.parse(stdout);
  };
  try {
    assert.deepEqual(await run({ NODE_EXTRA_CA_CERTS: ca }), { id: "job-1" });
    assert.deepEqual(seen, [`Key ${KEY} gzip, deflate, br`]);
    const refused = await run({});
    assert.equal(refused.error, "APIConnectionError");
    assert.match(refused.message, /certificate/);
    assert.doesNotMatch(`${refused.message} ${refused.stack}`, new RegExp(KEY));
    assert.equal(seen.length, 1, "nothing was sent over the untrusted connection");
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
});
