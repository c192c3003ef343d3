// 5. Bundle size: the default (browser/worker) entry as a real bundler ships it,
// minified and gzipped, next to openapi-fetch alone.
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const jobsDir = dirname(createRequire(import.meta.url).resolve("@sutro/jobs/package.json"));

async function size(contents) {
  const result = await build({
    stdin: { contents, resolveDir: jobsDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    splitting: true,
    outdir: "out",
    write: false,
    logLevel: "silent",
  });
  // Only the entry chunk: a lazily imported chunk (the validate: true schemas) loads only when used.
  const entry = result.outputFiles.find((f) => f.path.endsWith("stdin.js"));
  const lazy = result.outputFiles.filter((f) => f !== entry).reduce((sum, f) => sum + gzipSync(f.contents, { level: 9 }).length, 0);
  return { min_bytes: entry.contents.length, gz_bytes: gzipSync(entry.contents, { level: 9 }).length, lazy_gz_bytes: lazy };
}

export async function measureBundle() {
  const figures = {
    "@sutro/jobs, whole entry": await size('export * from "@sutro/jobs";'),
    "@sutro/jobs, { Sutro } only": await size('export { Sutro } from "@sutro/jobs";'),
    "openapi-fetch alone": await size('export { default } from "openapi-fetch";'),
  };
  return { figures, bundle_gz_bytes: figures["@sutro/jobs, whole entry"].gz_bytes };
}
