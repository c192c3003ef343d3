import assert from "node:assert/strict";
import { type ClientOptions, InvalidRequestError, type Sutro } from "../../src/index.ts";
import { API_KEY, type Case, clientFor, collect, withMock } from "./harness.ts";

/** `fn` must throw InvalidRequestError matching `message`, and the server must have seen no request. */
function refused(name: string, message: RegExp, fn: (sutro: Sutro) => Promise<unknown> | unknown): Case {
  return {
    name: `refused before any request: ${name}`,
    run: (rt) =>
      withMock({ jobs: 10 }, async (server) => {
        const sutro = clientFor(rt, server);
        try {
          await fn(sutro);
          assert.fail("expected InvalidRequestError");
        } catch (error) {
          assert.ok(error instanceof InvalidRequestError, `got ${(error as Error).name}: ${(error as Error).message}`);
          assert.match(error.message, message);
        }
        assert.equal(server.requests.length, 0);
      }),
  };
}

/** A client built with these options must be refused, saying `message`. */
function badClient(name: string, options: ClientOptions, message: RegExp): Case {
  return refused(name, message, (sutro) => {
    void sutro;
    return new (sutro.constructor as new (o: ClientOptions) => Sutro)({ apiKey: API_KEY, apiURL: DEPLOYMENT, logLevel: "off", ...options });
  });
}

const any = (value: unknown) => value as never;
const DEPLOYMENT = "https://acme.sutro.example";

export const inputCases: Case[] = [
  ...[0, 101, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY].map((limit) =>
    refused(`limit ${limit}`, /limit must be a whole number from 1 to 100, got/, (s) => s.jobs.list({ limit })),
  ),
  refused('limit "10" (a string)', /got the string "10"/, (s) => s.jobs.list({ limit: any("10") })),
  refused("limit null", /got a null/, (s) => s.jobs.list({ limit: any(null) })),
  refused("cursor without limit", /cursor only works together with limit/, (s) => s.jobs.list(any({ cursor: "abc" }))),
  refused("an empty cursor", /cursor must be the non-empty next_cursor/, (s) => s.jobs.list({ limit: 5, cursor: "" })),
  refused("a cursor that is a number", /cursor must be the non-empty next_cursor/, (s) => s.jobs.list({ limit: 5, cursor: any(7) })),
  refused("an unknown parameter", /does not take pagesize; it takes limit, cursor/, (s) => s.jobs.list(any({ pagesize: 5 }))),
  refused("parameters that are not an object", /takes an object of parameters/, (s) => s.jobs.list(any(5))),
  ...[0, 101, 2.5].map((pageSize) =>
    refused(`pageSize ${pageSize}`, /pageSize must be a whole number from 1 to 100/, (s) => collect(s.jobs.iterate({ pageSize }))),
  ),
  refused("iterate with an empty cursor", /cursor must be the non-empty/, (s) => s.jobs.iterate({ cursor: "" })),
  refused("prefetch 2", /prefetch must be 0 or 1/, (s) => s.jobs.iterate({ prefetch: any(2) })),
  refused("a negative per-call timeout", /timeout must be a positive number of milliseconds/, (s) =>
    s.jobs.list({ limit: 5 }, { timeout: -1 }),
  ),
  refused("a fractional per-call maxRetries", /maxRetries must be a whole number/, (s) => s.jobs.list({ limit: 5 }, { maxRetries: 1.5 })),
  refused("a signal that is not an AbortSignal", /signal must be an AbortSignal/, (s) => s.jobs.list({ limit: 5 }, { signal: any({}) })),

  badClient("an empty apiKey", { apiKey: "" }, /apiKey` is empty/),
  badClient("an apiKey with CR/LF", { apiKey: "sk_live_abc\r\nX-Evil: 1" }, /control character/),
  badClient("an apiKey with a trailing newline", { apiKey: "sk_live_abc\n" }, /Remove any newline or space/),
  badClient("an apiKey with a NUL", { apiKey: "sk_live\u0000abc" }, /control character/),
  badClient("an apiKey that is not a string", { apiKey: any(42) }, /apiKey` must be a string/),
  badClient("an apiURL that is not a URL", { apiURL: "acme.sutro.example" }, /apiURL` is not a URL. Use your deployment's URL/),
  badClient("an apiURL that is not http(s)", { apiURL: "ftp://acme.sutro.example" }, /must be an https:\/\/ URL/),
  badClient("plain http:// to a host that is not loopback", { apiURL: "http://acme.sutro.example" }, /unencrypted.*allowInsecureHTTP/),
  badClient("an apiURL with credentials", { apiURL: "https://user:pw@acme.sutro.example" }, /must not carry a user name or password/),
  badClient("an apiURL with another path", { apiURL: "https://acme.sutro.example/api/v2" }, /has the path "\/api\/v2".*under \/v1/),
  badClient("an apiURL with a query", { apiURL: "https://acme.sutro.example/v1?x=1" }, /must not have a query or fragment/),
  badClient("an apiURL with a fragment", { apiURL: "https://acme.sutro.example/#v1" }, /must not have a query or fragment/),
  badClient("apiURL and baseURL that disagree", { apiURL: DEPLOYMENT, baseURL: "https://other.example" }, /not both/),
  ...[
    "https://api.sutro.sh",
    "https://API.SUTRO.SH/v1",
    "https://serve.sutro.sh",
    "https://eu.api.sutro.sh",
    "https://api.materialized.dev",
    "https://sutro--tensor-factory-fastapi-app.modal.run",
  ].map((apiURL) => badClient(`the retired host ${apiURL}`, { apiURL }, /is retired and answers 410 Gone.*deployment URL.*SUTRO_API_URL/)),
  badClient("a timeout of 0", { timeout: 0 }, /timeout must be a positive number/),
  badClient("maxRetries -1", { maxRetries: -1 }, /maxRetries must be a whole number/),
  badClient("an unknown logLevel", { logLevel: any("verbose") }, /logLevel must be one of/),
  {
    name: "plain http:// is fine to loopback, and elsewhere with allowInsecureHTTP",
    run: async (rt) => {
      for (const apiURL of ["http://localhost:4010", "http://127.0.0.1:4010/", "http://[::1]:4010/v1"]) {
        assert.equal(new rt.Sutro({ apiKey: API_KEY, apiURL }).apiURL, `${apiURL.replace(/\/(v1)?$/, "")}/v1`);
      }
      const insecure = new rt.Sutro({ apiKey: API_KEY, apiURL: "http://10.0.0.5:80", allowInsecureHTTP: true });
      assert.equal(insecure.apiURL, "http://10.0.0.5/v1");
    },
  },
  {
    name: "the deployment origin, with or without /v1 and a trailing slash, becomes <origin>/v1",
    run: async (rt) => {
      for (const apiURL of [DEPLOYMENT, `${DEPLOYMENT}/`, `${DEPLOYMENT}/v1`, `${DEPLOYMENT}/v1/`, ` ${DEPLOYMENT}/v1 `]) {
        const sutro = new rt.Sutro({ apiKey: API_KEY, apiURL });
        assert.equal(sutro.apiURL, `${DEPLOYMENT}/v1`);
        assert.equal(sutro.baseURL, sutro.apiURL, "baseURL is the older name of apiURL");
      }
      assert.equal(new rt.Sutro({ apiKey: API_KEY, baseURL: DEPLOYMENT }).apiURL, `${DEPLOYMENT}/v1`);
    },
  },
  {
    name: "durations beyond 2^31-1 ms (and Infinity) mean no limit in practice, never a timer that fires at once",
    run: (rt) =>
      withMock({ jobs: 3, faults: [{ request: 1, delay: 30 }] }, async (server) => {
        const sutro = clientFor(rt, server, { timeout: 2 ** 31, deadline: Number.POSITIVE_INFINITY, maxRetries: 0 });
        assert.equal((await sutro.jobs.list({ limit: 2 })).jobs.length, 2);
        assert.equal((await sutro.jobs.list({ limit: 2 }, { timeout: 2 ** 40, deadline: 1e300 })).jobs.length, 2);
      }),
  },
];
