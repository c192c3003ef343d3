/**
 * The Deno entry: the web-standard client, with defaults read from
 * SUTRO_API_KEY / SUTRO_BASE_URL / SUTRO_LOG, then ~/.sutro/config.json.
 * Without --allow-env or --allow-read those sources are skipped, not fatal.
 * @module
 */
import { ambientFrom, configFilePath as configFileOf, type Host } from "./ambient.ts";
import { Sutro as WebSutro } from "./client.ts";
import type { ClientOptions } from "./options.ts";

export * from "./index.ts";

declare const Deno: {
  version: { deno: string };
  env: { get(name: string): string | undefined };
  readTextFileSync(path: string): string;
  errors: { NotFound: ErrorConstructor; NotCapable?: ErrorConstructor; PermissionDenied: ErrorConstructor };
};

/** A read the user has not granted permission for counts as absent. */
function permitted<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    const { NotFound, NotCapable, PermissionDenied } = Deno.errors;
    if (error instanceof NotFound || error instanceof PermissionDenied || (NotCapable && error instanceof NotCapable)) return undefined;
    throw error;
  }
}

const denoHost: Host = {
  env: (name) => permitted(() => Deno.env.get(name)),
  readTextFile: (path) => permitted(() => Deno.readTextFileSync(path)),
  homeDir: () => permitted(() => Deno.env.get("HOME") ?? Deno.env.get("USERPROFILE")),
};

/** Where this entry reads ~/.sutro/config.json (the official Python CLI's file), e.g. to write it. */
export function configFilePath(): string | undefined {
  return configFileOf(denoHost);
}

export class Sutro extends WebSutro {
  constructor(options: ClientOptions = {}) {
    super(options, { ambient: () => ambientFrom(denoHost), runtime: `deno/${Deno.version.deno}` });
  }
}
