// Reads the spec as plain data, with every $ref to another file (the examples)
// replaced by that file's content: what the docs build and the tests work from.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";

export const SPEC_PATH = join(import.meta.dirname, "../spec/openapi.yaml");

function inlineFiles(node, base) {
  if (Array.isArray(node)) return node.map((item) => inlineFiles(item, base));
  if (node && typeof node === "object") {
    const ref = node.$ref;
    if (typeof ref === "string" && !ref.startsWith("#")) {
      const path = join(base, ref);
      return inlineFiles(parse(readFileSync(path, "utf8")), dirname(path));
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inlineFiles(value, base)]));
  }
  return node;
}

/** @param {string} [path] */
export function loadSpec(path = SPEC_PATH) {
  return inlineFiles(parse(readFileSync(path, "utf8")), dirname(path));
}
