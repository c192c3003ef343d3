/**
 * The parts of Standard Schema (https://standardschema.dev) the SDK reads, as structural types: Zod 4,
 * Valibot (through @valibot/to-json-schema's toStandardJsonSchema) and ArkType schemas fit them, and the
 * SDK depends on none of those libraries. The spec's own types are meant to be copied like this.
 */

/** A schema that validates values and knows its output type: `~standard.validate` and `~standard.types`. */
export interface StandardSchema<Output = unknown> {
  /** The Standard Schema properties: its version, vendor, validator and types. */
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    readonly types?: { readonly input: unknown; readonly output: Output } | undefined;
    /** Standard JSON Schema: the schema as JSON Schema, which the API takes as the job's `json_schema`. */
    readonly jsonSchema?: { readonly output: (options: { readonly target: string }) => Record<string, unknown> } | undefined;
  };
}

/** What `~standard.validate` answers: the value, or the issues. */
export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardIssue> };

/** One problem a schema found, with where it is. */
export interface StandardIssue {
  /** What is wrong. */
  readonly message: string;
  /** Where: the keys from the value's root. */
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/** The output type of a Standard Schema. */
export type StandardOutput<S> = S extends { readonly "~standard": { readonly types?: infer T } }
  ? NonNullable<T> extends { readonly output: infer O }
    ? O
    : unknown
  : unknown;
