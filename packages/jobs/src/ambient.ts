import { InvalidRequestError } from "./errors.ts";
import type { Ambient } from "./options.ts";

/** The few runtime-specific reads the Node, Deno and Bun entries provide. */
export interface Host {
  env(name: string): string | undefined;
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readTextFile(path: string): string | undefined;
  homeDir(): string | undefined;
}

export const ENV_API_KEY = "SUTRO_API_KEY";
export const ENV_BASE_URL = "SUTRO_BASE_URL";
export const ENV_LOG = "SUTRO_LOG";

/** ~/.sutro/config.json: the file the official Python CLI writes on login. */
export function configFilePath(host: Host): string | undefined {
  const home = host.homeDir();
  return home ? `${home.replace(/[\\/]+$/, "")}/.sutro/config.json` : undefined;
}

interface ConfigFile {
  api_key?: string;
  base_url?: string;
}

function readConfig(host: Host, path: string): ConfigFile | undefined {
  const text = host.readTextFile(path);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InvalidRequestError(`The config file ${path} is not valid JSON. Fix it, or log in again with the Sutro CLI.`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new InvalidRequestError(`The config file ${path} must hold a JSON object like {"api_key": "sk_live_…"}.`);
  }
  const { api_key, base_url } = parsed as Record<string, unknown>;
  return {
    api_key: typeof api_key === "string" && api_key !== "" ? api_key : undefined,
    base_url: typeof base_url === "string" && base_url !== "" ? base_url : undefined,
  };
}

/** Key and base URL from the environment first, then the config file; an empty variable counts as unset. */
export function ambientFrom(host: Host): Ambient {
  const env = (name: string) => host.env(name) || undefined;
  const path = configFilePath(host);
  const ambient: Ambient = {
    baseURL: env(ENV_BASE_URL),
    logLevel: env(ENV_LOG),
    keyHelp: `pass \`apiKey\` to new Sutro({ apiKey }), set the ${ENV_API_KEY} environment variable, or log in with the Sutro CLI so that ${path ?? "~/.sutro/config.json"} holds it.`,
  };
  const envKey = env(ENV_API_KEY);
  if (envKey !== undefined) ambient.apiKey = { value: envKey, source: { kind: "env", name: ENV_API_KEY } };
  if ((ambient.apiKey && ambient.baseURL) || !path) return ambient;

  const config = readConfig(host, path);
  if (!ambient.apiKey && config?.api_key) ambient.apiKey = { value: config.api_key, source: { kind: "config", path } };
  ambient.baseURL ??= config?.base_url;
  return ambient;
}
