/** A JSON object from a file a flag names (`--json-schema`, `--output-schema`), or a usage error naming both. */
import { readFileSync } from "node:fs";
import { UsageError } from "./errors.ts";

export function readJsonObject(path: string, flag: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`${flag} ${path}: ${(error as NodeJS.ErrnoException).code ?? "not JSON"}.`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new UsageError(`${flag} ${path} must hold a JSON object.`);
  return parsed as Record<string, unknown>;
}
