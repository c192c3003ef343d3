import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { LAYERS, layerOf, layerProblems } from "../scripts/check-layers.mjs";

const root = join(import.meta.dirname, "..");
const src = join(root, "packages/jobs/src");
const copies: string[] = [];

/** A copy of the SDK's source to break on purpose. */
function copyOfSource(): string {
  const dir = mkdtempSync(join(tmpdir(), "sutro-layers-"));
  copies.push(dir);
  cpSync(src, dir, { recursive: true });
  return dir;
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the SDK's source keeps its layers", () => {
  test("no file imports a higher layer, and no import circle joins files", () => {
    expect(layerProblems(src)).toEqual([]);
  });

  test("every folder of src is a layer, with a README saying what belongs there", () => {
    for (const { holds } of LAYERS) {
      if (typeof holds !== "string" || !holds.endsWith("/")) continue;
      expect(readFileSync(join(src, holds, "README.md"), "utf8"), holds).toMatch(/May import|import nothing/);
    }
    expect(layerOf("node.ts")).toBe(LAYERS.length - 1);
    expect(layerOf("client.ts")).toBe(LAYERS.findIndex((l) => l.name === "client"));
    expect(layerOf("somewhere/else.ts")).toBeUndefined();
  });

  test("an import of a higher layer fails the check, naming both files", () => {
    const dir = copyOfSource();
    appendFileSync(join(dir, "errors/errors.ts"), '\nexport type { Jobs } from "../resources/jobs/jobs.ts";\n');
    expect(layerProblems(dir)).toContain("errors/errors.ts (errors) imports resources/jobs/jobs.ts (resources), a higher layer");
  });

  test("a circle fails the check, type-only and lazy imports included", () => {
    const dir = copyOfSource();
    // Within one layer, so only the circle is wrong: a lazy import one way, a type import back.
    appendFileSync(join(dir, "resources/jobs/results.ts"), '\nexport type { WaitOptions } from "./wait.ts";\n');
    appendFileSync(join(dir, "resources/jobs/wait.ts"), '\nexport const later = () => import("./results.ts");\n');
    expect(layerProblems(dir)).toContain("import circle: resources/jobs/results.ts → resources/jobs/wait.ts");
  });

  test("a file outside every layer's folder fails the check", () => {
    const dir = copyOfSource();
    cpSync(join(dir, "model"), join(dir, "misc"), { recursive: true });
    expect(layerProblems(dir)).toContain("misc/types.ts is in no layer: put it in one of the folders of src/README.md");
  });

  test("the command exits 1 on a broken tree and 0 on the real one", () => {
    const dir = copyOfSource();
    writeFileSync(join(dir, "model/types.ts"), `${readFileSync(join(dir, "model/types.ts"), "utf8")}\nimport "../client.ts";\n`);
    const script = join(root, "scripts/check-layers.mjs");
    const broken = spawnSync(process.execPath, [script, dir], { encoding: "utf8" });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("model/types.ts (model) imports client.ts (client), a higher layer");
    const real = spawnSync(process.execPath, [script], { encoding: "utf8" });
    expect(real.stderr).toBe("");
    expect(real.status).toBe(0);
  });
});
