import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import fc from "fast-check";
import {
  ConfigurationError,
  InvalidRequestError,
  type Logger,
  MissingApiKeyError,
  MissingApiUrlError,
  type Sutro,
} from "../../src/index.ts";
import { API_KEY, type Case, type Runtime, withEnv, withMock } from "./harness.ts";

function writeConfig(home: string, config: Record<string, unknown> | string): string {
  mkdirSync(join(home, ".sutro"), { recursive: true });
  const path = join(home, ".sutro", "config.json");
  writeFileSync(path, typeof config === "string" ? config : JSON.stringify(config));
  return path;
}

/** A fetch that answers every request with an empty page and records where it went, with which key. */
function recordingFetch() {
  const sent: { origin: string; path: string; authorization: string | null }[] = [];
  const fetch = async (input: string | Request, init?: RequestInit) => {
    const url = new URL(typeof input === "string" ? input : input.url);
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    sent.push({ origin: url.origin, path: url.pathname, authorization: headers.get("authorization") });
    return new Response(JSON.stringify({ jobs: [], next_cursor: null }), { headers: { "content-type": "application/json" } });
  };
  return { sent, fetch };
}

/** What each source holds, by name: the options, the environment, the config file. */
const SOURCES = {
  options: { url: "https://options.example", key: "sk_live_from_options" },
  env: { url: "https://env.example/v1", key: "sk_live_from_env" },
  config: { url: "https://config.example/", key: "sk_live_from_config" },
} as const;
type SourceName = keyof typeof SOURCES;
type Holds = "nothing" | "url" | "key" | "both";
const HOLDS: Holds[] = ["nothing", "url", "key", "both"];
const has = (holds: Holds, half: "url" | "key") => holds === "both" || holds === half;

/** Sets the environment and config file to what `table` says each holds; returns the options to pass. */
function arrange(home: string, table: Record<SourceName, Holds>): { apiURL?: string; apiKey?: string } {
  if (has(table.env, "url")) process.env.SUTRO_API_URL = SOURCES.env.url;
  if (has(table.env, "key")) process.env.SUTRO_API_KEY = SOURCES.env.key;
  const file: Record<string, string> = { theme: "dark" };
  if (has(table.config, "url")) file.api_url = SOURCES.config.url;
  if (has(table.config, "key")) file.api_key = SOURCES.config.key;
  writeConfig(home, file);
  return {
    ...(has(table.options, "url") ? { apiURL: SOURCES.options.url } : {}),
    ...(has(table.options, "key") ? { apiKey: SOURCES.options.key } : {}),
  };
}

/** The rule, stated once: the first source that holds anything is used, and only when it holds both. */
function expected(table: Record<SourceName, Holds>): SourceName | { missing: "url" | "key" } {
  for (const name of ["options", "env", "config"] as const) {
    if (table[name] === "both") return name;
    if (table[name] !== "nothing") return { missing: table[name] === "url" ? "key" : "url" };
  }
  return { missing: "url" };
}

/** Builds a client and lists once; returns what was sent, or the error with nothing sent. */
async function attempt(rt: Runtime, options: { apiURL?: string; apiKey?: string }) {
  const recorder = recordingFetch();
  let sutro: Sutro;
  try {
    sutro = new rt.Sutro({ ...options, fetch: recorder.fetch, logLevel: "off" });
  } catch (error) {
    assert.equal(recorder.sent.length, 0);
    return { error };
  }
  await sutro.jobs.list({ limit: 1 });
  return { sutro, sent: recorder.sent };
}

const resolutionCases: Case[] = [];
for (const options of HOLDS) {
  for (const env of HOLDS) {
    for (const config of HOLDS) {
      const table = { options, env, config };
      const outcome = expected(table);
      resolutionCases.push({
        name: `resolution: options ${options}, env ${env}, config file ${config} → ${typeof outcome === "string" ? `the ${outcome} pair` : `no request, missing ${outcome.missing}`}`,
        run: (rt) =>
          withEnv({}, async (home) => {
            const result = await attempt(rt, arrange(home, table));
            if (typeof outcome === "string") {
              assert.ok(result.sent, `expected a request, got ${(result.error as Error)?.message}`);
              const source = SOURCES[outcome];
              assert.deepEqual(result.sent, [
                { origin: new URL(source.url).origin, path: "/v1/list-jobs", authorization: `Key ${source.key}` },
              ]);
              assert.equal(result.sutro.apiURL, `${new URL(source.url).origin}/v1`);
              assert.equal(result.sutro.apiKeySource.kind, outcome === "options" ? "option" : outcome);
              assert.equal(result.sutro.apiURLSource.kind, outcome === "options" ? "option" : outcome);
            } else {
              const error = result.error;
              const Class = outcome.missing === "url" ? MissingApiUrlError : MissingApiKeyError;
              assert.ok(error instanceof Class, `expected ${Class.name}, got ${(error as Error)?.name}: ${(error as Error)?.message}`);
              assert.ok(error instanceof ConfigurationError && error instanceof InvalidRequestError);
              // It says where a deployment can come from, in this runtime's terms.
              assert.match(error.message, /apiURL.*SUTRO_API_URL.*SUTRO_API_KEY.*sutro-jobs login.*config\.json/);
            }
          }),
      });
    }
  }
}

export const configurationCases: Case[] = [
  ...resolutionCases,
  {
    name: "a partial pair names what is missing and never borrows the other half from the config file",
    run: (rt) =>
      withEnv({ SUTRO_API_KEY: "sk_live_env_only_key" }, async (home) => {
        const path = writeConfig(home, { api_url: "https://config.example", api_key: "sk_live_config_key" });
        assert.throws(
          () => new rt.Sutro(),
          (error: unknown) =>
            error instanceof MissingApiUrlError &&
            /^SUTRO_API_KEY is set but SUTRO_API_URL is not\. The environment is used as a pair/.test(error.message) &&
            error.message.includes(path),
        );
        delete process.env.SUTRO_API_KEY;
        writeConfig(home, { api_url: "https://config.example" });
        assert.throws(
          () => new rt.Sutro(),
          (error: unknown) =>
            error instanceof MissingApiKeyError && error.message.startsWith(`api_url in ${path} is set but api_key is not.`),
        );
        assert.throws(
          () => new rt.Sutro({ apiKey: "sk_live_option_key" }),
          (error: unknown) => error instanceof MissingApiUrlError && /^`apiKey` is set but `apiURL` is not/.test(error.message),
        );
      }),
  },
  {
    name: "legacy names: SUTRO_BASE_URL when SUTRO_API_URL is unset, base_url when api_url is absent, with a debug line",
    run: (rt) =>
      withMock({ jobs: 3 }, (server) =>
        withEnv({ SUTRO_API_KEY: API_KEY, SUTRO_BASE_URL: server.url }, async (home) => {
          const lines: string[] = [];
          const sink = (message: string) => lines.push(message);
          const logger: Logger = { debug: sink, info: sink, warn: sink, error: sink };
          const fromEnv = new rt.Sutro({ logLevel: "debug", logger });
          assert.equal(fromEnv.apiURL, server.apiURL);
          assert.deepEqual(fromEnv.apiURLSource, { kind: "env", name: "SUTRO_BASE_URL" });
          assert.ok(lines.includes("[sutro] read the deployment URL from SUTRO_BASE_URL (older name)"), lines.join("\n"));
          await fromEnv.jobs.list({ limit: 1 });

          process.env.SUTRO_API_URL = server.apiURL;
          process.env.SUTRO_BASE_URL = "https://stale.example";
          assert.deepEqual(new rt.Sutro().apiURLSource, { kind: "env", name: "SUTRO_API_URL" }, "the current name wins");

          delete process.env.SUTRO_API_URL;
          delete process.env.SUTRO_BASE_URL;
          delete process.env.SUTRO_API_KEY;
          const path = writeConfig(home, { api_key: API_KEY, base_url: server.url });
          const fromFile = new rt.Sutro();
          assert.deepEqual(fromFile.apiURLSource, { kind: "config", path, field: "base_url" });
          assert.deepEqual(fromFile.apiKeySource, { kind: "config", path, field: "api_key" });
          assert.equal((await fromFile.jobs.list()).jobs.length, 3);
          writeConfig(home, { api_key: API_KEY, base_url: "https://stale.example", api_url: server.apiURL });
          assert.deepEqual(new rt.Sutro().apiURLSource, { kind: "config", path, field: "api_url" });
          assert.ok(server.requests.every((r) => r.authorization === `Key ${API_KEY}`));
        }),
      ),
  },
  {
    name: "property: whatever mix of sources, every request's URL and key come from one source",
    run: (rt) =>
      fc.assert(
        fc.asyncProperty(
          fc.record({
            options: fc.constantFrom(...HOLDS),
            env: fc.constantFrom(...HOLDS),
            config: fc.constantFrom(...HOLDS),
            legacyEnv: fc.boolean(),
            legacyConfig: fc.boolean(),
            emptyVars: fc.boolean(),
          }),
          async ({ legacyEnv, legacyConfig, emptyVars, ...table }) =>
            withEnv({}, async (home) => {
              const options = arrange(home, table);
              // The older names in place of the current ones, and set-but-empty variables, change nothing.
              if (legacyEnv && process.env.SUTRO_API_URL) {
                process.env.SUTRO_BASE_URL = process.env.SUTRO_API_URL;
                delete process.env.SUTRO_API_URL;
              }
              if (emptyVars) for (const name of ["SUTRO_API_URL", "SUTRO_API_KEY"]) process.env[name] ??= "";
              if (legacyConfig && has(table.config, "url")) {
                writeConfig(home, { base_url: SOURCES.config.url, ...(has(table.config, "key") ? { api_key: SOURCES.config.key } : {}) });
              }
              const result = await attempt(rt, options);
              const pairs = Object.values(SOURCES).map((s) => `${new URL(s.url).origin} Key ${s.key}`);
              for (const request of result.sent ?? []) assert.ok(pairs.includes(`${request.origin} ${request.authorization}`));
              const outcome = expected(table);
              assert.equal(result.sent === undefined, typeof outcome !== "string");
            }),
        ),
        { numRuns: 60 },
      ),
  },
  {
    name: "SUTRO_LOG sets the log level; a value that is not a level warns once and keeps warn",
    run: (rt) =>
      withMock({ jobs: 3, faults: [{ attempt: 1, status: 503, retryAfterMs: 1 }] }, (server) => {
        const lines: string[] = [];
        const sink = (message: string) => lines.push(message);
        const logger: Logger = { debug: sink, info: sink, warn: sink, error: sink };
        return withEnv({ SUTRO_API_KEY: API_KEY, SUTRO_API_URL: server.apiURL, SUTRO_LOG: "info" }, async () => {
          await new rt.Sutro({ logger }).jobs.list({ limit: 1 });
          assert.equal(lines.length, 1);
          assert.match(lines[0] ?? "", /retrying GET/);
          lines.length = 0;
          process.env.SUTRO_LOG = "loud";
          new rt.Sutro({ logger });
          assert.deepEqual(lines, ['[sutro] SUTRO_LOG="loud" is not a log level (off, error, warn, info, debug); using warn.']);
        });
      }),
  },
  {
    name: "configFilePath() names the file this entry reads, under $HOME",
    run: (rt) =>
      withEnv({}, async (home) => {
        assert.equal(rt.configFilePath(), join(home, ".sutro", "config.json"));
      }),
  },
  {
    name: "there is no default deployment: nothing configured is a MissingApiUrlError naming all three ways",
    run: (rt) =>
      withEnv({}, async (home) => {
        assert.throws(
          () => new rt.Sutro(),
          (error: unknown) => {
            assert.ok(error instanceof MissingApiUrlError && error instanceof InvalidRequestError);
            assert.match(error.message, /^No Sutro deployment is configured/);
            assert.match(error.message, /apiURL.*apiKey.*SUTRO_API_URL and SUTRO_API_KEY/);
            assert.ok(error.message.includes(join(home, ".sutro", "config.json")), error.message);
            return true;
          },
        );
      }),
  },
  {
    name: "a config file that is not JSON, or a directory, is a ConfigurationError naming it, only when it is needed",
    run: (rt) =>
      withMock({ jobs: 3 }, (server) =>
        withEnv({}, async (home) => {
          const path = writeConfig(home, "{api_key: nope");
          const broken = (error: unknown) => error instanceof ConfigurationError && error.message.includes(path);
          assert.throws(() => new rt.Sutro(), broken);
          // Options, or the environment pair, never read the file.
          await new rt.Sutro({ apiKey: API_KEY, apiURL: server.apiURL }).jobs.list({ limit: 1 });
          process.env.SUTRO_API_URL = server.apiURL;
          process.env.SUTRO_API_KEY = API_KEY;
          await new rt.Sutro().jobs.list({ limit: 1 });
          delete process.env.SUTRO_API_URL;
          delete process.env.SUTRO_API_KEY;

          const { rmSync } = await import("node:fs");
          rmSync(path);
          mkdirSync(path);
          assert.throws(
            () => new rt.Sutro(),
            (error: unknown) => broken(error) && /is a directory/.test((error as Error).message),
          );
          await new rt.Sutro({ apiKey: API_KEY, apiURL: server.apiURL }).jobs.list({ limit: 1 });
          assert.equal(server.requests.length, 3);
        }),
      ),
  },
  {
    name: "describeDeployment() says what a client would use and from where, or why none can be made, never the key",
    run: (rt) =>
      withEnv({ SUTRO_API_URL: "https://acme.sutro.example" }, async (home) => {
        const partial = rt.describeDeployment();
        assert.deepEqual(partial.apiURL, { value: "https://acme.sutro.example/v1", source: { kind: "env", name: "SUTRO_API_URL" } });
        assert.equal(partial.apiKey, undefined);
        assert.ok(partial.problem instanceof MissingApiKeyError);
        assert.equal(partial.configFile, join(home, ".sutro", "config.json"));

        process.env.SUTRO_API_KEY = "sk_live_abcdefghijklmnop1234";
        const complete = rt.describeDeployment();
        assert.deepEqual(complete.apiKey, { hint: "sk_live_…1234", source: { kind: "env", name: "SUTRO_API_KEY" } });
        assert.equal(complete.problem, undefined);
        assert.ok(!JSON.stringify(complete).includes("abcdefghijklmnop"));

        const retired = rt.describeDeployment({ apiURL: "https://user:pw@api.sutro.sh/?k=1", apiKey: "sk_x" });
        assert.equal(retired.apiURL?.value, "https://api.sutro.sh/");
        assert.match(String(retired.problem?.message), /must not carry a user name or password/);
      }),
  },
];
