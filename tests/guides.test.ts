import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, expect, test } from "vitest";
import { startMockServer } from "../packages/mock/src/index.ts";
import { DENO } from "./support/deno.ts";
import { exampleParquet } from "./support/example-parquet.ts";
import { typecheckFiles } from "./support/typecheck.ts";

const root = join(import.meta.dirname, "..");
// Inside packages/jobs (git-ignored dist's sibling), so `@sutro/jobs` and the schema libraries the guides
// use (dev dependencies of the SDK) resolve as they do in a user's project.
const work = mkdtempSync(join(root, "packages/jobs/.guides-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The ```ts blocks of a Markdown file. */
const blocks = (path: string) => [...readFileSync(path, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);

/** What the SDK exports at run time: a block that names one without importing it reads it from the SDK. */
const exported = Object.keys(await import("../packages/jobs/dist/index.js"));

/**
 * What a guide's blocks take as given, beyond a client and a job id: declared for the type-check with the
 * types a reader would infer from the guide's words (so a block using them wrongly still fails), and defined
 * for a run against the mock.
 */
const GIVEN: Record<string, Record<string, { declare: string; define: string }>> = {
  "docs/guides/jobs.md": {
    job: {
      declare: "declare const job: CreateJobParams;",
      define: 'const job = { inputs: ["The delivery was late."], model: "gpt-oss-20b", name: "Review sentiment" };',
    },
  },
  "docs/guides/pagination.md": {
    handle: { declare: "declare function handle(job: Job): Promise<void>;", define: "const handle = async (_job) => {};" },
    loadCheckpoint: {
      declare: "declare function loadCheckpoint(): Promise<string | undefined>;",
      define: "const loadCheckpoint = async () => undefined;",
    },
    store: { declare: "declare function store(jobs: Job[]): Promise<void>;", define: "const store = async (_jobs) => {};" },
    saveCheckpoint: {
      declare: "declare function saveCheckpoint(cursor: string | null | undefined): Promise<void>;",
      define: "const saveCheckpoint = async (_cursor) => {};",
    },
  },
};

/**
 * A block as a module of its own. Most blocks go on from the guide's first (`sutro` made, `jobId` known): those
 * get the client and the id, and every SDK name they use and do not import. A Deno block's `jsr:` specifier is
 * the same package. `run`: with values (the client from the environment, `jobId` a job of the mock) and the
 * SDK's Deno entry, for Deno to run; else declared, for the type-check.
 */
function asModule(source: string, guide: string, run?: { sdk: string; jobId: string }): string {
  const code = source.replace(/"(jsr:)?@sutro\/jobs"/g, `"${run ? run.sdk : "@sutro/jobs"}"`);
  const declares = (name: string) =>
    new RegExp(`\\b(const|let|function|class)\\s+${name}\\b|\\b(const|let)\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*=`).test(code);
  const imported = new Set([...code.matchAll(/import\s*\{([^}]*)\}/g)].flatMap((m) => (m[1] ?? "").split(",").map((n) => n.trim())));
  const given = Object.entries(GIVEN[guide] ?? {})
    .filter(([name]) => !declares(name))
    .map(([, value]) => (run ? value.define : value.declare))
    .join("\n");
  const uses = (name: string) => new RegExp(`\\b${name}\\b`).test(code + given);
  const names = [...exported, ...(run ? [] : ["Job", "CreateJobParams"])].filter(
    (name) => uses(name) && !imported.has(name) && !declares(name),
  );
  if (!declares("sutro")) names.push("Sutro");
  const prelude = [
    `import { ${[...new Set(names)].join(", ")} } from "${run ? run.sdk : "@sutro/jobs"}";`,
    declares("sutro") ? "" : run ? "const sutro = new Sutro();" : "declare const sutro: Sutro;",
    declares("jobId") ? "" : run ? `const jobId = ${JSON.stringify(run.jobId)};` : "declare const jobId: string;",
    given,
  ].join("\n");
  return `${prelude}\n${code}\nexport {};\n`;
}

/** Every page with TypeScript blocks: the guides and the package's README. */
const DOCS = [
  ...["getting-started", "run-a-batch", "jobs", "pagination", "datasets", "errors-retries-timeouts", "regenerating"].map(
    (name) => `docs/guides/${name}.md`,
  ),
  "packages/jobs/README.md",
];

test.each(DOCS)("every TypeScript block of %s type-checks against the built SDK", (guide) => {
  const found = blocks(join(root, guide));
  expect(found.length).toBeGreaterThan(0);
  const files = found.map((source, i) => {
    const file = `${guide.replace(/\W/g, "-")}-${i}.mts`;
    writeFileSync(join(work, file), asModule(source, guide));
    return file;
  });
  // A block that misuses the SDK must fail, or this check proves nothing.
  expect(typecheckFiles(work, files).output).toBe("");
  const sample = found.find((source) => source.includes("row.output.sentiment"));
  if (sample === undefined) return;
  writeFileSync(join(work, "misuse.mts"), asModule(sample.replace("row.output.sentiment", "row.output.sentimnet"), guide));
  expect(typecheckFiles(work, ["misuse.mts"]).output).toMatch(/Property 'sentimnet' does not exist/);
});

/** The files a page's words say are there: the CSV run-a-batch.md shows (the README's too), a folder of Parquet files for datasets.md. */
const reviewsCSV = async (cwd: string) => {
  const table = readFileSync(join(root, "docs/guides/run-a-batch.md"), "utf8").match(/```\n(id,title,review\n[\s\S]*?)```/)?.[1];
  writeFileSync(join(cwd, "reviews.csv"), table ?? "");
};
const FILES: Record<string, (cwd: string, apiURL: string, apiKey: string) => Promise<void>> = {
  "docs/guides/run-a-batch.md": reviewsCSV,
  "packages/jobs/README.md": reviewsCSV,
  "docs/guides/datasets.md": async (cwd, apiURL, apiKey) => {
    mkdirSync(join(cwd, "reviews"));
    writeFileSync(join(cwd, "reviews", "reviews-0001.parquet"), await exampleParquet(apiURL, apiKey));
  },
};

/** The job each guide's blocks act on: the mock's SUCCEEDED example, or (cancel) its RUNNING one. */
const jobFor = (source: string) => (source.includes("jobs.cancel(") ? "batch_job_67890" : "batch_job_12345");

test.each(DOCS)("every TypeScript block of %s runs against the mock (Deno, as written)", async (guide) => {
  // Jobs run fast (run-a-batch.md waits for one of 200,000 inputs), but for jobs.md, which cancels a job still running.
  const fast = guide.endsWith("jobs.md") ? {} : { speed: 1_000_000 };
  const server = await startMockServer({ jobs: 5, apiKey: "sk_test_guides", examples: true, ...fast });
  const cwd = mkdtempSync(join(tmpdir(), "guide-run-"));
  try {
    await FILES[guide]?.(cwd, server.apiURL, "sk_test_guides");
    for (const [i, source] of blocks(join(root, guide)).entries()) {
      const file = join(work, `run-${guide.replace(/\W/g, "-")}-${i}.ts`);
      writeFileSync(file, asModule(source, guide, { sdk: join(root, "packages/jobs/src/deno.ts"), jobId: jobFor(source) }));
      // Not spawnSync: the mock answers from this process's event loop.
      const result = await new Promise<{ status: number | null; output: string }>((resolve) => {
        execFile(
          DENO,
          ["run", "-A", file],
          {
            cwd,
            encoding: "utf8",
            env: { PATH: process.env.PATH, HOME: cwd, NO_COLOR: "1", SUTRO_API_URL: server.apiURL, SUTRO_API_KEY: "sk_test_guides" },
            timeout: 30_000,
          },
          (error, stdout, stderr) =>
            resolve({ status: error ? (error.code as number | null) : 0, output: stripVTControlCharacters(stdout + stderr) }),
        );
      });
      expect(result.status, `block ${i} of ${guide}:\n${source}\n${result.output}`).toBe(0);
    }
  } finally {
    await server.close();
    rmSync(cwd, { recursive: true, force: true });
  }
});
