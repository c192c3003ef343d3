/**
 * The Deno entry: the web-standard client, with the deployment and key read
 * from SUTRO_API_URL + SUTRO_API_KEY, else ~/.sutro/config.json, and SUTRO_LOG.
 * Each read first asks whether the permission is granted, so a program run
 * without --allow-env or --allow-read skips that source: no prompt, no error.
 * @module
 */
import { type Host, runtimeEntry } from "./ambient.ts";
import { Sutro as WebSutro } from "./client.ts";
import type { DeploymentReport, ExplicitCredentials } from "./deployment.ts";
import type { ClientOptions } from "./options.ts";

export * from "./index.ts";

type Descriptor = { name: "env"; variable: string } | { name: "read"; path: string };

declare const Deno: {
  version: { deno: string };
  env: { get(name: string): string | undefined };
  readTextFileSync(path: string): string;
  permissions: { querySync(descriptor: Descriptor): { state: "granted" | "prompt" | "denied" } };
  errors: { NotFound: ErrorConstructor };
};

const granted = (descriptor: Descriptor) => Deno.permissions.querySync(descriptor).state === "granted";

const env = (name: string) => (granted({ name: "env", variable: name }) ? Deno.env.get(name) : undefined);

const denoHost: Host = {
  env,
  readTextFile(path) {
    if (!granted({ name: "read", path })) return undefined;
    try {
      return Deno.readTextFileSync(path);
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return undefined;
      throw error;
    }
  },
  homeDir: () => env("HOME") ?? env("USERPROFILE"),
};

const entry = runtimeEntry(denoHost, () => `deno/${Deno.version.deno}`);

/** Where this entry reads ~/.sutro/config.json (the official Python CLI's file), e.g. to write it. */
export const configFilePath: () => string | undefined = entry.configFilePath;

/** Which deployment and key `new Sutro(options)` would use, and from where; never the key itself. */
export const describeDeployment: (options?: ExplicitCredentials) => DeploymentReport = entry.describeDeployment;

/** The Sutro client for Deno: reads SUTRO_API_URL, SUTRO_API_KEY, SUTRO_LOG and ~/.sutro/config.json where permitted. */
export class Sutro extends WebSutro {
  constructor(options: ClientOptions = {}) {
    super(options, entry.environment());
  }
}
