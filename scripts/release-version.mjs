#!/usr/bin/env node
// After `changeset version` bumps the package.json files: give jsr.json the same
// version, and record the spec being released as the one `pnpm spec:diff` compares with.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const { version } = JSON.parse(readFileSync(join(root, "packages/jobs/package.json"), "utf8"));
const jsrPath = join(root, "packages/jobs/jsr.json");
const jsr = JSON.parse(readFileSync(jsrPath, "utf8"));
writeFileSync(jsrPath, `${JSON.stringify({ ...jsr, version }, null, 2)}\n`);
copyFileSync(join(root, "spec/openapi.yaml"), join(root, "spec/released/openapi.yaml"));
console.log(`jsr.json at ${version}; spec/released/openapi.yaml is the spec of this release.`);
