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

test.each(["docs/guides/run-a-batch.md", "docs/guides/datasets.md", "packages/jobs/README.md"])(
  "every TypeScript block of %s type-checks against the built SDK",
  (guide) => {
    const found = blocks(join(root, guide));
    expect(found.length).toBeGreaterThan(0);
    const files = found.map((source, i) => {
      const file = `${guide.replace(/\W/g, "-")}-${i}.mts`;
      writeFileSync(join(work, file), `${source}\nexport {};\n`);
      return file;
    });
    // A block that misuses the SDK must fail, or this check proves nothing.
    expect(typecheckFiles(work, files).output).toBe("");
    const sample = found.find((source) => source.includes("row.output.sentiment"));
    if (sample === undefined) return;
    writeFileSync(join(work, "misuse.mts"), `${sample.replace("row.output.sentiment", "row.output.sentimnet")}\nexport {};\n`);
    expect(typecheckFiles(work, ["misuse.mts"]).output).toMatch(/Property 'sentimnet' does not exist/);
  },
);
