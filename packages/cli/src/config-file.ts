import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { configFilePath } from "@sutro/jobs";
import { UsageError } from "./errors.ts";

/** ~/.sutro/config.json: asked of the SDK, so the file the CLI writes is the one the SDK reads. */
export function configPath(): string {
  const path = configFilePath();
  if (path === undefined) throw new UsageError("No home directory to keep ~/.sutro/config.json in: set HOME.");
  return path;
}

export function readConfig(path: string): Record<string, unknown> {
  if (!existsSync(path)) return {};
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8"));
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed;
  } catch {}
  throw new UsageError(`${path} is not a JSON object; fix or delete it, then try again.`);
}

/**
 * Writes the config readable by its owner only (file 0600, folder 0700), through a
 * temporary file so a crash never leaves half a file, keeping keys other tools wrote.
 */
export function writeConfig(path: string, config: Record<string, unknown>): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  chmodSync(dirname(path), 0o700);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}
