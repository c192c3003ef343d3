import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type MockServer, startMockServer } from "../packages/mock/src/index.ts";
import { type PackageDir, packAll, root } from "./support/pack.ts";
import { runProcess } from "./support/spawn.ts";

const KEY = "sk_test_install";
const bin = (name: string) => join(root, "node_modules/.bin", name);
let tarballs: Record<PackageDir, string>;
let server: MockServer;
const projects: string[] = [];

beforeAll(async () => {
  tarballs = packAll();
  server = await startMockServer({ jobs: 40, seed: 5, apiKey: KEY });
}, 60_000);
afterAll(async () => {
  await server.close();
  for (const dir of [...projects, dirname(tarballs.jobs)]) rmSync(dir, { recursive: true, force: true });
});

/** A fresh project outside the repo, with the packed tarballs installed by npm as a user would. */
function project(manifest: Record<string, unknown>, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "sutro-install-"));
  projects.push(dir);
  const dependencies = { "@sutro/jobs": `file:${tarballs.jobs}`, "@sutro/jobs-cli": `file:${tarballs.cli}` };
  // The CLI's tarball asks for @sutro/jobs@0.1.0: take it from the local tarball, not the registry.
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "consumer", private: true, ...manifest, dependencies, overrides: { "@sutro/jobs": "$@sutro/jobs" } }),
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], { cwd: dir, stdio: "pipe" });
  return dir;
}

function run(command: string, args: string[], cwd: string) {
  return runProcess(command, args, {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: cwd, SUTRO_API_KEY: KEY, SUTRO_API_URL: server.apiURL },
  });
}

/** What every consumer project here is compiled with: strict, its own declarations checked too (no skipLibCheck), no ambient types. */
const STRICT = { target: "es2022", strict: true, lib: ["es2022", "dom"], types: [], skipLibCheck: false };

/** The program every project runs: list one page through the installed SDK, key and URL from the environment. */
const PROGRAM = `const sutro = new Sutro();
const page = await sutro.jobs.list({ limit: 5 });
let all = 0;
for await (const _ of sutro.jobs.iterate({ pageSize: 10 })) all++;
console.log(JSON.stringify({ page: page.jobs.map((j) => j.job_id), all }));`;

async function listsJobs(command: string, args: string[], cwd: string, runtime: string): Promise<void> {
  const before = server.requests.length;
  const result = await run(command, args, cwd);
  expect(result.stderr.replace(/.*ExperimentalWarning.*\n?|.*--trace-warnings.*\n?/g, "")).toBe("");
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual({ page: [0, 1, 2, 3, 4].map((i) => server.dataset.at(i).job_id), all: 40 });
  const seen = server.requests.slice(before);
  expect(seen.length).toBe(1 + 4);
  // The User-Agent names the runtime: the package.json condition picked that runtime's entry.
  for (const request of seen) expect(request.userAgent).toMatch(new RegExp(`^sutro-jobs-ts/0\\.1\\.0 ${runtime}/`));
}

describe("the packed packages, installed into fresh projects", () => {
  test("a Node ESM project lists jobs, and its sutro-jobs bin works", async () => {
    const dir = project({ type: "module" }, { "main.js": `import { Sutro } from "@sutro/jobs";\n${PROGRAM}` });
    await listsJobs("node", ["main.js"], dir, "node");
    const cli = await run(join(dir, "node_modules/.bin/sutro-jobs"), ["list", "--limit", "3", "--json", "--fields", "id"], dir);
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual([0, 1, 2].map((i) => ({ job_id: server.dataset.at(i).job_id })));
  }, 60_000);

  test("a TypeScript project with moduleResolution node16 type-checks against the types and runs", async () => {
    const source = `import { Sutro, type Job, type JobPage, isTerminalStatus } from "@sutro/jobs";
const sutro = new Sutro();
const page: JobPage = await sutro.jobs.list({ limit: 5 });
const first: Job | undefined = page.jobs[0];
const done: boolean = first ? isTerminalStatus(first.status) : false;
let all = 0;
for await (const _ of sutro.jobs.iterate({ pageSize: 10 })) all++;
console.log(JSON.stringify({ page: page.jobs.map((j) => j.job_id), all, done: typeof done }).replace(',"done":"boolean"', ""));
`;
    const dir = project(
      {},
      {
        "main.mts": source,
        "tsconfig.json": JSON.stringify({
          compilerOptions: { module: "node16", moduleResolution: "node16", ...STRICT },
        }),
      },
    );
    const tsc = await run(bin("tsc"), ["-p", "."], dir);
    expect(tsc.stdout + tsc.stderr).toBe("");
    await listsJobs("node", ["main.mjs"], dir, "node");
  }, 60_000);

  test("a CommonJS project require()s the SDK: its CommonJS build, on any Node 20 (no require(esm)), types included for TypeScript 5.4 and the newest", async () => {
    const program = `const { Sutro, JobNotSucceededError } = require("@sutro/jobs");
(async () => {
${PROGRAM}
})();`;
    const typed = `import { Sutro, type JobPage, JobNotSucceededError } from "@sutro/jobs";
import { Sutro as WebSutro } from "@sutro/jobs/web";
const web: WebSutro = new WebSutro({ apiURL: "https://acme.example", apiKey: "sk_x" });
const failed: JobNotSucceededError = new JobNotSucceededError("x");
async function main(): Promise<void> {
${PROGRAM}
  const size = (p: JobPage): number => p.jobs.length;
  void size, web, failed;
}
void main();
`;
    // No "type": "module": .js and .ts files are CommonJS, as in most existing Node projects.
    const dir = project({}, { "main.js": program, "main.ts": typed });
    // Node's require(esm) (20.19+) turned off, as on the Node 20 releases before it: the CommonJS build loads.
    await listsJobs("node", ["--no-experimental-require-module", "main.js"], dir, "node");
    const resolved = await run("node", ["-p", 'require.resolve("@sutro/jobs")'], dir);
    expect(resolved.stdout.trim()).toMatch(/node_modules\/@sutro\/jobs\/dist\/cjs\/node\.js$/);
    for (const tsc of [join(root, "node_modules/typescript-5.4/bin/tsc"), join(root, "node_modules/typescript/bin/tsc")]) {
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: { module: "node16", moduleResolution: "node16", ...STRICT },
          files: ["main.ts"],
        }),
      );
      const result = await run(process.execPath, [tsc, "-p", "."], dir);
      expect(result.stdout + result.stderr, tsc).toBe("");
    }
    // What tsc made of main.ts is CommonJS (require, not import), and it runs.
    expect(readFileSync(join(dir, "main.js"), "utf8")).toMatch(/require\("@sutro\/jobs"\)/);
    await listsJobs("node", ["--no-experimental-require-module", "main.js"], dir, "node");
  }, 120_000);

  test("TypeScript 5.4 and the newest check a strict consumer, without skipLibCheck, under bundler, node16 and nodenext", async () => {
    const source = `import { Sutro, type InferRow, JobNotSucceededError } from "@sutro/jobs";
import { Sutro as WebSutro } from "@sutro/jobs/web";
const sutro = new Sutro();
const web = new WebSutro({ apiURL: "https://acme.example", apiKey: "sk_x" });
const page = await sutro.jobs.list({ limit: 5 });
const run = await web.infer(["a"], { model: "m" });
const rows: InferRow<string>[] = run.rows;
const failed = new JobNotSucceededError("x");
console.log(page.jobs.length, rows.length, failed.jobStatus);
`;
    const dir = project({}, { "main.mts": source });
    const configs: Record<string, Record<string, unknown>> = {
      bundler: { module: "esnext", moduleResolution: "bundler" },
      node16: { module: "node16", moduleResolution: "node16" },
      nodenext: { module: "nodenext", moduleResolution: "nodenext" },
    };
    for (const tsc of [join(root, "node_modules/typescript-5.4/bin/tsc"), join(root, "node_modules/typescript/bin/tsc")]) {
      for (const [name, options] of Object.entries(configs)) {
        const config = {
          compilerOptions: { ...options, ...STRICT, noEmit: true },
          files: ["main.mts"],
        };
        writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config));
        const result = await run(process.execPath, [tsc, "-p", "."], dir);
        expect(result.stdout + result.stderr, `${tsc} ${name}`).toBe("");
      }
    }
  }, 120_000);

  test("a pnpm project emits declarations for sutro.raw, sutro.api and their calls' results: no TS2742 path into .pnpm", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sutro-install-pnpm-"));
    projects.push(dir);
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: { "@sutro/jobs": `file:${tarballs.jobs}` } }),
    );
    writeFileSync(
      join(dir, "index.ts"),
      `import { Sutro } from "@sutro/jobs";
const sutro = new Sutro({ apiURL: "https://acme.example", apiKey: "sk_x" });
export const raw = sutro.raw;
export const rawJob = () => sutro.raw.GET("/jobs/{job_id}", { params: { path: { job_id: "x" } } });
export const rawAny = () => sutro.raw.request("post", "/job-results", { body: { job_id: "x" }, parseAs: "text" });
export const api = sutro.api;
export const job = () => sutro.api.getJob({ path: { job_id: "x" } });
export const jobWithResponse = () => sutro.jobs.get("x").withResponse();
export const jobs = sutro.jobs;
`,
    );
    const compilerOptions = {
      module: "nodenext",
      moduleResolution: "nodenext",
      target: "es2022",
      strict: true,
      declaration: true,
      outDir: "out",
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["index.ts"] }));
    // pnpm's layout (node_modules/.pnpm/<name>@<version>/…) is where a type reached only through a dependency's
    // dependency cannot be named: npm's flat layout hides TS2742.
    execFileSync("pnpm", ["install", "--prefer-offline", "--reporter=silent"], { cwd: dir, stdio: "pipe" });
    const result = await run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "."], dir);
    expect(result.stdout + result.stderr).toBe("");
    const emitted = readFileSync(join(dir, "out/index.d.ts"), "utf8");
    expect(emitted).toMatch(/raw: import\("@sutro\/jobs"\)\.RawClient/);
    expect(emitted).toMatch(/rawJob: \(\) => Promise<import\("@sutro\/jobs"\)\.RawResult</);
    expect(emitted).not.toMatch(/openapi-fetch|\.pnpm/);
  }, 120_000);

  test("a Bun project gets the bun entry and lists jobs", async () => {
    const dir = project({ type: "module" }, { "main.ts": `import { Sutro } from "@sutro/jobs";\n${PROGRAM}` });
    await listsJobs(bin("bun"), ["main.ts"], dir, "bun");
  }, 60_000);

  test("a Deno project importing npm:@sutro/jobs gets the deno entry and lists jobs", async () => {
    const dir = project({ type: "module" }, { "main.ts": `import { Sutro } from "npm:@sutro/jobs";\n${PROGRAM}` });
    await listsJobs(bin("deno"), ["run", "--allow-net=127.0.0.1", "--allow-env", "--allow-read", "main.ts"], dir, "deno");
  }, 60_000);
});
