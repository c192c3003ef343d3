// The CommonJS build of @sutro/jobs, beside the ES modules tsc wrote to dist/: the same files turned into
// CommonJS by esbuild, file by file (nothing bundled), into dist/cjs/, with their declarations and maps.
// One source: tsc's output is the input. Dynamic import() stays import(), so the lazily loaded parts
// (the Parquet and CSV readers, the words of errors) still load only when used, ESM-only packages included,
// on every Node that `engines` admits (no require(esm) needed).
//
//   node ../../scripts/build-cjs.mjs   (run in packages/jobs, after tsc)
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { build } from "esbuild";

const dist = resolve("dist");
const out = join(dist, "cjs");

/** Every file under `dir`, as paths relative to it, leaving out `skip`. */
async function files(dir, skip) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith(`${skip}/`));
}

await rm(out, { recursive: true, force: true });
const all = await files(dist, "cjs");

await build({
  entryPoints: all.filter((path) => path.endsWith(".js")).map((path) => join(dist, path)),
  outdir: out,
  outbase: dist,
  format: "cjs",
  platform: "neutral",
  target: "es2022",
  // tsc's maps are read, so the CommonJS files map to the TypeScript sources too.
  sourcemap: true,
  logLevel: "warning",
});

// The declarations, as they are: inside dist/cjs (a "commonjs" scope) TypeScript reads them as CommonJS.
for (const path of all.filter((p) => p.endsWith(".d.ts") || p.endsWith(".d.ts.map"))) {
  const target = join(out, path);
  await mkdir(dirname(target), { recursive: true });
  let text = await readFile(join(dist, path), "utf8");
  if (path.endsWith(".map")) {
    // One folder deeper: the sources the map names are one more step up.
    const map = JSON.parse(text);
    map.sources = map.sources.map((source) => relative(dirname(target), resolve(dirname(join(dist, path)), source)));
    text = JSON.stringify(map);
  }
  await writeFile(target, text);
}
await writeFile(join(out, "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);
