#!/usr/bin/env node
// `pnpm generate`: regenerate every derived file from the spec: types, schemas, version, docs.
// `--check`: regenerate in memory and fail when a committed file differs (CI drift check).
// `--spec FILE --out DIR`: generate the types of another spec into another folder (used by tests).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { generateDocs, generateOperations, generateSchemas, generateStatuses, generateTypes, generateVersion } from "./codegen.mjs";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({
  options: { check: { type: "boolean" }, spec: { type: "string" }, out: { type: "string" } },
});
const specPath = values.spec ?? join(root, "spec/openapi.yaml");
const outDir = values.out ?? join(root, "packages/jobs/src/generated");

// Everything the SDK's code is made of; with --spec, the copy of the SDK a test regenerates from another spec.
const operations = await generateOperations(pathToFileURL(specPath));
const files = new Map([
  [join(outDir, "openapi.ts"), await generateTypes(pathToFileURL(specPath))],
  [join(outDir, "operations.ts"), operations.table],
  [join(outDir, "operation-ids.ts"), operations.ids],
  [join(outDir, "schemas.ts"), await generateSchemas(pathToFileURL(specPath))],
  [join(outDir, "statuses.ts"), await generateStatuses(pathToFileURL(specPath))],
]);
if (!values.spec) {
  files.set(join(outDir, "version.ts"), await generateVersion(pathToFileURL(join(root, "packages/jobs/package.json"))));
  files.set(join(root, "docs/index.html"), await generateDocs(specPath, join(root, "docs/guides")));
}

let drifted = 0;
for (const [path, content] of files) {
  const name = relative(root, path);
  if (values.check) {
    const current = await readFile(path, "utf8").catch(() => undefined);
    if (current !== content) {
      drifted++;
      console.error(`drift: ${name} differs from a fresh generation. Run \`pnpm generate\` and commit the result.`);
    }
  } else {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    console.log(`wrote ${name}`);
  }
}
if (drifted) process.exit(1);
if (values.check) console.log(`generated files are fresh (${files.size} checked)`);
