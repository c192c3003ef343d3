import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "vitest";

const root = join(import.meta.dirname, "..");

test("biome finds nothing to fix in the code", () => {
  const result = spawnSync(join(root, "node_modules/.bin/biome"), ["check", "--error-on-warnings", "."], { cwd: root, encoding: "utf8" });
  expect(result.stdout + result.stderr).toContain("No fixes applied");
  expect(result.status, result.stdout + result.stderr).toBe(0);
});

test("the mock package type-checks (strict)", () => {
  const result = spawnSync(join(root, "node_modules/.bin/tsc"), ["-p", "packages/mock/tsconfig.json"], { cwd: root, encoding: "utf8" });
  expect(result.stdout + result.stderr).toBe("");
});
