/**
 * Checks a value against the spec's own schemas (generated into
 * generated/schemas.ts), for `validate: true`. It covers the JSON Schema
 * keywords the spec uses; `pnpm generate` would have to grow it if the spec
 * started using others, and the spec-examples test would show that.
 */
export interface JsonSchema {
  $ref?: string;
  type?: string | readonly string[];
  enum?: readonly unknown[];
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  maxItems?: number;
  minItems?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  [annotation: string]: unknown;
}

const REF_PREFIX = "#/components/schemas/";

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typeMatches(actual: string, expected: string): boolean {
  return actual === expected || (expected === "number" && actual === "integer");
}

/** Every way `value` breaks `schema`, as "path: problem" lines; empty when it conforms. */
export function validate(value: unknown, schema: JsonSchema, schemas: Record<string, JsonSchema>, path = "$"): string[] {
  if (schema.$ref) {
    const target = schemas[schema.$ref.slice(REF_PREFIX.length)];
    if (!schema.$ref.startsWith(REF_PREFIX) || !target) return [`${path}: unresolvable $ref ${schema.$ref}`];
    return validate(value, target, schemas, path);
  }
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const types = typeof schema.type === "string" ? [schema.type] : schema.type;
    if (!types.some((t) => typeMatches(actual, t))) return [`${path}: expected ${types.join(" or ")}, got ${actual}`];
  }
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(", ")}`];
  if (schema.anyOf && !schema.anyOf.some((s) => validate(value, s, schemas, path).length === 0)) {
    return [`${path}: matches none of its anyOf schemas`];
  }
  if (schema.oneOf) {
    const matching = schema.oneOf.filter((s) => validate(value, s, schemas, path).length === 0).length;
    if (matching !== 1) return [`${path}: matches ${matching} of its oneOf schemas, not exactly one`];
  }
  const issues: string[] = [];
  if (actual === "number" || actual === "integer") {
    const n = value as number;
    if (schema.minimum !== undefined && n < schema.minimum) issues.push(`${path}: ${n} is below the minimum ${schema.minimum}`);
    if (schema.maximum !== undefined && n > schema.maximum) issues.push(`${path}: ${n} is above the maximum ${schema.maximum}`);
  }
  if (actual === "string" && schema.minLength !== undefined && (value as string).length < schema.minLength) {
    issues.push(`${path}: shorter than ${schema.minLength}`);
  }
  if (actual === "string" && schema.maxLength !== undefined && [...(value as string)].length > schema.maxLength) {
    issues.push(`${path}: longer than ${schema.maxLength}`);
  }
  if (actual === "array") {
    const items = value as unknown[];
    if (schema.maxItems !== undefined && items.length > schema.maxItems) issues.push(`${path}: more than ${schema.maxItems} items`);
    if (schema.minItems !== undefined && items.length < schema.minItems) issues.push(`${path}: fewer than ${schema.minItems} items`);
    if (schema.items) {
      for (const [i, item] of items.entries()) issues.push(...validate(item, schema.items, schemas, `${path}[${i}]`));
    }
  }
  if (actual === "object") {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) issues.push(`${path}: missing required ${key}`);
    for (const [key, item] of Object.entries(object)) {
      const propertySchema = schema.properties?.[key];
      if (propertySchema) issues.push(...validate(item, propertySchema, schemas, `${path}.${key}`));
      else if (schema.additionalProperties === false) issues.push(`${path}: unexpected property ${key}`);
      else if (typeof schema.additionalProperties === "object")
        issues.push(...validate(item, schema.additionalProperties, schemas, `${path}.${key}`));
    }
  }
  return issues;
}
