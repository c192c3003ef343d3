/**
 * What every runtime's runner gives the shared cases, and small helpers the
 * cases share. The cases use only node:assert, node:fs and node:process, which
 * Node, Deno and Bun all implement, so one suite runs unchanged on each.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { type MockServer, type MockServerOptions, startMockServer } from "../../../mock/src/index.ts";
import type { ClientOptions, DeploymentReport, ExplicitCredentials, Sutro } from "../../src/index.ts";

export interface Runtime {
  /** "node", "deno" or "bun". */
  name: string;
  /** The entry's Sutro: the one that reads env and ~/.sutro/config.json. */
  Sutro: new (
    options?: ClientOptions,
  ) => Sutro;
  /** The entry's configFilePath. */
  configFilePath: () => string | undefined;
  /** The entry's describeDeployment. */
  describeDeployment: (options?: ExplicitCredentials) => DeploymentReport;
}

export interface Case {
  name: string;
  run(runtime: Runtime): Promise<void>;
}

export const API_KEY = "sk_test_123";

/** Runs `fn` against a fresh mock server, closing it whatever happens. */
export async function withMock<T>(options: MockServerOptions, fn: (server: MockServer) => Promise<T>): Promise<T> {
  const server = await startMockServer({ apiKey: API_KEY, ...options });
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

/** Runs `fn` with a fresh empty directory, removed after whatever happens. */
export async function inDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "sutro-test-"));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A client of `server` with fast retries, so fault tests never sleep for seconds. */
export function clientFor(runtime: Runtime, server: MockServer, options: ClientOptions = {}): Sutro {
  return new runtime.Sutro({
    apiKey: API_KEY,
    apiURL: server.apiURL,
    logLevel: "off",
    retryBackoff: { initialDelay: 1, maxDelay: 5 },
    ...options,
  });
}

const AMBIENT = ["SUTRO_API_URL", "SUTRO_API_KEY", "SUTRO_BASE_URL", "SUTRO_LOG", "HOME", "USERPROFILE"] as const;

/** Runs `fn` with these variables (undefined: unset) and a fresh empty HOME, restoring everything after. */
export async function withEnv<T>(vars: Partial<Record<(typeof AMBIENT)[number], string>>, fn: (home: string) => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(AMBIENT.map((name) => [name, process.env[name]]));
  const home = mkdtempSync(join(tmpdir(), "sutro-home-"));
  for (const name of AMBIENT) delete process.env[name];
  process.env.HOME = home;
  process.env.USERPROFILE = home;
  for (const [name, value] of Object.entries(vars)) if (value !== undefined) process.env[name] = value;
  try {
    return await fn(home);
  } finally {
    for (const name of AMBIENT) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * A fetch that answers the requests whose URL contains `part` itself, counting them in `calls`, and sends
 * every other request on: a deployment with one endpoint down, or answering oddly.
 */
export function intercepting(part: string, answer: () => Response) {
  const intercepted = {
    calls: 0,
    fetch: (input: string | Request, init?: RequestInit): Promise<Response> => {
      if (!String(input instanceof Request ? input.url : input).includes(part)) return globalThis.fetch(input, init);
      intercepted.calls++;
      return Promise.resolve(answer());
    },
  };
  return intercepted;
}

/** Every job an iterable yields, in order. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** The ids of the first `count` jobs the server holds, newest first. */
export function serverIds(server: MockServer, from = 0, to = server.dataset.size): string[] {
  const ids: string[] = [];
  for (let i = from; i < to; i++) ids.push(server.dataset.at(i).job_id);
  return ids;
}
