import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { allSamples } from "../scripts/code-samples.mjs";
import { loadSpec } from "../scripts/spec.mjs";
import { typecheckFiles } from "./support/typecheck.ts";

const root = join(import.meta.dirname, "..");
mkdirSync(join(root, ".artifacts"), { recursive: true });
// Inside the repo (git-ignored), so `@sutro/jobs` resolves to the built workspace package, as a user's would.
const work = mkdtempSync(join(root, ".artifacts", "samples-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const samples = allSamples(loadSpec());

test("every operation of the reference has a TypeScript and a curl sample", () => {
  const spec = loadSpec();
  const operationIds = Object.values<any>(spec.paths).flatMap((item) => Object.values<any>(item).map((op) => op.operationId));
  expect(Object.keys(samples).sort()).toEqual(operationIds.sort());
  for (const { samples: pair } of Object.values(samples)) {
    expect(pair.map((s: { label: string }) => s.label)).toEqual(["TypeScript", "curl"]);
    expect(pair[1].source).toMatch(/^curl .*"\$SUTRO_API_URL\/[^"]+"[\s\S]*Authorization: Key \$SUTRO_API_KEY/);
  }
});

test("every TypeScript sample type-checks against the built SDK, so a renamed method breaks the build", () => {
  const files: string[] = [];
  for (const [operationId, { samples: pair }] of Object.entries(samples)) {
    const file = `${operationId}.ts`;
    writeFileSync(join(work, file), `${pair[0].source}\nexport {};\n`);
    files.push(file);
  }
  // A sample for an operation that does not exist must fail, or this check proves nothing.
  writeFileSync(
    join(work, "renamed.ts"),
    `${samples.getJob.samples[0].source.replace("sutro.api.getJob", "sutro.api.fetchJob")}\nexport {};\n`,
  );
  const good = typecheckFiles(work, files);
  expect(good.output).toBe("");
  const bad = typecheckFiles(work, ["renamed.ts"]);
  expect(bad.output).toMatch(/renamed\.ts.*Property 'fetchJob' does not exist/);
});
