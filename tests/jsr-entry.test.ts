import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type MockServer, startMockServer } from "../packages/mock/src/index.ts";
import { DENO } from "./support/deno.ts";
import { runProcess } from "./support/spawn.ts";

const KEY = "sk_test_jsr";
const fixture = join(import.meta.dirname, "fixtures/jsr-entry.ts");
let server: MockServer;
let env: Record<string, string>;
beforeAll(async () => {
  server = await startMockServer({ jobs: 5, apiKey: KEY });
  // A HOME of its own: no config file, and Deno's cache goes there rather than into the repo.
  env = { PATH: process.env.PATH ?? "", HOME: mkdtempSync(join(tmpdir(), "jsr-home-")), SUTRO_API_URL: server.apiURL, SUTRO_API_KEY: KEY };
});
afterAll(() => server.close());

const lastAgent = () => server.requests.at(-1)?.userAgent ?? "";

test("the JSR entry works on Node: it reads the environment pair and names node in the User-Agent", async () => {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const { Sutro } = await import("../packages/jobs/src/jsr.ts");
    const sutro = new Sutro();
    expect((await sutro.jobs.list({ limit: 2 })).jobs).toHaveLength(2);
    expect(lastAgent()).toMatch(/^sutro-jobs-ts\/\S+ node\//);
  } finally {
    process.env = saved;
  }
});

test.each([
  ["bun", join(import.meta.dirname, "../node_modules/.bin/bun"), [fixture], /^sutro-jobs-ts\/\S+ bun\//],
  ["deno", DENO, ["run", "--allow-net", "--allow-env", "--allow-read", fixture], /^sutro-jobs-ts\/\S+ deno\//],
])("the JSR entry works on %s", async (_, command, args, agent) => {
  const result = await runProcess(command, args, { env });
  expect(result.stderr).toBe("");
  expect(JSON.parse(result.stdout)).toEqual({ jobs: 2, source: "env" });
  expect(lastAgent()).toMatch(agent);
});
