import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { afterEach, describe, expect, test } from "vitest";
import { findBrowser } from "../../../tests/support/browser.ts";
import { responseErrors, validatorAt } from "../../../tests/support/spec.ts";
import { type MockServer, type MockServerOptions, parseFault, startMockServer } from "../src/index.ts";

const KEY = "sk_test_123";
const open: MockServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function mock(options: MockServerOptions = {}): Promise<MockServer> {
  const server = await startMockServer({ apiKey: KEY, ...options });
  open.push(server);
  return server;
}

/** GETs /list-jobs and checks the answer against the spec's schema for its status. */
async function get(server: MockServer, query: string, key: string | null = KEY) {
  const response = await fetch(`${server.apiURL}/list-jobs${query}`, { headers: key === null ? {} : { Authorization: `Key ${key}` } });
  const body = await response.json();
  expect(responseErrors("/list-jobs", response.status, body), `${response.status} ${query}`).toEqual([]);
  return { status: response.status, body, headers: response.headers };
}

describe("responses follow the spec", () => {
  test("without limit: every job in one JobList, newest first", async () => {
    const server = await mock({ jobs: 250 });
    const { status, body } = await get(server, "");
    expect(status).toBe(200);
    expect(body.message).toBe("Jobs retrieved successfully.");
    expect(body.jobs).toHaveLength(250);
    const created = body.jobs.map((j: { datetime_created: string }) => Date.parse(j.datetime_created));
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  test("with limit: JobPages that chain to the last one, whose next_cursor is null", async () => {
    const server = await mock({ jobs: 250 });
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const { body } = await get(server, `?limit=100${cursor ? `&cursor=${cursor}` : ""}`);
      expect(body.jobs.length).toBeLessThanOrEqual(100);
      ids.push(...body.jobs.map((j: { job_id: string }) => j.job_id));
      cursor = body.next_cursor;
    } while (cursor);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    expect(server.requests.map((r) => r.query.limit)).toEqual(["100", "100", "100"]);
  });

  test.each([
    ["no Authorization header", null],
    ["a wrong key", "sk_wrong"],
  ])("401 with %s", async (_, key) => {
    const server = await mock();
    const { status, body } = await get(server, "?limit=5", key);
    expect(status).toBe(401);
    expect(body).toEqual({ detail: "Unauthorized" });
  });

  test("401 for a Bearer header: the scheme word is Key", async () => {
    const server = await mock();
    const response = await fetch(`${server.apiURL}/list-jobs`, { headers: { Authorization: `Bearer ${KEY}` } });
    expect(response.status).toBe(401);
  });

  test.each(["0", "101", "-1", "abc", "2.5", ""])("422 for limit=%s", async (limit) => {
    const server = await mock();
    const { status, body } = await get(server, `?limit=${limit}`);
    expect(status).toBe(422);
    expect(body.detail).toMatch(/^limit must be an integer from 1 to 100/);
  });

  test("422 for a cursor the server never issued, or one edited by hand", async () => {
    const server = await mock({ jobs: 50 });
    const { body } = await get(server, "?limit=10");
    const edited = `${body.next_cursor.slice(0, -2)}AA`;
    for (const cursor of ["nonsense", edited, btoa('{"offset":10}')]) {
      const answer = await get(server, `?limit=10&cursor=${encodeURIComponent(cursor)}`);
      expect(answer.status).toBe(422);
      expect(answer.body.detail).toMatch(/^Unknown cursor/);
    }
  });
});

describe("a deployment", () => {
  test("serves every path under /v1 only; the old paths get a 404 that says so", async () => {
    const server = await mock();
    const headers = { Authorization: `Key ${KEY}` };
    const old = await fetch(`${server.url}/list-jobs?limit=1`, { headers });
    expect(old.status).toBe(404);
    expect((await old.json()).detail).toMatch(/under \/v1/);
    expect(server.apiURL).toBe(`${server.url}/v1`);
  });

  test("GET /v1/try-authentication: 200 {authenticated: true} for the key, 401 otherwise", async () => {
    const server = await mock();
    const check = async (key: string) => {
      const response = await fetch(`${server.apiURL}/try-authentication`, { headers: { Authorization: `Key ${key}` } });
      const body = await response.json();
      expect(responseErrors("/try-authentication", response.status, body)).toEqual([]);
      return [response.status, body];
    };
    expect(await check(KEY)).toEqual([200, { authenticated: true }]);
    expect(await check("sk_other")).toEqual([401, { detail: "Unauthorized" }]);
  });

  test("--retired answers every request with the 410 and detail of a retired host", async () => {
    const server = await mock({ retired: true });
    for (const path of ["/v1/list-jobs", "/list-jobs", "/v1/try-authentication"]) {
      const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Key ${KEY}` } });
      const body = await response.json();
      expect(response.status).toBe(410);
      expect(body.detail).toMatch(/no longer supported.*deployment URL/);
      expect(responseErrors("/list-jobs", 410, body)).toEqual([]);
    }
  });

  test("newJobsPerPage creates jobs at the head before each page asked for with a cursor", async () => {
    const server = await mock({ jobs: 30, newJobsPerPage: 2 });
    const first = (await get(server, "?limit=10")).body;
    expect(server.dataset.size).toBe(30);
    const second = (await get(server, `?limit=10&cursor=${first.next_cursor}`)).body;
    expect(server.dataset.size).toBe(32);
    expect(server.dataset.at(0).job_id).toBe("batch_job_000032");
    // Shifted by two: the second page starts with the first page's last two jobs.
    expect(second.jobs.slice(0, 2).map((j: { job_id: string }) => j.job_id)).toEqual(
      first.jobs.slice(8).map((j: { job_id: string }) => j.job_id),
    );
  });
});

describe("every operation answers as the spec says", () => {
  /** Calls an operation and checks the answer against the spec's schema for its path, method and status. */
  async function call(server: MockServer, method: "get" | "post", template: string, path: string, body?: unknown) {
    const response = await fetch(`${server.apiURL}${path}`, {
      method: method.toUpperCase(),
      headers: { Authorization: `Key ${KEY}`, "Content-Type": "application/json" },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const json = await response.json();
    expect(responseErrors(template, response.status, json, method), `${method} ${path} ${response.status}`).toEqual([]);
    return { status: response.status, json };
  }

  test("create, get, status (both shapes), cancel, results and quotas, with their errors, on a manual clock", async () => {
    for (const legacyStatusShape of [false, true]) {
      const server = await mock({ jobs: 20, clock: "manual", legacyStatusShape });
      const created = await call(server, "post", "/batch-inference", "/batch-inference", {
        inputs: ["a", "b"],
        model: "m",
        json_schema: { type: "object", properties: { label: { type: "string" } } },
        name: "test",
      });
      expect(created.status).toBe(200);
      const id = created.json.results as string;
      expect(created.json.metadata.job_id).toBe(id);
      expect((await call(server, "post", "/batch-inference", "/batch-inference", { inputs: [], model: "m" })).status).toBe(422);
      expect(
        (await call(server, "post", "/batch-inference", "/batch-inference", { inputs: [{ a: 1 }], model: "fn", system_prompt: "x" }))
          .status,
      ).toBe(400);
      expect((await call(server, "get", "/jobs/{job_id}", `/jobs/${id}`)).json.job.status).toBe("QUEUED");
      expect((await call(server, "get", "/jobs/{job_id}", "/jobs/nope")).status).toBe(404);
      const early = await call(server, "post", "/job-results", "/job-results", { job_id: id });
      expect(early.status).toBe(409);
      server.advance(10_000);
      const status = await call(server, "get", "/job-status/{job_id}", `/job-status/${id}`);
      expect(status.json.job_status).toEqual(legacyStatusShape ? "succeeded" : { [id]: "SUCCEEDED" });
      const results = await call(server, "post", "/job-results", "/job-results", {
        job_id: id,
        include_inputs: true,
        include_cumulative_logprobs: true,
      });
      expect(results.json.results.inputs).toEqual(["a", "b"]);
      expect(results.json.results.outputs.map((o: string) => typeof JSON.parse(o).label)).toEqual(["string", "string"]);
      // The created job is at the head now; the 20 seeded jobs follow it.
      for (let i = 1; i <= 20; i++) {
        const seeded = server.dataset.at(i);
        const answer = await call(server, "post", "/job-results", "/job-results", { job_id: seeded.job_id, include_inputs: true });
        expect(answer.status).toBe(seeded.status.toUpperCase() === "SUCCEEDED" ? 200 : 409);
      }
      const running = server.dataset.at(2);
      expect(running.status).toBe("RUNNING");
      expect((await call(server, "get", "/job-cancel/{job_id}", `/job-cancel/${running.job_id}`)).json.cancelled).toBe(true);
      expect((await call(server, "get", "/jobs/{job_id}", `/jobs/${running.job_id}`)).json.job.status).toBe("CANCELLING");
      expect((await call(server, "get", "/job-cancel/{job_id}", `/job-cancel/${id}`)).json.cancelled).toBe(false);
      expect((await call(server, "get", "/get-quotas", "/get-quotas")).json.quotas).toHaveLength(2);
    }
  });

  test("the progress stream is NDJSON of spec-valid updates, ending with the job's last row", async () => {
    const server = await mock({ jobs: 2, speed: 50 });
    const created = await call(server, "post", "/batch-inference", "/batch-inference", { inputs: ["a", "b", "c"], model: "m" });
    const response = await fetch(`${server.apiURL}/stream-job-progress/${created.json.results}`, {
      headers: { Authorization: `Key ${KEY}` },
    });
    expect(response.headers.get("content-type")).toBe("application/x-ndjson");
    const updates = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const valid = validatorAt("#/components/schemas/ProgressUpdate");
    for (const update of updates) expect(valid(update), JSON.stringify(update)).toBe(true);
    expect(updates.at(-1)).toEqual({ update_type: "progress", result: 3 });
  });

  test("faults apply to the new operations as to the list", async () => {
    const server = await mock({
      jobs: 5,
      faults: [
        { request: 1, status: 503, retryAfter: 1 },
        { request: 2, html: true },
      ],
    });
    const first = await fetch(`${server.apiURL}/jobs/${server.dataset.at(0).job_id}`, { headers: { Authorization: `Key ${KEY}` } });
    expect([first.status, first.headers.get("retry-after")]).toEqual([503, "1"]);
    const second = await fetch(`${server.apiURL}/get-quotas`, { headers: { Authorization: `Key ${KEY}` } });
    expect(second.headers.get("content-type")).toMatch(/text\/html/);
  });
});

describe("results files behind presigned URLs", () => {
  test("results-url hands out URLs that honour HEAD, Range and If-Range, refuse Authorization, and expire", async () => {
    const server = await mock({ jobs: 3, artifactBytes: 200_000 });
    const done = server.dataset.at(0);
    const answer = await fetch(`${server.apiURL}/jobs/${done.job_id}/results-url?include_inputs=true&expires_in_seconds=1`, {
      headers: { Authorization: `Key ${KEY}` },
    });
    const body = await answer.json();
    expect(responseErrors("/jobs/{job_id}/results-url", answer.status, body)).toEqual([]);
    expect(body.artifact.size_bytes).toBe(200_000);
    const head = await fetch(body.urls.head, { method: "HEAD" });
    expect([head.status, head.headers.get("content-length")]).toEqual([200, "200000"]);
    const etag = head.headers.get("etag") as string;
    const whole = new Uint8Array(await (await fetch(body.urls.get)).arrayBuffer());
    expect(whole.length).toBe(200_000);
    const rest = await fetch(body.urls.get, { headers: { Range: "bytes=150000-", "If-Range": etag } });
    expect([rest.status, rest.headers.get("content-range")]).toEqual([206, "bytes 150000-199999/200000"]);
    expect(new Uint8Array(await rest.arrayBuffer())).toEqual(whole.subarray(150_000));
    const changed = await fetch(body.urls.get, { headers: { Range: "bytes=150000-", "If-Range": '"other"' } });
    expect(changed.status).toBe(200);
    await changed.arrayBuffer();
    const leaked = await fetch(body.urls.get, { headers: { Authorization: `Key ${KEY}` } });
    expect(leaked.status).toBe(400);
    expect(server.requests.filter((r) => r.path.startsWith("/__artifacts/") && r.authorization !== null)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await fetch(body.urls.get)).status).toBe(403);
    const running = server.dataset.at(1);
    expect((await fetch(`${server.apiURL}/jobs/${running.job_id}/results-url`, { headers: { Authorization: `Key ${KEY}` } })).status).toBe(
      409,
    );
  }, 10_000);
});

describe("results file faults", () => {
  async function link(server: Awaited<ReturnType<typeof mock>>) {
    const answer = await fetch(`${server.apiURL}/jobs/${server.dataset.at(0).job_id}/results-url`, {
      headers: { Authorization: `Key ${KEY}` },
    });
    return (await answer.json()).urls.get as string;
  }
  const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

  test("reset-at drops the connection at that byte; the next attempt is whole", async () => {
    const server = await mock({ jobs: 3, artifactBytes: 300_000, faults: [{ resetAt: 100_000, attempt: 1 }] });
    const url = await link(server);
    const first = await fetch(url);
    expect(first.headers.get("content-length")).toBe("300000");
    await expect(first.arrayBuffer()).rejects.toThrow();
    expect((await bytesOf(await fetch(url))).length).toBe(300_000);
  });

  test("disconnect() cuts a stalled transfer once the client has read what came; the server goes on answering", async () => {
    const server = await mock({ jobs: 3, artifactBytes: 300_000, faults: [{ stallAt: 100_000, delay: 20_000, attempt: 1 }] });
    const url = await link(server);
    const reader = (await fetch(url)).body?.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    let read = 0;
    while (read < 100_000) read += ((await reader.read()).value as Uint8Array).length;
    expect(read).toBe(100_000);
    expect(server.disconnect()).toBeGreaterThanOrEqual(1);
    await expect(reader.read()).rejects.toThrow();
    expect((await bytesOf(await fetch(url))).length).toBe(300_000);
  });

  test("new-etag replaces the file: a Range with the old ETag in If-Range gets the whole new file", async () => {
    const server = await mock({ jobs: 3, artifactBytes: 100_000, faults: [{ newEtag: true, attempt: 2 }] });
    const url = await link(server);
    const before = await fetch(url);
    const old = await bytesOf(before);
    const after = await fetch(url, { headers: { Range: "bytes=50000-", "If-Range": before.headers.get("etag") as string } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    const fresh = await bytesOf(after);
    expect(fresh.length).toBe(100_000);
    expect(fresh).not.toEqual(old);
  });

  test("new-size replaces the file with one of another size, and results-url announces the new size from then on", async () => {
    const server = await mock({ jobs: 3, artifactBytes: 100_000, faults: [{ newSize: 60_000, attempt: 2 }] });
    const url = await link(server);
    expect((await bytesOf(await fetch(url))).length).toBe(100_000);
    const after = await fetch(url);
    expect((await bytesOf(after)).length).toBe(60_000);
    expect(after.headers.get("content-length")).toBe("60000");
    const job = server.dataset.at(0).job_id;
    const answer = await (await fetch(`${server.apiURL}/jobs/${job}/results-url`, { headers: { Authorization: `Key ${KEY}` } })).json();
    expect(answer.artifact.size_bytes).toBe(60_000);
  });

  test("content-length declares and sends the given number of bytes; status answers from storage", async () => {
    const server = await mock({
      jobs: 3,
      artifactBytes: 10_000,
      faults: [
        { contentLength: 12_000, attempt: 1 },
        { target: "artifacts", status: 403, attempt: 2 },
      ],
    });
    const url = await link(server);
    const long = await fetch(url);
    expect([long.headers.get("content-length"), (await bytesOf(long)).length]).toEqual(["12000", 12_000]);
    const denied = await fetch(url);
    expect(denied.status).toBe(403);
    expect(await denied.text()).toMatch(/<Error>/);
    expect((await fetch(url)).status).toBe(200);
    // Artifact rules never bend the API.
    expect(server.requests.filter((r) => r.path.startsWith("/v1/") && r.fault)).toEqual([]);
  });

  test("--fault parses the results file faults", () => {
    expect(parseFault("target=artifacts,attempt=2,status=403")).toEqual({ target: "artifacts", attempt: 2, status: 403 });
    expect(parseFault("reset-at=500,new-etag,content-length=7")).toEqual({ resetAt: 500, newEtag: true, contentLength: 7 });
    expect(parseFault("new-size=10")).toEqual({ newSize: 10 });
    expect(parseFault("stall-at=10,delay=50")).toEqual({ stallAt: 10, delay: 50 });
    expect(() => parseFault("target=storage")).toThrow(/api or artifacts/);
  });
});

describe("a browser app", () => {
  test("cors: a results file's preflight allows Range and If-Range, and its answers let a page read ETag and Content-Range", async () => {
    const server = await mock({ jobs: 10, cors: true });
    const done = Array.from({ length: 10 }, (_, i) => server.dataset.at(i)).find((j) => j.status === "SUCCEEDED");
    const answer = await fetch(`${server.apiURL}/jobs/${done?.job_id}/results-url`, { headers: { Authorization: `Key ${KEY}` } });
    const { urls } = await answer.json();
    const preflight = await fetch(urls.get, { method: "OPTIONS", headers: { "access-control-request-headers": "range, if-range" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Range, If-Range/);
    const ranged = await fetch(urls.get, { headers: { Range: "bytes=10-" } });
    expect(ranged.status).toBe(206);
    const exposed = (ranged.headers.get("access-control-expose-headers") ?? "").split(/,\s*/);
    for (const name of ["ETag", "Content-Range", "Content-Length", "X-Request-Id", "Retry-After"]) expect(exposed).toContain(name);
    await ranged.body?.cancel();
  });

  test("cors: a preflight gets 204 and the allowed headers; every answer allows any origin", async () => {
    const server = await mock({ cors: true });
    const preflight = await fetch(`${server.apiURL}/list-jobs`, {
      method: "OPTIONS",
      headers: { Origin: "http://app.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
    const { headers } = await get(server, "?limit=1");
    expect(headers.get("access-control-allow-origin")).toBe("*");
    const closed = await mock();
    expect((await fetch(`${closed.apiURL}/list-jobs`, { method: "OPTIONS" })).status).toBe(405);
  });

  test("cors: a page of another origin in a real Chromium, web security on, lists jobs with the Key header", async () => {
    const server = await mock({ cors: true, jobs: 7 });
    const choice = await findBrowser();
    const browser = await chromium.launch({
      executablePath: choice.executablePath,
      args: [...choice.args, "--disable-background-networking"],
    });
    try {
      // The page comes from another origin (another port) with web security on, as a user's app does.
      const app = createServer((_, response) => response.writeHead(200, { "content-type": "text/html" }).end("<title>app</title>"));
      await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(app.address() as AddressInfo).port}/`);
      app.close();
      const count = await page.evaluate(
        async ([url, key]) => {
          const response = await fetch(`${url}/list-jobs?limit=5`, { headers: { Authorization: `Key ${key}` } });
          return (await response.json()).jobs.length;
        },
        [server.apiURL, KEY],
      );
      expect(count).toBe(5);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe("determinism", () => {
  test("the same seed gives the same jobs, and cursors stay valid after a restart", async () => {
    const newest = Date.UTC(2026, 5, 1);
    const first = await mock({ jobs: 300, seed: 7, newest });
    const page1 = (await get(first, "?limit=100")).body;
    await first.close();
    const again = await mock({ jobs: 300, seed: 7, newest });
    expect((await get(again, "?limit=100")).body).toEqual(page1);
    const page2 = await get(again, `?limit=100&cursor=${page1.next_cursor}`);
    expect(page2.status).toBe(200);
    expect(page2.body.jobs[0].job_id).toBe(again.dataset.at(100).job_id);
  });

  test("seeded jobs are dated back from now (to the minute), so a --since 7d filter finds them; cursors do not depend on the time", async () => {
    const server = await mock({ jobs: 300, seed: 7 });
    const newest = Date.parse(server.dataset.at(0).datetime_created);
    expect(Date.now() - newest).toBeLessThan(3 * 60_000);
    expect(Date.now() - newest).toBeGreaterThan(-60_000);
    const weekAgo = Date.now() - 7 * 24 * 3_600_000;
    expect(Date.parse(server.dataset.at(200).datetime_created)).toBeGreaterThan(weekAgo);
    const earlier = await mock({ jobs: 300, seed: 7, newest: Date.UTC(2026, 0, 1) });
    const page = (await get(earlier, "?limit=100")).body;
    expect((await get(server, `?limit=100&cursor=${page.next_cursor}`)).status).toBe(200);
  });

  test("another seed gives other jobs, and refuses the first seed's cursors", async () => {
    const a = await mock({ jobs: 300, seed: 1 });
    const b = await mock({ jobs: 300, seed: 2 });
    const pageA = (await get(a, "?limit=100")).body;
    expect((await get(b, "?limit=100")).body.jobs).not.toEqual(pageA.jobs);
    expect((await get(b, `?limit=100&cursor=${pageA.next_cursor}`)).status).toBe(422);
  });
});

describe("faults", () => {
  test("status faults carry each Retry-After form and are scoped to the chosen attempt of the chosen page", async () => {
    const server = await mock({
      jobs: 500,
      faults: [
        { page: 2, attempt: 1, status: 503, retryAfter: 2 },
        { page: 3, attempt: 1, status: 429, retryAfterMs: 150 },
        { page: 4, attempt: 1, status: 429, retryAfterDate: 30 },
      ],
    });
    const cursors = [1, 2, 3].map((p) => server.cursorAt(p * 100));
    const p2 = await get(server, `?limit=100&cursor=${cursors[0]}`);
    expect([p2.status, p2.headers.get("retry-after")]).toEqual([503, "2"]);
    expect((await get(server, `?limit=100&cursor=${cursors[0]}`)).status).toBe(200);
    const p3 = await get(server, `?limit=100&cursor=${cursors[1]}`);
    expect([p3.status, p3.headers.get("retry-after-ms")]).toEqual([429, "150"]);
    const p4 = await get(server, `?limit=100&cursor=${cursors[2]}`);
    const wait = Date.parse(p4.headers.get("retry-after") ?? "") - Date.now();
    expect(wait).toBeGreaterThan(25_000);
    expect(wait).toBeLessThanOrEqual(30_000);
    expect((await get(server, "?limit=100")).status).toBe(200);
  });

  test("times limits how often a rule fires", async () => {
    const server = await mock({ faults: [{ status: 500, times: 2 }] });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await get(server, "?limit=1")).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  test("reset before headers makes fetch reject; reset mid-body makes reading the body reject", async () => {
    const server = await mock({
      faults: [
        { request: 1, reset: "before-headers" },
        { request: 2, reset: "mid-body" },
      ],
    });
    await expect(fetch(`${server.apiURL}/list-jobs?limit=5`, { headers: { Authorization: `Key ${KEY}` } })).rejects.toThrow();
    const response = await fetch(`${server.apiURL}/list-jobs?limit=5`, { headers: { Authorization: `Key ${KEY}` } });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  test("truncate sends half the JSON as a complete body; html sends a web page with status 200", async () => {
    const server = await mock({
      faults: [
        { request: 1, truncate: true },
        { request: 2, html: true },
      ],
    });
    const headers = { Authorization: `Key ${KEY}` };
    const truncated = await fetch(`${server.apiURL}/list-jobs?limit=5`, { headers });
    expect(() => JSON.parse("")).toThrow();
    await expect(truncated.json()).rejects.toThrow(SyntaxError);
    const html = await fetch(`${server.apiURL}/list-jobs?limit=5`, { headers });
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toContain("text/html");
    expect(await html.text()).toMatch(/^<!doctype html>/);
  });

  test("wrong shapes and a looping cursor", async () => {
    const server = await mock({
      jobs: 300,
      faults: [
        { request: 1, shape: "jobs-not-array" },
        { request: 2, shape: "bad-next-cursor" },
        { request: 3, shape: "not-an-object" },
        { page: 2, loop: true },
      ],
    });
    const headers = { Authorization: `Key ${KEY}` };
    const body = async () => (await fetch(`${server.apiURL}/list-jobs?limit=100`, { headers })).json();
    expect(Array.isArray((await body()).jobs)).toBe(false);
    expect((await body()).next_cursor).toBe(42);
    expect(Array.isArray(await body())).toBe(true);
    const cursor = server.cursorAt(100);
    const looped = await (await fetch(`${server.apiURL}/list-jobs?limit=100&cursor=${cursor}`, { headers })).json();
    expect(looped.next_cursor).toBe(cursor);
  });

  test("a stream fault bends only the progress stream: the list and a new job's answers stay whole", async () => {
    const server = await mock({ jobs: 30, faults: [{ stream: "cut" }] });
    const headers = { Authorization: `Key ${KEY}`, "content-type": "application/json" };
    expect((await (await fetch(`${server.apiURL}/list-jobs?limit=5`, { headers })).json()).jobs).toHaveLength(5);
    const created = await fetch(`${server.apiURL}/batch-inference`, {
      method: "POST",
      headers,
      body: JSON.stringify({ inputs: ["a"], model: "m" }),
    });
    const { results: jobId } = await created.json();
    expect(jobId).toMatch(/^batch_job_/);
    expect(server.requests.map((r) => r.fault)).toEqual([undefined, undefined]);
    // The stream itself is cut after its first line.
    const read = fetch(`${server.apiURL}/stream-job-progress/${jobId}`, { headers }).then((r) => r.text());
    expect(
      await read.then(
        () => "whole",
        () => "cut",
      ),
    ).toBe("cut");
    expect(server.requests.at(-1)?.fault?.stream).toBe("cut");
  });

  test("lengths count characters, as JSON Schema does: a name of 45 emoji is taken, 46 refused; speed must be above 0", async () => {
    const server = await mock({ jobs: 1 });
    const headers = { Authorization: `Key ${KEY}`, "content-type": "application/json" };
    const create = (name: string) =>
      fetch(`${server.apiURL}/batch-inference`, { method: "POST", headers, body: JSON.stringify({ inputs: ["a"], model: "m", name }) });
    expect((await create("🎉".repeat(45))).status).toBe(200);
    expect((await create("🎉".repeat(46))).status).toBe(422);
    for (const speed of [0, -1, Number.NaN]) await expect(mock({ speed })).rejects.toThrow(/speed must be a positive number/);
  });

  test("delay holds the answer back", async () => {
    const server = await mock({ faults: [{ delay: 120 }] });
    const started = performance.now();
    expect((await get(server, "?limit=1")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  test("the CLI's --fault syntax parses every kind, and refuses unknown keys", () => {
    expect(parseFault("page=3,attempt=1,status=503,retry-after=2")).toEqual({ page: 3, attempt: 1, status: 503, retryAfter: 2 });
    expect(parseFault("times=2,reset=mid-body,delay=50")).toEqual({ times: 2, reset: "mid-body", delay: 50 });
    expect(parseFault("truncate")).toEqual({ truncate: true });
    expect(parseFault("shape=bad-next-cursor,loop,html")).toEqual({ shape: "bad-next-cursor", loop: true, html: true });
    expect(parseFault("retry-after-date=5,retry-after-ms=10,request=4")).toEqual({ retryAfterDate: 5, retryAfterMs: 10, request: 4 });
    expect(parseFault("request=2,stream=stall,delay=500")).toEqual({ request: 2, stream: "stall", delay: 500 });
    expect(() => parseFault("stream=explode")).toThrow(/stream takes cut, stall, garbage, unknown-type/);
    expect(() => parseFault("pages=3")).toThrow(/does not know "pages"/);
    expect(() => parseFault("status=abc")).toThrow(/whole number/);
    expect(() => parseFault("reset=later")).toThrow(/before-headers or mid-body/);
  });
});

describe("sutro-jobs-mock (the built bin)", () => {
  const cli = join(import.meta.dirname, "../dist/cli.js");

  test("serves the seeded jobs with the given key, with faults from --fault, and prints its URL first", async () => {
    const child = spawn("node", [cli, "--port", "0", "--jobs", "30", "--seed", "3", "--api-key", KEY, "--fault", "request=1,status=503"]);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().split("\n")[0] as string));
        child.once("exit", (code) => reject(new Error(`exited ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      const headers = { Authorization: `Key ${KEY}` };
      expect((await fetch(`${url}/list-jobs`, { headers })).status).toBe(503);
      const body = await (await fetch(`${url}/list-jobs`, { headers })).json();
      // The seeded jobs, and the reference's examples as the newest three.
      expect(body.jobs).toHaveLength(33);
      expect(body.jobs.slice(0, 3).map((j: { job_id: string; status: string }) => `${j.job_id} ${j.status}`)).toEqual([
        "batch_job_12345 SUCCEEDED",
        "batch_job_67890 RUNNING",
        "batch_job_24680 QUEUED",
      ]);
      expect((await fetch(`${url}/list-jobs`, { headers: { Authorization: "Key other" } })).status).toBe(401);
    } finally {
      child.kill();
    }
  });

  test("a port in use is one line naming it and what to do, exit 1; no usage", async () => {
    const busy = await mock({ jobs: 1 });
    const port = new URL(busy.apiURL).port;
    const child = spawn("node", [cli, "--port", port]);
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toBe(
      `sutro-jobs-mock: port ${port} is in use. Stop what listens there, or pick another with --port N (--port 0 takes any free one).\n`,
    );
  });

  test.each([
    [["--jobs", "many"], /--jobs takes a whole number/],
    [["--speed", "0"], /--speed takes a whole number ≥ 1, got "0"/],
  ])("bad arguments (%s) exit 2 with a usage message", async (args, words) => {
    const child = spawn("node", [cli, ...args]);
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(words);
    expect(stderr).toMatch(/Usage: sutro-jobs-mock/);
  });
});
