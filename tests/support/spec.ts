/**
 * The spec as the only schema: loads spec/openapi.yaml (inlining the example
 * files it $refs) and validates values against its own schemas with Ajv's
 * JSON Schema 2020-12, the dialect of OpenAPI 3.1.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";

export const SPEC_PATH = join(import.meta.dirname, "../../spec/openapi.yaml");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replaces every `$ref` to another file with that file's content. */
function inlineFiles(node: Json, base: string): Json {
  if (Array.isArray(node)) return node.map((item) => inlineFiles(item, base));
  if (node && typeof node === "object") {
    const ref = node.$ref;
    if (typeof ref === "string" && !ref.startsWith("#")) {
      const path = join(base, ref);
      return inlineFiles(parse(readFileSync(path, "utf8")) as Json, dirname(path));
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inlineFiles(value, base)]));
  }
  return node;
}

export function loadSpec(path = SPEC_PATH): any {
  return inlineFiles(parse(readFileSync(path, "utf8")) as Json, dirname(path));
}

export const spec = loadSpec();

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(spec, "spec");

const compiled = new Map<string, ValidateFunction>();
/** A validator for the schema at this JSON pointer into the spec, e.g. `#/components/schemas/Job`. */
export function validatorAt(pointer: string): ValidateFunction {
  let fn = compiled.get(pointer);
  if (!fn) {
    fn = ajv.getSchema(`spec${pointer}`);
    if (!fn) throw new Error(`no schema at ${pointer}`);
    compiled.set(pointer, fn);
  }
  return fn;
}

const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** The pointer of the JSON schema the spec gives `GET path` for this status (falling back to `5XX`). */
export function responsePointer(path: string, status: number): string {
  const responses = spec.paths[path].get.responses;
  const key = String(status) in responses ? String(status) : `${String(status)[0]}XX`;
  const response = responses[key];
  if (!response) throw new Error(`the spec gives no ${status} response for GET ${path}`);
  const ref: string | undefined = response.$ref;
  return ref
    ? `${ref}/content/application~1json/schema`
    : `#/paths/${escapePointer(path)}/get/responses/${escapePointer(key)}/content/application~1json/schema`;
}

/** Ajv's complaints about `value` as a `GET path` response with this status; empty when it conforms. */
export function responseErrors(path: string, status: number, value: unknown): string[] {
  const validate = validatorAt(responsePointer(path, status));
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "$"} ${e.message}`);
}
