/**
 * The spec as the only schema: loads spec/openapi.yaml (inlining the example
 * files it $refs) and validates values against its own schemas with Ajv's
 * JSON Schema 2020-12, the dialect of OpenAPI 3.1.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { loadSpec } from "../../scripts/spec.mjs";

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

/** The pointer of the JSON schema the spec gives `METHOD path` for this status (falling back to `5XX`). */
export function responsePointer(path: string, status: number, method = "get"): string {
  const responses = spec.paths[path][method].responses;
  const key = String(status) in responses ? String(status) : `${String(status)[0]}XX`;
  const response = responses[key];
  if (!response) throw new Error(`the spec gives no ${status} response for ${method.toUpperCase()} ${path}`);
  const ref: string | undefined = response.$ref;
  return ref
    ? `${ref}/content/application~1json/schema`
    : `#/paths/${escapePointer(path)}/${method}/responses/${escapePointer(key)}/content/application~1json/schema`;
}

/** Ajv's complaints about `value` as a `METHOD path` response with this status; empty when it conforms. */
export function responseErrors(path: string, status: number, value: unknown, method = "get"): string[] {
  const validate = validatorAt(responsePointer(path, status, method));
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "$"} ${e.message}`);
}
