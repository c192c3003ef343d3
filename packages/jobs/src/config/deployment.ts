/**
 * Which deployment a client talks to, and with which key. Each customer has a
 * deployment of their own whose keys work only there, so the URL and the key
 * are resolved as a pair: both from the options, or both from the environment,
 * or both from the config file, never one from each.
 */
import {
  ConfigurationError,
  type CredentialSource,
  InvalidRequestError,
  MissingApiKeyError,
  MissingApiUrlError,
  RETIRED_ADVICE,
} from "../errors/errors.ts";

/** The placeholder origin of the API reference, for messages. */
export const EXAMPLE_API_URL = "https://your-sutro-deployment.example.com";

/** The variable that names your deployment, as the official SDK reads it. */
export const ENV_API_URL = "SUTRO_API_URL";
/** The variable that holds the deployment's key, read only together with SUTRO_API_URL. */
export const ENV_API_KEY = "SUTRO_API_KEY";

/** One value found, raw, with where it came from and the name it was found under. */
export interface Found {
  /** The value as found, not yet checked. */
  value: unknown;
  /** Where it came from. */
  source: CredentialSource;
  /** How a message names it: "apiURL", "SUTRO_API_URL", "api_url in ~/.sutro/config.json". */
  label: string;
}

/** The first source that gives a URL or a key (options, environment, config file), with whatever it gives. */
export interface Pair {
  /** The URL it gives, if any. */
  url: Found | undefined;
  /** The key it gives, if any. */
  key: Found | undefined;
  /** What this source calls the URL and the key, for the message when one of them is missing. */
  names: { url: string; key: string };
  /** Why the pair is used as a whole, for the message when half of it is missing. */
  why: string;
  /** Older names that supplied a value (`SUTRO_BASE_URL`, `base_url`, `baseURL`). */
  legacyNames: string[];
}

/**
 * What a runtime entry can find outside the options (the environment, the config file): runtime-specific,
 * so it lives with the entries (runtime/ambient.ts). Every read is lazy: only what is still missing is looked up.
 */
export interface Ambient {
  /** A variable's value; undefined when unset, empty, or not readable (Deno without --allow-env). */
  env(name: string): string | undefined;
  /**
   * The pair the environment gives, else the one the config file gives; undefined when neither gives a URL
   * or a key. Throws ConfigurationError when the config file is there but unusable (not JSON, a directory).
   */
  pair(): Pair | undefined;
  /** How to give a deployment in this runtime, said by every error that lacks one. */
  ways: string;
  /** The config file's path, for messages; undefined where none is read (browsers). */
  configPath: string | undefined;
}

/** The web entry's: options only. */
export const NO_AMBIENT: Ambient = {
  env: () => undefined,
  pair: () => undefined,
  ways: "pass both `apiURL` and `apiKey` to new Sutro({ apiURL, apiKey }).",
  configPath: undefined,
};

/** A key and the deployment it belongs to, each with where it came from. */
export interface Deployment {
  /** `<origin>/v1`. */
  apiURL: string;
  /** Where the URL came from. */
  apiURLSource: CredentialSource;
  /** The key (never shown: see maskApiKey). */
  apiKey: string;
  /** Where the key came from. */
  apiKeySource: CredentialSource;
  /** Legacy names that supplied a value (`SUTRO_BASE_URL`, the config file's `base_url`). */
  legacyNames: string[];
}

/** What the caller passed in code. */
export interface ExplicitCredentials {
  /** The key, given in code. */
  apiKey?: string | undefined;
  /** The deployment URL, given in code. */
  apiURL?: string | undefined;
  /** The older name of `apiURL`. */
  baseURL?: string | undefined;
  /** Allow plain http:// to a host that is not loopback. */
  allowInsecureHTTP?: boolean | undefined;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Hosts of the retired central API. They answer 410 today; refusing them before
 * any request keeps a key from reaching a host it was never issued for.
 */
const RETIRED_HOSTS = /(^|\.)(api\.sutro\.sh|serve\.sutro\.sh|api\.materialized\.dev)$|--tensor-factory-fastapi-app\.modal\.run$/i;

const ACCEPTED_FORMS = `${EXAMPLE_API_URL} or ${EXAMPLE_API_URL}/v1`;

function refuse(message: string): never {
  throw new ConfigurationError(message);
}

export function checkApiKey(key: unknown, where: string): string {
  if (typeof key !== "string") throw new InvalidRequestError(`${where} must be a string.`);
  if (key === "") throw new MissingApiKeyError(`${where} is empty. Give the key itself, e.g. sk_live_….`);
  // A CR/LF would split the header; other bytes would make fetch throw a message that quotes the key.
  if (/[^\x21-\x7e]/.test(key)) {
    throw new InvalidRequestError(
      `${where} contains whitespace, a control character or a non-ASCII character. Remove any newline or space around the key.`,
    );
  }
  return key;
}

/**
 * The deployment's origin with or without `/v1` (and a trailing slash) becomes
 * `<origin>/v1`; anything else is refused before any request.
 */
export function normalizeApiURL(value: unknown, where: string, allowInsecureHTTP = false): string {
  if (typeof value !== "string") throw new InvalidRequestError(`${where} must be a string URL like ${ACCEPTED_FORMS}.`);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    // Not echoed: a key pasted into the URL's place would end up in the message.
    refuse(`${where} is not a URL. Use your deployment's URL, like ${ACCEPTED_FORMS}.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") refuse(`${where} must be an https:// URL, not ${url.protocol}.`);
  // Never echo credentials found in a URL back into a message.
  if (url.username || url.password) refuse(`${where} must not carry a user name or password; pass the key as \`apiKey\`.`);
  const shown = `${url.origin}${url.pathname}`;
  if (url.search || url.hash) refuse(`${where} must not have a query or fragment (${shown}…). Use ${ACCEPTED_FORMS}.`);
  if (!/^\/(v1\/?)?$/.test(url.pathname.replace(/\/+$/, "/"))) {
    refuse(`${where} has the path "${url.pathname}"; every API path lives under /v1 of the deployment. Use ${ACCEPTED_FORMS}.`);
  }
  if (RETIRED_HOSTS.test(url.hostname)) refuse(`${where} names ${url.hostname}, which is retired and answers 410 Gone. ${RETIRED_ADVICE}`);
  if (url.protocol === "http:" && !LOOPBACK.test(url.hostname) && !allowInsecureHTTP) {
    refuse(
      `${where} uses plain http:// to ${url.hostname}, which would send the API key unencrypted. Use https://, or set allowInsecureHTTP: true if you really mean it.`,
    );
  }
  return `${url.origin}/v1`;
}

/** `apiURL`, or its older name `baseURL`; giving both with different values is a mistake worth stopping. */
function explicitURL(options: ExplicitCredentials): Found | undefined {
  const { apiURL, baseURL } = options;
  if (apiURL !== undefined && baseURL !== undefined && apiURL !== baseURL) {
    throw new InvalidRequestError("Give apiURL or baseURL (its older name), not both with different values.");
  }
  const name = apiURL !== undefined ? "apiURL" : baseURL !== undefined ? "baseURL" : undefined;
  return name === undefined ? undefined : { value: apiURL ?? baseURL, source: { kind: "option" }, label: `\`${name}\`` };
}

function findPair(options: ExplicitCredentials, ambient: Ambient): Pair | undefined {
  const url = explicitURL(options);
  if (url === undefined && options.apiKey === undefined) return ambient.pair();
  return {
    url,
    key: options.apiKey === undefined ? undefined : { value: options.apiKey, source: { kind: "option" }, label: "`apiKey`" },
    names: { url: "`apiURL`", key: "`apiKey`" },
    why: "A key given in code is used only with a URL given in code, and the other way round.",
    legacyNames: options.apiURL === undefined && options.baseURL !== undefined ? ["baseURL"] : [],
  };
}

/**
 * The URL and key to use: from the options, else the environment pair, else the
 * config file pair. A pair with one half missing is an error, never completed
 * from another source: that is how a key would reach a deployment it was not
 * issued for.
 */
export function resolveDeployment(options: ExplicitCredentials, ambient: Ambient): Deployment {
  const pair = findPair(options, ambient);
  if (pair === undefined) {
    throw new MissingApiUrlError(`No Sutro deployment is configured: a URL and its key are needed. To give them, ${ambient.ways}`);
  }
  const { url, key, why } = pair;
  if (url === undefined || key === undefined) {
    const [has, lacks] = url === undefined ? [key?.label, pair.names.url] : [url.label, pair.names.key];
    const message = `${has} is set but ${lacks} is not. ${why} To fix it, ${ambient.ways}`;
    throw url === undefined ? new MissingApiUrlError(message) : new MissingApiKeyError(message);
  }
  return {
    apiURL: normalizeApiURL(url.value, url.label, options.allowInsecureHTTP === true),
    apiURLSource: url.source,
    apiKey: checkApiKey(key.value, key.label),
    apiKeySource: key.source,
    legacyNames: pair.legacyNames,
  };
}

/** What `describeDeployment()` finds: the settings a client would use, or why none can be made. */
export interface DeploymentReport {
  /** The URL found, normalised when it is valid, with where it came from. */
  apiURL: { value: string; source: CredentialSource } | undefined;
  /** The key found, masked, with where it came from. */
  apiKey: { hint: string; source: CredentialSource } | undefined;
  /** Older names that supplied a value (SUTRO_BASE_URL, base_url, baseURL). */
  legacyNames: string[];
  /** The config file this runtime reads, if any. */
  configFile: string | undefined;
  /** The error `new Sutro()` would throw with these settings; undefined when it would work. */
  problem: InvalidRequestError | undefined;
}

/** `sk_live_…abcd`: enough to tell keys apart, never enough to use one. */
export function maskApiKey(key: string): string {
  const prefix = /^[a-z]+_[a-z]+_/i.exec(key)?.[0] ?? "";
  return key.length >= prefix.length + 12 ? `${prefix}…${key.slice(-4)}` : `${prefix}…`;
}

/** The URL normalised when it is valid; otherwise its origin and path only, never a user name, password or query. */
function shownURL(value: unknown, allowInsecureHTTP: boolean): string {
  try {
    return normalizeApiURL(value, "", allowInsecureHTTP);
  } catch {
    try {
      const url = new URL(String(value).trim());
      return `${url.origin}${url.pathname}`;
    } catch {
      return "(not a URL)";
    }
  }
}

/** Which deployment and key a client would use, and from where, without making one (the CLI's `config show`). */
export function describeDeployment(options: ExplicitCredentials, ambient: Ambient): DeploymentReport {
  const report: DeploymentReport = {
    apiURL: undefined,
    apiKey: undefined,
    legacyNames: [],
    configFile: ambient.configPath,
    problem: undefined,
  };
  try {
    const pair = findPair(options, ambient);
    if (pair?.url) {
      report.apiURL = { value: shownURL(pair.url.value, options.allowInsecureHTTP === true), source: pair.url.source };
    }
    if (pair?.key) report.apiKey = { hint: maskApiKey(String(pair.key.value)), source: pair.key.source };
    report.legacyNames = pair?.legacyNames ?? [];
    resolveDeployment(options, ambient);
  } catch (error) {
    if (!(error instanceof InvalidRequestError)) throw error;
    report.problem = error;
  }
  return report;
}
