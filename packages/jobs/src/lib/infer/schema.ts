/**
 * An output schema as the job's `json_schema`, and as the check each row's output gets: a Standard Schema
 * validates with its own `~standard.validate` (async validators too) and gives its JSON Schema through
 * Standard JSON Schema; a plain JSON Schema is sent as it is and checked by the SDK's own validator.
 */
import { InvalidRequestError } from "../../errors/errors.ts";
import type { StandardIssue, StandardSchema } from "../../model/standard-schema.ts";
import { type JsonSchema, validate } from "../../operations/validate.ts";
import type { InferRowError, OutputSchema } from "./types.ts";

export interface ResolvedSchema {
  /** What the job is sent as `json_schema`. */
  jsonSchema: Record<string, unknown>;
  /** The value, checked (a Standard Schema's output, which may differ from its input), or why not. */
  check(value: unknown): { value: unknown } | { error: InferRowError } | Promise<{ value: unknown } | { error: InferRowError }>;
}

// ArkType's schemas are functions: a Standard Schema is any object or function with `~standard`.
const isStandard = (schema: object): schema is StandardSchema => "~standard" in schema;

/** A Standard Schema issue's path as plain keys: `["items", 0, "price"]`. */
const keysOf = (issue: StandardIssue): (string | number)[] =>
  (issue.path ?? []).map((segment) => {
    const key = typeof segment === "object" && segment !== null ? segment.key : segment;
    return typeof key === "number" ? key : String(key);
  });

const schemaError = (issues: { message: string; path: (string | number)[] }[]): InferRowError => ({
  kind: "schema",
  message: `The output does not match the schema: ${issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ")}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ""}.`,
  issues,
});

/** "$.items[0].price: expected number, got string" → its path and message. */
function fromLine(line: string): { message: string; path: (string | number)[] } {
  const at = line.indexOf(": ");
  const where = at === -1 ? "$" : line.slice(0, at);
  const path = [...where.slice(1).matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? (m[1] as string) : Number(m[2])));
  return { message: at === -1 ? line : line.slice(at + 2), path };
}

function standard(schema: StandardSchema): ResolvedSchema {
  const props = schema["~standard"];
  if (props.version !== 1 || typeof props.validate !== "function")
    throw new InvalidRequestError("outputSchema's ~standard is not Standard Schema version 1.");
  let jsonSchema: Record<string, unknown> | undefined;
  try {
    jsonSchema = props.jsonSchema?.output({ target: "draft-07" });
  } catch (cause) {
    throw new InvalidRequestError(`outputSchema (${props.vendor}) cannot be turned into JSON Schema: ${(cause as Error).message}`);
  }
  if (!jsonSchema || typeof jsonSchema !== "object") {
    throw new InvalidRequestError(
      `outputSchema (${props.vendor}) gives no JSON Schema (Standard JSON Schema's ~standard.jsonSchema). Zod 4 and ArkType schemas do; wrap a Valibot schema in toStandardJsonSchema() from @valibot/to-json-schema; or pass a plain JSON Schema object.`,
    );
  }
  const settle = (result: Awaited<ReturnType<typeof props.validate>>) =>
    result.issues
      ? { error: schemaError(result.issues.map((issue) => ({ message: issue.message, path: keysOf(issue) }))) }
      : { value: result.value };
  return {
    jsonSchema,
    check(value) {
      const result = props.validate(value);
      return result instanceof Promise ? result.then(settle) : settle(result);
    },
  };
}

/** A JSON Schema that points elsewhere (`$ref`): sent as it is, its rows checked to be JSON only. */
const refers = (schema: unknown): boolean =>
  typeof schema === "object" && schema !== null && Object.entries(schema).some(([key, value]) => key === "$ref" || refers(value));

function plain(schema: Record<string, unknown>): ResolvedSchema {
  const followable = !refers(schema);
  return {
    jsonSchema: schema,
    check(value) {
      const lines = followable ? validate(value, schema as JsonSchema, {}) : [];
      return lines.length ? { error: schemaError(lines.map(fromLine)) } : { value };
    },
  };
}

/** The schema resolved, or undefined without one; a schema that cannot be sent is refused before any request. */
export function resolveSchema(schema: OutputSchema | undefined): ResolvedSchema | undefined {
  if (schema === undefined) return undefined;
  if (typeof schema === "function" && isStandard(schema)) return standard(schema);
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    throw new InvalidRequestError(
      "outputSchema must be a JSON Schema object, or a Standard Schema (Zod 4, ArkType, Valibot with toStandardJsonSchema).",
    );
  }
  return isStandard(schema) ? standard(schema) : plain(schema);
}
