import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type MockServer, startMockServer } from "../packages/mock/src/index.ts";
import { DENO } from "./support/deno.ts";
import { runProcess } from "./support/spawn.ts";

// The client's timeouts share one timer, which may stay set after the last call (attempt-signals.ts): a script must
// still end with its last call, not when a ten-minute timeout would have run out.
const KEY = "sk_test_exit";
const jobs = join(import.meta.dirname, "../packages/jobs");
let server: MockServer;
let dir: string;
beforeAll(async () => {
  server = await startMockServer({ jobs: 5, apiKey: KEY });
  dir = mkdtempSync(join(tmpdir(), "sutro-exit-"));
});
afterAll(() => server.close());

const script = (entry: string) => `import { Sutro } from ${JSON.stringify(entry)};
const sutro = new Sutro({ apiURL: ${JSON.stringify(server.apiURL)}, apiKey: ${JSON.stringify(KEY)}, timeout: 600000 });
const page = await sutro.jobs.list({ limit: 2 });
const job = await sutro.jobs.get(page.jobs[0].job_id);
console.log(job.job_id === page.jobs[0].job_id ? "done" : "wrong job");
`;

test.each([
  ["node", "dist/node.js", (file: string) => [process.execPath, file]],
  ["node, web entry", "dist/index.js", (file: string) => [process.execPath, file]],
  ["deno", "src/deno.ts", (file: string) => [DENO, "run", "--allow-net", file]],
  ["bun", "src/bun.ts", (file: string) => [join(import.meta.dirname, "../node_modules/.bin/bun"), file]],
])("a script on %s ends with its last call, whatever the client's timeout", async (name, entry, command) => {
  const file = join(dir, `${name.replace(/\W+/g, "-")}.${entry.endsWith(".ts") ? "ts" : "mjs"}`);
  writeFileSync(file, script(join(jobs, entry)));
  const [bin, ...args] = command(file);
  // Starting a runtime takes well under the 30 s given; a timer holding the process open would take ten minutes.
  const result = await runProcess(bin as string, args, { env: { PATH: process.env.PATH ?? "", HOME: dir }, timeout: 30_000 });
  expect(result.stderr).toBe("");
  expect(result.stdout.trim()).toBe("done");
  expect(result.code, "the process had to be killed").toBe(0);
});
