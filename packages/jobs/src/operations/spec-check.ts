import { schemas } from "../generated/schemas.ts";
import { type JsonSchema, validate } from "./validate.ts";

/** The generated schemas are plain data (generated files import nothing of ours): the validator reads them as JSON Schemas. */
const SCHEMAS = schemas as Record<string, JsonSchema>;

/**
 * How `body` breaks the spec's schema `name`. Loaded on first use by
 * `validate: true` only, so the schema data stays out of the bundles of
 * clients that never validate.
 */
export function specProblems(body: unknown, name: string): string[] {
  return validate(body, { $ref: `#/components/schemas/${name}` }, SCHEMAS);
}
