import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
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
 * What a guide's blocks take as given, beyond a client and a job id: declared with the types a reader would
 * infer from the guide's words, so that a block using them wrongly still fails.
 */
const GIVEN: Record<string, Record<string, string>> = {
  "docs/guides/jobs.md": { job: "declare const job: CreateJobParams;" },
  "docs/guides/pagination.md": {
    handle: "declare function handle(job: Job): Promise<void>;",
    loadCheckpoint: "declare function loadCheckpoint(): Promise<string | undefined>;",
    store: "declare function store(jobs: Job[]): Promise<void>;",
    saveCheckpoint: "declare function saveCheckpoint(cursor: string | null | undefined): Promise<void>;",
  },
};

/**
 * A block as a module of its own. Most blocks go on from the guide's first (`sutro` made, `jobId` known): those
 * get the client and the id declared, and every SDK name they use and do not import. A Deno block's `jsr:`
 * specifier is the same package.
 */
function asModule(source: string, guide: string): string {
  const code = source.replace(/"jsr:@sutro\/jobs"/g, '"@sutro/jobs"');
  const declares = (name: string) =>
    new RegExp(`\\b(const|let|function|class)\\s+${name}\\b|\\b(const|let)\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*=`).test(code);
  const imported = new Set([...code.matchAll(/import\s*\{([^}]*)\}/g)].flatMap((m) => (m[1] ?? "").split(",").map((n) => n.trim())));
  const given = Object.entries(GIVEN[guide] ?? {})
    .filter(([name]) => !declares(name))
    .map(([, declaration]) => declaration)
    .join("\n");
  const uses = (name: string) => new RegExp(`\\b${name}\\b`).test(code + given);
  const names = [...exported, "Job", "CreateJobParams"].filter((name) => uses(name) && !imported.has(name) && !declares(name));
  if (!declares("sutro")) names.push("Sutro");
  const prelude = [
    `import { ${[...new Set(names)].join(", ")} } from "@sutro/jobs";`,
    declares("sutro") ? "" : "declare const sutro: Sutro;",
    declares("jobId") ? "" : "declare const jobId: string;",
    given,
  ].join("\n");
  return `${prelude}\n${code}\nexport {};\n`;
}

test.each([
  ...["getting-started", "run-a-batch", "jobs", "pagination", "datasets", "errors-retries-timeouts", "regenerating"].map(
    (name) => `docs/guides/${name}.md`,
  ),
  "packages/jobs/README.md",
])("every TypeScript block of %s type-checks against the built SDK", (guide) => {
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
