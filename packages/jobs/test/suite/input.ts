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
    return new (sutro.constructor as new (o: ClientOptions) => Sutro)({ apiKey: API_KEY, logLevel: "off", ...options });
  });
}

const any = (value: unknown) => value as never;

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

  badClient("an empty apiKey", { apiKey: "" }, /apiKey is empty/),
  badClient("an apiKey with CR/LF", { apiKey: "sk_live_abc\r\nX-Evil: 1" }, /control character/),
  badClient("an apiKey with a trailing newline", { apiKey: "sk_live_abc\n" }, /Remove any newline or space/),
  badClient("an apiKey with a NUL", { apiKey: "sk_live\u0000abc" }, /control character/),
  badClient("an apiKey that is not a string", { apiKey: any(42) }, /apiKey must be a string/),
  badClient("a baseURL that is not a URL", { baseURL: "api.sutro.sh" }, /baseURL is not a URL/),
  badClient("a baseURL that is not http(s)", { baseURL: "ftp://api.sutro.sh" }, /must be an http\(s\) URL/),
  badClient("plain http:// to a host that is not loopback", { baseURL: "http://api.sutro.sh" }, /unencrypted.*allowInsecureHTTP/),
  badClient("a baseURL with credentials", { baseURL: "https://user:pw@api.sutro.sh" }, /must not carry credentials/),
  badClient("a timeout of 0", { timeout: 0 }, /timeout must be a positive number/),
  badClient("maxRetries -1", { maxRetries: -1 }, /maxRetries must be a whole number/),
  badClient("an unknown logLevel", { logLevel: any("verbose") }, /logLevel must be one of/),
  {
    name: "plain http:// is fine to loopback, and elsewhere with allowInsecureHTTP",
    run: async (rt) => {
      for (const baseURL of ["http://localhost:4010", "http://127.0.0.1:4010/", "http://[::1]:4010"]) {
        assert.equal(new rt.Sutro({ apiKey: API_KEY, baseURL }).baseURL, baseURL.replace(/\/$/, ""));
      }
      assert.equal(new rt.Sutro({ apiKey: API_KEY, baseURL: "http://10.0.0.5:80", allowInsecureHTTP: true }).baseURL, "http://10.0.0.5");
    },
  },
];
