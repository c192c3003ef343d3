import assert from "node:assert/strict";
import { inspect } from "node:util";
import type { FaultRule } from "../../../mock/src/index.ts";
import { APIUserAbortError, type ClientOptions, InvalidRequestError, type Sutro } from "../../src/index.ts";
import { type Case, clientFor, type Runtime, withMock } from "./harness.ts";

const SECRET = "sk_live_TOPSECRET0123456789";

/** Every way an error or a client gets turned into text. */
function renderings(value: unknown): string[] {
  const out = [String(value), JSON.stringify(value) ?? "", inspect(value, { depth: 10 }), inspect(value, { depth: 10, showHidden: true })];
  if (value instanceof Error) out.push(value.message, value.stack ?? "", inspect(value.cause, { depth: 10, showHidden: true }));
  return out;
}

function assertNoSecret(texts: string[], what: string): void {
  for (const text of texts) {
    assert.ok(!text.includes(SECRET), `${what} shows the key:\n${text.slice(0, 500)}`);
    assert.ok(!text.includes("TOPSECRET"), `${what} shows part of the key`);
  }
}

async function errorFrom(
  rt: Runtime,
  server: { apiURL: string },
  options: ClientOptions,
  call: (s: Sutro) => Promise<unknown>,
): Promise<Error> {
  const sutro = new rt.Sutro({ apiKey: SECRET, apiURL: server.apiURL, retryBackoff: { initialDelay: 1 }, ...options });
  try {
    await call(sutro);
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to fail");
}

const FAULTS: [string, FaultRule[]][] = [
  ["AuthenticationError", [{ status: 401 }]],
  ["GoneError", [{ status: 410 }]],
  ["RateLimitError", [{ status: 429, retryAfter: 600 }]],
  ["InternalServerError", [{ status: 500 }]],
  ["UnprocessableEntityError", [{ status: 422 }]],
  ["MalformedResponseError", [{ html: true }]],
  ["APIConnectionError", [{ reset: "mid-body" }]],
  ["APITimeoutError", [{ delay: 1_000 }]],
];

export const secretCases: Case[] = [
  {
    name: "sutro.raw sends the key only to its deployment: a per-call baseUrl, a middleware's new URL or a path out of /v1 is refused, unsent",
    run: (rt) =>
      withMock({ jobs: 5, apiKey: SECRET }, (deployment) =>
        withMock({ jobs: 5, apiKey: SECRET }, async (elsewhere) => {
          const sutro = clientFor(rt, deployment, { apiKey: SECRET });
          const refused = (e: unknown) => e instanceof InvalidRequestError && /only to the client's deployment/.test((e as Error).message);
          const other = elsewhere.apiURL;
          await assert.rejects(sutro.raw.GET("/list-jobs", { baseUrl: other } as never), refused);
          // Out of /v1 by its path: the URL a Request makes of it is not under the deployment's /v1.
          await assert.rejects(sutro.raw.GET("/../try-authentication" as never), refused);
          const redirect = {
            onRequest: ({ request }: { request: Request }) => new Request(request.url.replace(deployment.apiURL, other), request),
          };
          sutro.raw.use(redirect);
          await assert.rejects(sutro.raw.GET("/list-jobs", {}), refused);
          sutro.raw.eject(redirect);
          const { data } = await sutro.raw.GET("/list-jobs", { params: { query: { limit: 2 } } });
          assert.equal(data?.jobs.length, 2, "the deployment itself is still reached");
          assert.equal(elsewhere.requests.length, 0, "nothing reached the other server");
          assert.equal(deployment.requests.length, 1);
        }),
      ),
  },
  {
    name: "the key appears in no error of any kind: message, stack, JSON, inspect, cause",
    run: (rt) =>
      withMock({ jobs: 5, apiKey: SECRET }, async (server) => {
        const lines: string[] = [];
        const sink = (...args: unknown[]) => lines.push(args.map((a) => (typeof a === "string" ? a : inspect(a, { depth: 10 }))).join(" "));
        const logging: ClientOptions = {
          logLevel: "debug",
          logger: { debug: sink, info: sink, warn: sink, error: sink },
          timeout: 100,
          maxRetries: 1,
        };
        const seen = new Set<string>();
        for (const [name, faults] of FAULTS) {
          server.faults.splice(0, server.faults.length, ...faults);
          const error = await errorFrom(rt, server, logging, (s) => s.jobs.list({ limit: 2 }));
          assert.equal(error.name, name);
          seen.add(error.name);
          assertNoSecret(renderings(error), name);
        }
        server.faults.length = 0;
        const invalid = await errorFrom(rt, server, logging, (s) => s.jobs.list({ limit: 0 }));
        const aborted = await errorFrom(rt, server, logging, (s) => s.jobs.list({ limit: 2 }, { signal: AbortSignal.abort() }));
        assert.ok(aborted instanceof APIUserAbortError);
        for (const error of [invalid, aborted]) assertNoSecret(renderings(error), error.name);
        assert.equal(seen.size, FAULTS.length);

        // The debug log shows every request and its headers, with Authorization redacted.
        assert.ok(lines.some((l) => l.includes("[redacted]")));
        assertNoSecret(lines, "a log line");
        // Nor does the key travel in a URL.
        assertNoSecret(
          server.requests.map((r) => JSON.stringify(r.query)),
          "a URL",
        );
        assert.ok(server.requests.every((r) => r.authorization === `Key ${SECRET}`));
      }),
  },
  {
    name: "the key appears nowhere in a printed, inspected or serialised client",
    run: async (rt) => {
      const sutro = new rt.Sutro({ apiKey: SECRET, apiURL: "https://acme.sutro.example" });
      assertNoSecret(
        [...renderings(sutro), ...renderings(sutro.jobs), ...renderings(sutro.raw), inspect(sutro, { showHidden: true, depth: 20 })],
        "the client",
      );
      assert.match(JSON.stringify(sutro), /"apiKey":"\[redacted\]"/);
    },
  },
  {
    name: "a key refused for its characters is not echoed back",
    run: async (rt) => {
      try {
        new rt.Sutro({ apiKey: `${SECRET}\n`, apiURL: "https://acme.sutro.example" });
        assert.fail("expected a refusal");
      } catch (error) {
        assertNoSecret(renderings(error), "the refusal");
      }
    },
  },
  {
    name: "a key given where the URL belongs (SUTRO_API_URL=sk_live_…) is not echoed back",
    run: async (rt) => {
      for (const apiURL of [SECRET, `https://${SECRET}@acme.sutro.example`, `https://acme.sutro.example/v1?key=${SECRET}`]) {
        assert.throws(
          () => new rt.Sutro({ apiKey: "sk_other", apiURL }),
          (error: unknown) => {
            assertNoSecret(renderings(error), "the refusal");
            return true;
          },
        );
      }
    },
  },
  {
    name: "errors serialise with their message and redacted headers, and an abort carries the signal's reason as its cause",
    run: async (rt) => {
      const fetch = async () =>
        new Response(JSON.stringify({ detail: "Not found." }), {
          status: 404,
          headers: { "set-cookie": "session=COOKIE0SECRET", "x-request-id": "req_123", "content-type": "application/json" },
        });
      const sutro = new rt.Sutro({ apiKey: SECRET, apiURL: "https://acme.sutro.example", fetch, logLevel: "off" });
      const error = await sutro.jobs.list({ limit: 1 }).catch((e: unknown) => e as Error);
      const json = JSON.parse(JSON.stringify(error));
      assert.equal(json.name, "NotFoundError");
      assert.match(json.message, /failed with 404: Not found\./);
      assert.equal(json.status, 404);
      assert.equal(json.headers["x-request-id"], "req_123");
      assert.equal(json.headers["set-cookie"], "[redacted]");
      for (const text of renderings(error)) assert.ok(!text.includes("COOKIE0SECRET"), text);

      const reason = new Error("user pressed stop");
      const controller = new AbortController();
      controller.abort(reason);
      const aborted = await sutro.jobs.list({ limit: 1 }, { signal: controller.signal }).catch((e: unknown) => e as Error);
      assert.ok(aborted instanceof APIUserAbortError);
      assert.equal(aborted.cause, reason);
      assert.equal(JSON.parse(JSON.stringify(aborted)).message, "The request was aborted by its AbortSignal.");
    },
  },
];
