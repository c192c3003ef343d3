import type { RuntimeEnvironment } from "../client.ts";
import {
  type Ambient,
  type DeploymentReport,
  describeDeployment,
  ENV_API_KEY,
  ENV_API_URL,
  type ExplicitCredentials,
  type Pair,
} from "../config/deployment.ts";
import { ConfigurationError, MissingApiKeyError, MissingApiUrlError } from "../errors/errors.ts";

/** The few runtime-specific reads the Node, Deno and Bun entries provide. */
export interface Host {
  /** A variable, or undefined when unset or not readable without asking (Deno without --allow-env). */
  env(name: string): string | undefined;
  /**
   * The file's text, or undefined when it does not exist or may not be read without asking.
   * Throws for a file that exists but cannot be read (a directory, no access).
   */
  readTextFile(path: string): string | undefined;
  homeDir(): string | undefined;
  /**
   * The permissions a run lacks to read the deployment from the environment and the config file, as the
   * flags that grant them (Deno: `--allow-env=…`, `--allow-read=…`); none where nothing needs granting.
   */
  missingPermissions?(configPath: string | undefined): string[];
}

/** ~/.sutro/config.json: the file the official Python CLI writes on login. */
export function configFilePath(host: Host): string | undefined {
  const home = host.homeDir();
  return home ? `${home.replace(/[\\/]+$/, "")}/.sutro/config.json` : undefined;
}

function parseConfig(path: string, text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`The config file ${path} is not valid JSON. Fix it, or log in again with \`sutro-jobs login\`.`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new ConfigurationError(`The config file ${path} must hold a JSON object like {"api_url": "…", "api_key": "sk_live_…"}.`);
  }
  return parsed as Record<string, unknown>;
}

function readConfig(host: Host, path: string): Record<string, unknown> | undefined {
  let text: string | undefined;
  try {
    text = host.readTextFile(path);
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    const why = code === "EISDIR" ? "is a directory" : `cannot be read${typeof code === "string" ? ` (${code})` : ""}`;
    throw new ConfigurationError(`The config file ${path} ${why}. Remove it, or log in again with \`sutro-jobs login\`.`, { cause });
  }
  return text === undefined ? undefined : parseConfig(path, text);
}

/** The old name of SUTRO_API_URL, still read when SUTRO_API_URL is unset, as the official SDK does. */
const ENV_LEGACY_URL = "SUTRO_BASE_URL";

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** The environment's pair: SUTRO_API_URL (or its older name) with SUTRO_API_KEY. */
function envPair(env: Ambient["env"]): Pair | undefined {
  const urlName = [ENV_API_URL, ENV_LEGACY_URL].find((name) => env(name) !== undefined);
  const key = env(ENV_API_KEY);
  if (urlName === undefined && key === undefined) return undefined;
  return {
    url: urlName === undefined ? undefined : { value: env(urlName), source: { kind: "env", name: urlName }, label: urlName },
    key: key === undefined ? undefined : { value: key, source: { kind: "env", name: ENV_API_KEY }, label: ENV_API_KEY },
    names: { url: ENV_API_URL, key: ENV_API_KEY },
    why: "The environment is used as a pair: the config file's values are never mixed in.",
    legacyNames: urlName === ENV_LEGACY_URL ? [ENV_LEGACY_URL] : [],
  };
}

/** The config file's pair: api_url (or its older name base_url) with api_key. */
function configPair(config: { path: string; fields: Record<string, unknown> } | undefined): Pair | undefined {
  if (config === undefined) return undefined;
  const { path, fields } = config;
  const field = ["api_url", "base_url"].find((name) => text(fields[name]) !== undefined);
  const key = text(fields.api_key);
  if (field === undefined && key === undefined) return undefined;
  return {
    url: field === undefined ? undefined : { value: fields[field], source: { kind: "config", path, field }, label: `${field} in ${path}` },
    key: key === undefined ? undefined : { value: key, source: { kind: "config", path, field: "api_key" }, label: `api_key in ${path}` },
    names: { url: "api_url", key: "api_key" },
    why: "A saved key is used only with the deployment URL saved beside it (`sutro-jobs set-api-url` clears the key).",
    legacyNames: field === "base_url" ? ["base_url"] : [],
  };
}

/**
 * The environment and ~/.sutro/config.json, read only when asked: a client given
 * everything in its options never touches either, so a broken config file or a
 * permission not granted cannot get in its way. An empty variable counts as unset.
 */
export function ambientFrom(host: Host): Ambient {
  let path: string | undefined | null = null;
  let config: { path: string; fields: Record<string, unknown> } | undefined | null = null;
  const configPath = () => {
    if (path === null) path = configFilePath(host);
    return path;
  };
  const readOnce = () => {
    if (config === null) {
      const at = configPath();
      const fields = at === undefined ? undefined : readConfig(host, at);
      config = at === undefined || fields === undefined ? undefined : { path: at, fields };
    }
    return config;
  };
  const env = (name: string) => host.env(name) || undefined;
  return {
    env,
    pair: () => envPair(env) ?? configPair(readOnce()),
    get ways() {
      return `pass both \`apiURL\` and \`apiKey\` to new Sutro(), set both ${ENV_API_URL} and ${ENV_API_KEY}, or log in with \`sutro-jobs login\` so that ${this.configPath} holds both api_url and api_key.`;
    },
    get configPath() {
      return configPath() ?? "~/.sutro/config.json";
    },
  };
}

/** What the Node, Deno and Bun entries share, given their host reads, their User-Agent name and their I/O. */
export function runtimeEntry(
  host: Host,
  runtime: () => string,
  io: Pick<
    RuntimeEnvironment,
    "fetchOnce" | "exchange" | "openFile" | "readFile" | "openBlobs" | "spool" | "sendStream" | "timeouts" | "abortListeners"
  >,
) {
  const environment = (): RuntimeEnvironment => ({ ambient: ambientFrom(host), runtime: runtime(), ...io });
  return {
    environment,
    /**
     * The environment of `new Sutro(options)`. Where a run lacks the permissions to read the environment or
     * the config file (Deno without --allow-env or --allow-read skips them, never prompting), a missing
     * deployment is said with the flags that would have let it read one.
     */
    environmentFor(options: ExplicitCredentials): RuntimeEnvironment {
      const made = environment();
      const missing = host.missingPermissions?.(configFilePath(host)) ?? [];
      if (missing.length === 0) return made;
      const { problem } = describeDeployment(options, made.ambient);
      if (problem instanceof MissingApiUrlError || problem instanceof MissingApiKeyError) {
        const Same = problem.constructor as typeof MissingApiUrlError;
        throw new Same(`${problem.message} This run may not read them: grant ${missing.join(" ")}, or pass apiURL and apiKey.`);
      }
      return made;
    },
    configFilePath: (): string | undefined => configFilePath(host),
    describeDeployment: (options: ExplicitCredentials = {}): DeploymentReport => describeDeployment(options, environment().ambient),
  };
}
