import { schemas } from "./generated/schemas.ts";
import { validate } from "./validate.ts";

/**
 * How `body` breaks the spec's schema `name`. Loaded on first use by
 * `validate: true` only, so the schema data stays out of the bundles of
 * clients that never validate.
 */
export function specProblems(body: unknown, name: string): string[] {
  return validate(body, { $ref: `#/components/schemas/${name}` }, schemas);
}
