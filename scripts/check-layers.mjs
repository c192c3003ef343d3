#!/usr/bin/env node
// Checks the SDK's house rules (packages/jobs/src/README.md): every file belongs to a layer by its folder,
// imports run from a higher layer to a lower one or within a layer, never up, and no import circle
// joins files, type-only and lazy `import()` included. `node scripts/check-layers.mjs [SRC_DIR]` prints
// each break and exits 1; the test suite runs it on the real tree and on trees broken on purpose.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** Lowest first: a file may import its own layer's files and any lower layer's. */
export const LAYERS = [
  { name: "generated", holds: "generated/" },
  { name: "model", holds: "model/" },
  { name: "errors", holds: "errors/" },
  { name: "config", holds: "config/" },
  { name: "transport", holds: "transport/" },
  { name: "operations", holds: "operations/" },
  { name: "resources", holds: "resources/" },
  { name: "lib", holds: "lib/" },
  { name: "client", holds: "client.ts" },
  { name: "runtime", holds: "runtime/" },
  { name: "entries", holds: /^[^/]+\.ts$/ },
];

/** The layer of a file, by its path under src (forward slashes). */
export function layerOf(path) {
  const index = LAYERS.findIndex(({ holds }) => (typeof holds === "string" ? path === holds || path.startsWith(holds) : holds.test(path)));
  return index === -1 ? undefined : index;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g;

function sourceFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path, base);
    return entry.name.endsWith(".ts") ? [relative(base, path).replaceAll("\\", "/")] : [];
  });
}

/** Every relative import of every file under `src`, as edges between paths relative to `src`. */
export function importGraph(src) {
  const graph = new Map();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(join(src, file), "utf8");
    const targets = new Set();
    for (const [, spec] of text.matchAll(IMPORT)) targets.add(relative(src, resolve(dirname(join(src, file)), spec)).replaceAll("\\", "/"));
    graph.set(file, [...targets]);
  }
  return graph;
}

/** The import circles of the graph: each strongly connected set of two or more files (or a file importing itself). */
function circles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (file) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file), low.get(next)));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file), index.get(next)));
    }
    if (low.get(file) !== index.get(file)) return;
    const set = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      set.push(member);
    } while (member !== file);
    if (set.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(set.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

/** What breaks the rules in `src`: one line each. */
export function layerProblems(src) {
  const graph = importGraph(src);
  const problems = [];
  for (const [file, targets] of graph) {
    const layer = layerOf(file);
    if (layer === undefined) {
      problems.push(`${file} is in no layer: put it in one of the folders of src/README.md`);
      continue;
    }
    for (const target of targets) {
      const to = layerOf(target);
      if (to !== undefined && to > layer)
        problems.push(`${file} (${LAYERS[layer].name}) imports ${target} (${LAYERS[to].name}), a higher layer`);
    }
  }
  for (const set of circles(graph)) problems.push(`import circle: ${set.join(" → ")}`);
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const src = resolve(process.argv[2] ?? join(import.meta.dirname, "../packages/jobs/src"));
  const problems = layerProblems(src);
  for (const problem of problems) console.error(problem);
  if (problems.length) process.exit(1);
  console.log(`${importGraph(src).size} files in ${LAYERS.length} layers: no import goes up, no circle.`);
}
