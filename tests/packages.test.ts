import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PACKAGES, type PackageDir, packAll, root } from "./support/pack.ts";

const bin = (name: string) => join(root, "node_modules/.bin", name);
let tarballs: Record<PackageDir, string>;

beforeAll(() => {
  mkdirSync(join(root, ".artifacts"), { recursive: true });
  tarballs = packAll();
}, 60_000);
afterAll(() => rmSync(dirname(tarballs.jobs), { recursive: true, force: true }));

function manifest(dir: PackageDir) {
  return JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
}

/** Every file path a manifest points at: exports (all conditions), bin, main, types. */
function pointedAt(pkg: Record<string, any>): string[] {
  const paths: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === "string") paths.push(node.replace(/^\.\//, ""));
    else if (node && typeof node === "object") for (const value of Object.values(node)) walk(value);
  };
  walk([pkg.exports, pkg.bin, pkg.main, pkg.types]);
  return paths;
}

describe.each(Object.keys(PACKAGES) as PackageDir[])("the %s package", (dir) => {
  test("ships only dist (the SDK: with its source and declaration maps, and the sources they point to), README, LICENSE and package.json, and every file its manifest points at", () => {
    const files = execFileSync("tar", ["tzf", tarballs[dir]], { encoding: "utf8" })
      .trim()
      .split("\n")
      .map((f) => f.replace(/^package\//, ""));
    const maps = dir === "jobs";
    const shipped = maps
      ? /^(package\.json|README\.md|LICENSE|dist\/.+\.(js|d\.ts)(\.map)?|dist\/cjs\/package\.json|src\/.+\.ts)$/
      : /^(package\.json|README\.md|LICENSE|dist\/.+\.(js|d\.ts))$/;
    expect(files.filter((f) => !shipped.test(f))).toEqual([]);
    expect(files.filter((f) => /(^|\/)test\/|tsbuildinfo/.test(f))).toEqual([]);
    for (const path of pointedAt(manifest(dir))) expect(files, path).toContain(path);
    if (!maps) return;
    // Go-to-definition lands in the source: every map's sources are in the package.
    expect(files).toContain("dist/lib/infer/infer.js.map");
    expect(files).toContain("dist/client.d.ts.map");
    for (const at of ["dist", "dist/cjs"]) {
      for (const kind of ["client.d.ts.map", "client.js.map"]) {
        const map = JSON.parse(execFileSync("tar", ["xzOf", tarballs[dir], `package/${at}/${kind}`], { encoding: "utf8" }));
        for (const source of map.sources as string[]) expect(files, `${at}/${kind}`).toContain(join(at, source).replace(/\\/g, "/"));
      }
    }
  });

  test("declares what a published package must: ESM, sideEffects false, license, repository, engines", () => {
    const pkg = manifest(dir);
    expect(pkg).toMatchObject({ name: PACKAGES[dir], type: "module", sideEffects: false, license: "MIT", engines: { node: ">=20" } });
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\//);
    expect(pkg.repository.directory).toBe(`packages/${dir}`);
  });

  test("publint finds nothing, strict", () => {
    const out = execFileSync(bin("publint"), ["run", "--pack", "pnpm", "--strict"], { cwd: join(root, "packages", dir), encoding: "utf8" });
    expect(out).toContain("All good!");
  });

  // The SDK ships CommonJS too, so `require()` under node16 is checked for it; the mock and the CLI are ESM only.
  // node10 (TypeScript's pre-exports resolution) is set aside: TypeScript 5.4+ under bundler or node16 is what is supported.
  const ignored = dir === "jobs" ? ["node10"] : ["node10", "node16-cjs"];
  test(`are-the-types-wrong finds nothing (${dir === "jobs" ? "ESM and CommonJS" : "ESM only"})`, () => {
    const result = spawnSync(bin("attw"), [tarballs[dir], "--profile", dir === "jobs" ? "node16" : "esm-only", "--format", "json"], {
      encoding: "utf8",
    });
    const report = JSON.parse(result.stdout);
    const problems = (report.analysis.problems ?? []).filter((p: { resolutionKind?: string }) => !ignored.includes(p.resolutionKind ?? ""));
    expect(problems).toEqual([]);
    expect(result.status).toBe(0);
  });
});

describe("@sutro/jobs", () => {
  test("carries the runtime export conditions, default last, each with the declarations of its own entry, CommonJS beside ESM; ./web as on JSR", () => {
    const exports = manifest("jobs").exports;
    const esm = (entry: string) => ({ types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` });
    const cjs = (entry: string) => ({ types: `./dist/cjs/${entry}.d.ts`, default: `./dist/cjs/${entry}.js` });
    expect(exports["."]).toEqual({
      deno: esm("deno"),
      // Bun loads ES modules from require() itself.
      bun: esm("bun"),
      node: { import: esm("node"), require: cjs("node") },
      require: cjs("index"),
      default: esm("index"),
    });
    expect(Object.keys(exports["."])).toEqual(["deno", "bun", "node", "require", "default"]);
    expect(exports["./web"]).toEqual({ require: cjs("index"), default: esm("index") });
  });

  test("tools that ignore exports get the web entry from main, which bundles for a browser without node:", async () => {
    const pkg = manifest("jobs");
    expect(pkg.main).toBe("./dist/index.js");
    const { build } = await import("esbuild");
    for (const entry of [join(root, "packages/jobs", pkg.main), "@sutro/jobs"]) {
      const result = await build({
        stdin: { contents: `export * from ${JSON.stringify(entry)};`, resolveDir: root, loader: "js" },
        bundle: true,
        platform: "browser",
        format: "esm",
        write: false,
        logLevel: "silent",
      });
      const code = result.outputFiles[0]?.text ?? "";
      expect(code).not.toMatch(/node:|process\.env|readFileSync/);
      expect(code).toMatch(/\bvar Sutro\b|\bclass Sutro\b/);
    }
  });

  test("deno doc --lint finds every exported symbol of every JSR entry documented", () => {
    const jsr = JSON.parse(readFileSync(join(root, "packages/jobs/jsr.json"), "utf8"));
    const entries = Object.values(jsr.exports as Record<string, string>);
    expect(entries).toEqual(["./src/jsr.ts", "./src/index.ts"]);
    const result = spawnSync(bin("deno"), ["doc", "--lint", ...entries], {
      cwd: join(root, "packages/jobs"),
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    // Deno colours its output whenever FORCE_COLOR is set, even to 0 (as `pnpm test` sets it), and a coloured
    // "error[" would match nothing below: read the words without the colour codes.
    const output = stripVTControlCharacters(result.stdout + result.stderr);
    // Nothing whitelisted: `sutro.raw` is typed in the SDK's own names, never by openapi-fetch's types.
    const problems = output.split("\n").filter((line) => /^error/.test(line));
    expect(problems).toEqual([]);
    expect(result.status).toBe(0);
  });

  test("publishes to JSR: deno publish --dry-run passes, at the npm version", () => {
    const jsr = JSON.parse(readFileSync(join(root, "packages/jobs/jsr.json"), "utf8"));
    expect(jsr.version).toBe(manifest("jobs").version);
    expect(jsr.name).toBe("@sutro/jobs");
    const result = spawnSync(bin("deno"), ["publish", "--dry-run", "--allow-dirty"], {
      cwd: join(root, "packages/jobs"),
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(result.stdout + result.stderr).toContain("Dry run complete");
    expect(result.status).toBe(0);
  });
});
