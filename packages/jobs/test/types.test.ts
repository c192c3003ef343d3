import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "vitest";

test("the public types hold their contract (test/types.check.ts type-checks, every @ts-expect-error included)", () => {
  const root = join(import.meta.dirname, "..");
  const result = spawnSync(join(root, "../../node_modules/.bin/tsc"), ["-p", join(root, "tsconfig.json")], { encoding: "utf8" });
  expect(result.stdout + result.stderr).toBe("");
  expect(result.status).toBe(0);
});
