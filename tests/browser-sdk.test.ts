/**
 * The web entry in a real Chromium with web security on, its page served from another origin than the mock:
 * CORS is exercised as a user's app meets it (support/browser.ts drops the flags that turn web security off).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, join } from "node:path";
import { build } from "esbuild";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type MockServer, type MockServerOptions, startMockServer } from "../packages/mock/src/index.ts";
import { findBrowser } from "./support/browser.ts";

const KEY = "sk_test_browser";

let browser: Browser;
let pages: Server;
let origin: string;

/** The app: it loads the SDK as a module and hands it to the tests as `window.sdk`. */
const PAGE = `<!doctype html><title>app</title><script type="module">import * as sdk from "/sdk/index.js"; window.sdk = sdk;</script>`;

/** What the page's window holds once the SDK is loaded. */
type AppWindow = typeof globalThis & { sdk: typeof import("../packages/jobs/src/index.ts") };

/** Serves the web entry, bundled for the browser as an app's bundler would (code split, lazy chunks included), and an empty page. */
async function servePages(): Promise<Server> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, "../packages/jobs/src/index.ts")],
    bundle: true,
    format: "esm",
    splitting: true,
    platform: "browser",
    outdir: "/sdk",
    write: false,
    logLevel: "silent",
  });
  const files = new Map(out.outputFiles.map((f) => [`/sdk/${basename(f.path)}`, f.contents]));
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const body = files.get(path);
    if (body) response.writeHead(200, { "content-type": "text/javascript" }).end(body);
    else if (path === "/") response.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

beforeAll(async () => {
  pages = await servePages();
  origin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  const choice = await findBrowser();
  browser = await chromium.launch({
    executablePath: choice.executablePath,
    args: [...choice.args, "--disable-background-networking"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => pages?.close(resolve));
});

/** A page of the app's origin, and a mock on another origin (another port), closed after `fn`. */
async function inPage<T>(options: MockServerOptions, fn: (page: Page, mock: MockServer) => Promise<T>): Promise<T> {
  const mock = await startMockServer({ apiKey: KEY, ...options });
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => "sdk" in window);
    expect(new URL(mock.apiURL).origin).not.toBe(origin);
    return await fn(page, mock);
  } finally {
    await page.close();
    await mock.close();
  }
}

test("web security is on: a plain cross-origin fetch to a server without CORS is refused", async () => {
  await inPage({ jobs: 3 }, async (page, mock) => {
    const outcome = await page.evaluate(
      (url) =>
        fetch(`${url}/list-jobs`).then(
          (r) => `answered ${r.status}`,
          (e: Error) => `refused: ${e.message}`,
        ),
      mock.apiURL,
    );
    expect(outcome).toMatch(/^refused/);
  });
}, 30_000);

test("list: the web entry lists jobs across origins from a mock that allows CORS (preflight for the Key header)", async () => {
  await inPage({ jobs: 12, cors: true }, async (page, mock) => {
    const listed = await page.evaluate(
      async ([url, key]) => {
        const { Sutro } = (window as AppWindow).sdk;
        const sutro = new Sutro({ apiURL: url, apiKey: key });
        const page1 = await sutro.jobs.list({ limit: 5 });
        const all = [];
        for await (const job of sutro.jobs.iterate({ pageSize: 5 })) all.push(job.job_id);
        return { first: page1.jobs.length, cursor: typeof page1.next_cursor, all: all.length };
      },
      [mock.apiURL, KEY],
    );
    expect(listed).toEqual({ first: 5, cursor: "string", all: 12 });
    expect(mock.requests.every((r) => r.authorization === `Key ${KEY}`)).toBe(true);
  });
}, 30_000);

test("download: a results file cut mid-body resumes with Range and If-Range across origins, into a WritableStream", async () => {
  // The file stalls at byte 300,000 and is cut only once the page has counted those bytes: a browser drops
  // what it received but the page had not read yet when a connection breaks, so a cut timed by the server
  // alone may leave the page nothing to resume from.
  const CUT = 300_000;
  await inPage({ jobs: 40, cors: true, faults: [{ target: "artifacts", stallAt: CUT, delay: 20_000, times: 1 }] }, async (page, mock) => {
    let succeeded = "";
    for (let i = 0; !succeeded; i++) if (mock.dataset.at(i).status === "SUCCEEDED") succeeded = mock.dataset.at(i).job_id;
    await page.exposeFunction("cut", () => mock.disconnect());
    const got = await page.evaluate(
      async ([url, key, jobId, cut]) => {
        const { Sutro } = (window as AppWindow).sdk;
        const sutro = new Sutro({ apiURL: url, apiKey: key, retryBackoff: { initialDelay: 1, maxDelay: 5 } });
        let received = 0;
        const to = new WritableStream<Uint8Array>({
          write(chunk) {
            received += chunk.length;
          },
        });
        const onProgress = ({ bytesDone }: { bytesDone: number }) => {
          if (bytesDone === cut) void (window as AppWindow & { cut(): Promise<number> }).cut();
        };
        const result = await sutro.jobs.download(jobId, { to, onProgress });
        const link = await sutro.jobs.resultsURL(jobId);
        return { received, bytes: result.bytes, resumes: result.resumes, restarts: result.restarts, size: link.artifact.size_bytes };
      },
      [mock.apiURL, KEY, succeeded, CUT] as const,
    );
    expect(got.size).toBeGreaterThan(CUT);
    expect(got).toEqual({ received: got.size, bytes: got.size, resumes: 1, restarts: 0, size: got.size });
    const files = mock.requests.filter((r) => r.path.startsWith("/__artifacts/"));
    expect(files.map((r) => r.status)).toEqual([200, 206]);
    expect(files.every((r) => r.authorization === null)).toBe(true);
  });
}, 30_000);

test("a deployment that refuses the page's origin by CORS: the connection error says CORS may be why, naming both origins", async () => {
  await inPage({ jobs: 3 }, async (page, mock) => {
    const error = await page.evaluate(
      async ([url, key]) => {
        const { Sutro } = (window as AppWindow).sdk;
        const sutro = new Sutro({ apiURL: url, apiKey: key, maxRetries: 0 });
        return sutro.jobs.list({ limit: 2 }).then(
          () => undefined,
          (e: Error) => ({ name: e.name, message: e.message }),
        );
      },
      [mock.apiURL, KEY],
    );
    expect(error?.name).toBe("APIConnectionError");
    expect(error?.message).toContain("CORS");
    expect(error?.message).toContain(`allow the origin ${origin}`);
    expect(error?.message).toContain(new URL(mock.apiURL).origin);
    expect(error?.message).not.toContain(KEY);
  });
}, 30_000);
