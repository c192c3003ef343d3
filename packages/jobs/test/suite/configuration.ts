import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { InvalidRequestError, type Logger, MissingApiKeyError } from "../../src/index.ts";
import { API_KEY, type Case, withEnv, withMock } from "./harness.ts";

function writeConfig(home: string, config: Record<string, unknown> | string): string {
  mkdirSync(join(home, ".sutro"), { recursive: true });
  const path = join(home, ".sutro", "config.json");
  writeFileSync(path, typeof config === "string" ? config : JSON.stringify(config));
  return path;
}

export const configurationCases: Case[] = [
  {
    name: "SUTRO_API_KEY and SUTRO_BASE_URL are the defaults when no option is given",
    run: (rt) =>
      withMock({ jobs: 3 }, (server) =>
        withEnv({ SUTRO_API_KEY: API_KEY, SUTRO_BASE_URL: server.url, SUTRO_LOG: "off" }, async () => {
          const sutro = new rt.Sutro();
          assert.equal(sutro.baseURL, server.url);
          assert.deepEqual(sutro.apiKeySource, { kind: "env", name: "SUTRO_API_KEY" });
          assert.equal((await sutro.jobs.list({ limit: 2 })).jobs.length, 2);
          assert.equal(server.requests[0]?.authorization, `Key ${API_KEY}`);
        }),
      ),
  },
  {
    name: "~/.sutro/config.json (the Python CLI's file) supplies api_key and base_url",
    run: (rt) =>
      withMock({ jobs: 3 }, (server) =>
        withEnv({ SUTRO_LOG: "off" }, async (home) => {
          const path = writeConfig(home, { api_key: API_KEY, base_url: server.url });
          const sutro = new rt.Sutro();
          assert.deepEqual(sutro.apiKeySource, { kind: "config", path });
          assert.equal((await sutro.jobs.list()).jobs.length, 3);
          assert.equal(server.requests[0]?.authorization, `Key ${API_KEY}`);
        }),
      ),
  },
  {
    name: "options beat the environment, which beats the config file, field by field",
    run: (rt) =>
      withMock({ jobs: 3 }, (server) =>
        withEnv({ SUTRO_API_KEY: API_KEY, SUTRO_LOG: "off" }, async (home) => {
          writeConfig(home, { api_key: "sk_from_file", base_url: server.url });
          const fromEnv = new rt.Sutro();
          assert.deepEqual(fromEnv.apiKeySource, { kind: "env", name: "SUTRO_API_KEY" });
          assert.equal(fromEnv.baseURL, server.url, "base_url still comes from the file");
          await fromEnv.jobs.list({ limit: 1 });
          assert.equal(server.requests[0]?.authorization, `Key ${API_KEY}`);

          const fromOption = new rt.Sutro({ apiKey: "sk_option", baseURL: "https://example.test" });
          assert.deepEqual(fromOption.apiKeySource, { kind: "option" });
          assert.equal(fromOption.apiKeyHint, "…", "too short to show any of it");
          assert.equal(new rt.Sutro({ apiKey: "sk_live_abcdefghijklmnop1234" }).apiKeyHint, "sk_live_…1234");
          assert.equal(new rt.Sutro({ apiKey: "0123456789abcdef" }).apiKeyHint, "…cdef");
          assert.equal(fromOption.baseURL, "https://example.test");
        }),
      ),
  },
  {
    name: "SUTRO_LOG sets the log level; a value that is not a level warns once and keeps warn",
    run: (rt) =>
      withMock({ jobs: 3, faults: [{ attempt: 1, status: 503, retryAfterMs: 1 }] }, (server) => {
        const lines: string[] = [];
        const sink = (message: string) => lines.push(message);
        const logger: Logger = { debug: sink, info: sink, warn: sink, error: sink };
        return withEnv({ SUTRO_API_KEY: API_KEY, SUTRO_LOG: "info" }, async () => {
          await new rt.Sutro({ baseURL: server.url, logger }).jobs.list({ limit: 1 });
          assert.equal(lines.length, 1);
          assert.match(lines[0] ?? "", /retrying GET/);
          lines.length = 0;
          process.env.SUTRO_LOG = "loud";
          new rt.Sutro({ baseURL: server.url, logger });
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
    name: "the base URL defaults to https://api.sutro.sh",
    run: (rt) =>
      withEnv({ SUTRO_API_KEY: API_KEY }, async () => {
        assert.equal(new rt.Sutro().baseURL, "https://api.sutro.sh");
      }),
  },
  {
    name: "no key anywhere is an InvalidRequestError naming the option, the variable and the config file",
    run: (rt) =>
      withEnv({}, async (home) => {
        assert.throws(
          () => new rt.Sutro(),
          (error: unknown) => {
            assert.ok(error instanceof MissingApiKeyError && error instanceof InvalidRequestError);
            assert.match(error.message, /apiKey/);
            assert.match(error.message, /SUTRO_API_KEY/);
            assert.ok(error.message.includes(join(home, ".sutro", "config.json")), error.message);
            return true;
          },
        );
      }),
  },
  {
    name: "a config file that is not JSON is a clear error naming the file",
    run: (rt) =>
      withEnv({}, async (home) => {
        const path = writeConfig(home, "{api_key: nope");
        assert.throws(
          () => new rt.Sutro(),
          (error: unknown) => error instanceof InvalidRequestError && error.message.includes(path),
        );
      }),
  },
];
