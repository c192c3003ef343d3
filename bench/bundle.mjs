// 5. Bundle size: the default (browser/worker) entry as a real bundler ships it,
// minified and gzipped, next to openapi-fetch alone.
import { createRequire } from "node:module";
import { basename, dirname } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const jobsDir = dirname(createRequire(import.meta.url).resolve("@sutro/jobs/package.json"));
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

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
    metafile: true,
    logLevel: "silent",
  });
  // What loads with the entry: its chunk and every chunk it imports statically. The rest loads only when
  // used (the downloader, the stream parser, the checks of a new job, the validate: true schemas).
  const outputs = result.metafile.outputs;
  const eager = new Set();
  const visit = (name) => {
    if (eager.has(name)) return;
    eager.add(name);
    for (const imported of outputs[name].imports) if (imported.kind === "import-statement") visit(imported.path);
  };
  visit(Object.keys(outputs).find((name) => name.endsWith("stdin.js")));
  const files = new Map(result.outputFiles.map((f) => [basename(f.path), f.contents]));
  const contentsOf = (name) => files.get(basename(name));
  const eagerBytes = Buffer.concat([...eager].map((name) => contentsOf(name)));
  const lazy = Object.keys(outputs)
    .filter((name) => !eager.has(name))
    .map((name) => {
      // A module of a dependency by its package's name, the SDK's own by its file's.
      const inputs = Object.keys(outputs[name].inputs).map(
        (i) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(i)?.[1] ?? basename(i).replace(/\.js$/, ""),
      );
      return [inputs.join("+"), gz(contentsOf(name))];
    });
  return {
    min_bytes: eagerBytes.length,
    gz_bytes: gz(eagerBytes),
    lazy_gz_bytes: lazy.reduce((sum, [, bytes]) => sum + bytes, 0),
    lazy_chunks_gz: Object.fromEntries(lazy),
  };
}

export async function measureBundle() {
  const figures = {
    "@sutro/jobs, whole entry": await size('export * from "@sutro/jobs";'),
    "@sutro/jobs, { Sutro } only": await size('export { Sutro } from "@sutro/jobs";'),
    "openapi-fetch alone": await size('export { default } from "openapi-fetch";'),
  };
  return { figures, bundle_gz_bytes: figures["@sutro/jobs, whole entry"].gz_bytes };
}
