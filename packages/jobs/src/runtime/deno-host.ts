import { tmpdir } from "node:os";
import type { Host } from "./ambient.ts";

type Descriptor = { name: "env"; variable: string } | { name: "read" | "write"; path: string };

declare const Deno: {
  env: { get(name: string): string | undefined };
  readTextFileSync(path: string): string;
  permissions: { querySync(descriptor: Descriptor): { state: "granted" | "prompt" | "denied" } };
  errors: { NotFound: ErrorConstructor };
  createHttpClient?: (options: { poolMaxIdlePerHost: number }) => unknown;
  unrefTimer(id: number): void;
};

/**
 * Environment and files through Deno's APIs. Each read first asks whether the permission is
 * granted, so a program run without --allow-env or --allow-read skips that source: no prompt, no error.
 */
const granted = (descriptor: Descriptor) => Deno.permissions.querySync(descriptor).state === "granted";

/** Whether reading or writing `path` is granted, for downloads to a path: never a prompt. */
export const denoPermitted = (kind: "read" | "write", path: string): boolean => granted({ name: kind, path });

/** What node:os tmpdir() reads: asked only where each may be read, since Deno prompts for the first that may not. */
const TEMPORARY_VARIABLES = ["TMPDIR", "TMP", "TEMP"];

/**
 * The temporary directory, where this run may learn where it is and write and read it; else undefined. Only
 * asks, so a run without those permissions gets no prompt.
 */
export function denoTemporaryDirectory(): string | undefined {
  if (!TEMPORARY_VARIABLES.every((variable) => granted({ name: "env", variable }))) return undefined;
  const dir = tmpdir();
  return denoPermitted("write", dir) && denoPermitted("read", dir) ? dir : undefined;
}

const env = (name: string) => (granted({ name: "env", variable: name }) ? Deno.env.get(name) : undefined);

/**
 * Deno's fetch re-sends a request whose pooled connection closed before any answer, a POST included:
 * that would create a job twice. A client that keeps no idle connections sends each request on a fresh one.
 */
export function denoFetchOnce(): ((input: string | Request, init?: RequestInit) => Promise<Response>) | undefined {
  const createHttpClient = Deno.createHttpClient;
  if (typeof createHttpClient !== "function") return undefined;
  let client: unknown;
  return (input, init) => {
    client ??= createHttpClient({ poolMaxIdlePerHost: 0 });
    return fetch(input, { ...init, client } as RequestInit);
  };
}

/** Deno's timers are numbers, as on the web; Deno.unrefTimer lets one stop holding the process open. */
export const denoUnrefTimer = (timer: unknown): void => Deno.unrefTimer(timer as number);

/** The variables a Deno entry reads: the deployment pair, the log level, and the home directory that holds the config file. */
const VARIABLES = ["SUTRO_API_URL", "SUTRO_API_KEY", "SUTRO_LOG", "HOME"];

export const denoHost: Host = {
  env,
  missingPermissions(configPath) {
    const missing: string[] = [];
    if (!VARIABLES.every((variable) => granted({ name: "env", variable }))) missing.push(`--allow-env=${VARIABLES.join(",")}`);
    if (configPath === undefined || !granted({ name: "read", path: configPath }))
      missing.push(`--allow-read=${configPath ?? "~/.sutro/config.json"}`);
    return missing;
  },
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
