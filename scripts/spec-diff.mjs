#!/usr/bin/env node
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
// `pnpm spec:diff [OLD] [NEW]`: what changed between the last released spec
// (spec/released/openapi.yaml) and spec/openapi.yaml, each change classified as
// breaking for SDK users or not. Exits 1 on a breaking change unless a changeset
// (.changeset/*.md) declares a major release of @sutro/jobs.
import { parseArgs } from "node:util";
import { parse } from "yaml";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** @typedef {{ breaking: boolean, where: string, what: string }} Change */

/** Compares two specs; returns every change found. */
export function diffSpecs(before, after) {
  /** @type {Change[]} */
  const changes = [];
  const note = (breaking, where, what) => changes.push({ breaking, where, what });
  const deref = (spec, node, seen = new Set()) => {
    if (!node?.$ref || seen.has(node.$ref)) return node ?? {};
    seen.add(node.$ref);
    const target = node.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce((at, key) => at?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
    return deref(spec, target, seen);
  };

  /** The JSON types a schema admits, through anyOf/oneOf branches and `type: [x, "null"]`. */
  const typesOf = (spec, schema) => {
    const s = deref(spec, schema);
    const branches = s.anyOf ?? s.oneOf;
    if (branches) return new Set(branches.flatMap((b) => [...typesOf(spec, b)]));
    if (s.type === undefined) return new Set(s.properties ? ["object"] : ["any"]);
    return new Set([s.type].flat());
  };
  const enumOf = (spec, schema) => {
    const s = deref(spec, schema);
    const branches = s.anyOf ?? s.oneOf ?? [];
    return s.enum ?? branches.map((b) => deref(spec, b).enum).find(Boolean);
  };
  const objectBranch = (spec, schema) => {
    const s = deref(spec, schema);
    if (s.properties) return s;
    return (s.anyOf ?? s.oneOf ?? []).map((b) => deref(spec, b)).find((b) => b.properties);
  };

  /**
   * `side` is "response" (what the SDK reads: it must not lose or loosen anything)
   * or "request" (what the SDK sends: it must not be narrowed).
   */
  function compareSchema(old, neu, where, side, depth = 0) {
    if (depth > 12) return;
    const [oldTypes, newTypes] = [typesOf(before, old), typesOf(after, neu)];
    const added = [...newTypes].filter((t) => !oldTypes.has(t) && !oldTypes.has("any") && !(t === "integer" && oldTypes.has("number")));
    const removed = [...oldTypes].filter((t) => !newTypes.has(t) && !newTypes.has("any") && !(t === "integer" && newTypes.has("number")));
    if (side === "response" && added.length) {
      note(
        true,
        where,
        added.includes("null") && added.length === 1
          ? "made nullable in a response"
          : `type widened in a response: now also ${added.join(", ")}`,
      );
    }
    if (side === "request" && removed.length) note(true, where, `type narrowed: no longer accepts ${removed.join(", ")}`);
    if (side === "response" && removed.length) note(false, where, `type narrowed in a response: no longer ${removed.join(", ")}`);
    if (side === "request" && added.length) note(false, where, `type widened: now also accepts ${added.join(", ")}`);

    const [oldEnum, newEnum] = [enumOf(before, old), enumOf(after, neu)];
    if (oldEnum && newEnum) {
      for (const value of oldEnum.filter((v) => !newEnum.includes(v))) note(true, where, `enum value ${JSON.stringify(value)} removed`);
      for (const value of newEnum.filter((v) => !oldEnum.includes(v))) note(false, where, `enum value ${JSON.stringify(value)} added`);
    } else if (!oldEnum && newEnum && side === "request") note(true, where, "restricted to an enum");

    const [o, n] = [deref(before, old), deref(after, neu)];
    const bounds = [
      ["minimum", (a, b) => b > a],
      ["maximum", (a, b) => b < a],
      ["minLength", (a, b) => b > a],
      ["maxLength", (a, b) => b < a],
      ["maxItems", (a, b) => b < a],
    ];
    for (const [key, narrower] of bounds) {
      const [a, b] = [o[key], n[key]];
      if (a === b) continue;
      const narrowed = b !== undefined && (a === undefined || narrower(a, b));
      if (side === "request") note(narrowed, where, `${key} ${a ?? "none"} → ${b ?? "none"}${narrowed ? " (narrowed)" : ""}`);
      else note(false, where, `${key} ${a ?? "none"} → ${b ?? "none"}`);
    }

    const [oldObject, newObject] = [objectBranch(before, old), objectBranch(after, neu)];
    if (oldObject && newObject) {
      const oldRequired = new Set(oldObject.required ?? []);
      const newRequired = new Set(newObject.required ?? []);
      const newProps = newObject.properties ?? {};
      for (const [name, schema] of Object.entries(oldObject.properties ?? {})) {
        const at = `${where}.${name}`;
        if (!(name in newProps)) {
          note(side === "response" || oldRequired.has(name), at, "field removed");
          continue;
        }
        if (side === "response" && oldRequired.has(name) && !newRequired.has(name)) note(true, at, "no longer required in a response");
        if (side === "request" && !oldRequired.has(name) && newRequired.has(name)) note(true, at, "now required");
        compareSchema(schema, newProps[name], at, side, depth + 1);
      }
      for (const name of Object.keys(newProps).filter((p) => !(p in (oldObject.properties ?? {})))) {
        note(
          side === "request" && newRequired.has(name),
          `${where}.${name}`,
          side === "request" && newRequired.has(name) ? "new required field" : "field added",
        );
      }
    }
    const [oldItems, newItems] = [o.items, n.items];
    if (oldItems && newItems) compareSchema(oldItems, newItems, `${where}[]`, side, depth + 1);
  }

  const operations = (spec) => {
    const out = new Map();
    for (const [path, item] of Object.entries(spec.paths ?? {})) {
      for (const method of METHODS)
        if (item[method]) out.set(`${method.toUpperCase()} ${path}`, { ...item[method], shared: item.parameters ?? [] });
    }
    return out;
  };
  const [oldOps, newOps] = [operations(before), operations(after)];
  for (const [key, op] of oldOps) {
    const next = newOps.get(key);
    if (!next) {
      const moved = [...newOps].find(([, o]) => o.operationId && o.operationId === op.operationId);
      note(true, key, moved ? `operation moved to ${moved[0]}` : "operation removed");
      continue;
    }
    if (op.operationId !== next.operationId) note(true, key, `operationId renamed ${op.operationId} → ${next.operationId}`);
    const params = (spec, o) =>
      new Map([...o.shared, ...(o.parameters ?? [])].map((p) => deref(spec, p)).map((p) => [`${p.in}:${p.name}`, p]));
    const [oldParams, newParams] = [params(before, op), params(after, next)];
    for (const [id, p] of oldParams) {
      const q = newParams.get(id);
      const at = `${key} parameter ${p.name}`;
      if (!q) note(true, at, "parameter removed");
      else {
        if (!p.required && q.required) note(true, at, "parameter now required");
        compareSchema(p.schema, q.schema, at, "request");
      }
    }
    for (const [id, q] of newParams) {
      if (!oldParams.has(id))
        note(q.required === true, `${key} parameter ${q.name}`, q.required ? "new required parameter" : "new optional parameter");
    }
    for (const [status, response] of Object.entries(op.responses ?? {})) {
      const newResponse = next.responses?.[status];
      const at = `${key} → ${status}`;
      if (!newResponse) {
        note(status.startsWith("2"), at, "response removed");
        continue;
      }
      const schema = deref(before, response).content?.["application/json"]?.schema;
      const newSchema = deref(after, newResponse).content?.["application/json"]?.schema;
      if (schema && newSchema) compareSchema(schema, newSchema, at, "response");
    }
  }
  for (const key of newOps.keys()) if (!oldOps.has(key)) note(false, key, "operation added");

  const [oldSchemas, newSchemas] = [before.components?.schemas ?? {}, after.components?.schemas ?? {}];
  for (const name of Object.keys(oldSchemas))
    if (!(name in newSchemas)) note(true, `components.schemas.${name}`, "schema removed (its exported type goes with it)");
  for (const name of Object.keys(newSchemas)) if (!(name in oldSchemas)) note(false, `components.schemas.${name}`, "schema added");
  const [oldSchemes, newSchemes] = [before.components?.securitySchemes ?? {}, after.components?.securitySchemes ?? {}];
  for (const [name, scheme] of Object.entries(oldSchemes)) {
    const next = newSchemes[name];
    if (!next || next.type !== scheme.type || next.in !== scheme.in || next.name !== scheme.name)
      note(true, `security scheme ${name}`, "changed or removed");
  }

  // Dedupe: a field reached through several operations is one change.
  const unique = new Map(changes.map((c) => [`${c.breaking}|${c.where}|${c.what}`, c]));
  return [...unique.values()];
}

/** Whether a changeset in `dir` declares a major release of `name`. */
export function hasMajorChangeset(dir, name = "@sutro/jobs") {
  if (!existsSync(dir)) return false;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .some((f) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), "utf8"))?.[1] ?? "";
      return new RegExp(`^["']?${name.replace("/", "\\/")}["']?:\\s*major\\s*$`, "m").test(front);
    });
}

export function report(changes) {
  const breaking = changes.filter((c) => c.breaking);
  const other = changes.filter((c) => !c.breaking);
  const lines = [];
  if (!changes.length) lines.push("No API changes since the last release.");
  if (breaking.length) lines.push(`Breaking changes (${breaking.length}):`, ...breaking.map((c) => `  ✗ ${c.where}: ${c.what}`));
  if (other.length) lines.push(`Non-breaking changes (${other.length}):`, ...other.map((c) => `  ✓ ${c.where}: ${c.what}`));
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, "..");
  // `--changesets DIR`: where to look for a major changeset (tests point it at a folder of their own).
  const { values, positionals } = parseArgs({ options: { changesets: { type: "string" } }, allowPositionals: true });
  const [oldPath = join(root, "spec/released/openapi.yaml"), newPath = join(root, "spec/openapi.yaml")] = positionals;
  const changes = diffSpecs(parse(readFileSync(oldPath, "utf8")), parse(readFileSync(newPath, "utf8")));
  console.log(report(changes));
  if (changes.some((c) => c.breaking)) {
    if (hasMajorChangeset(values.changesets ?? join(root, ".changeset"))) {
      console.log("\nA changeset declares a major release of @sutro/jobs: the breaking changes are allowed.");
    } else {
      console.error("\nBreaking changes need a major release: add one with `pnpm changeset` (choose major for @sutro/jobs).");
      process.exit(1);
    }
  }
}
