import { type ApiKeySource, describeKeySource, InvalidRequestError, MissingApiKeyError } from "./errors.ts";
import { isLogLevel, type Logger, type LogLevel, leveled } from "./logger.ts";

export const DEFAULT_BASE_URL = "https://api.sutro.sh";

/** Told to `onRetry` (and the logger) before each retry. */
export interface RetryInfo {
  /** The attempt that failed, from 1. */
  attempt: number;
  /** How long the client waits before the next attempt, in ms. */
  delay: number;
  method: string;
  url: string;
  /** The status that was retried, or undefined for a connection error or timeout. */
  status: number | undefined;
  error: Error | undefined;
}

/** Options of one call; each overrides the client's for that call only. */
export interface RequestOptions {
  /** Stops the call at once, even between retries, with APIUserAbortError. */
  signal?: AbortSignal;
  /** Per-attempt time limit in ms. */
  timeout?: number;
  /** Time limit in ms for the whole call: every attempt and every wait between them. */
  deadline?: number;
  /** Retries after the first attempt. */
  maxRetries?: number;
}

export interface ClientOptions {
  /** API key (`sk_live_...`). The Node, Deno and Bun entries fall back to SUTRO_API_KEY, then ~/.sutro/config.json. */
  apiKey?: string;
  /** Deployment to talk to. Default https://api.sutro.sh (or SUTRO_BASE_URL / the config file's base_url). */
  baseURL?: string;
  /** The fetch to use; default the global one. Called like it: `(url or Request, { method, headers, signal })`. */
  fetch?: (input: string | Request, init?: RequestInit) => Promise<Response>;
  /** Per-attempt time limit in ms. Default 60 000. */
  timeout?: number;
  /** Time limit in ms for a whole call, across attempts and waits. Default none. */
  deadline?: number;
  /** Retries after the first attempt, for idempotent requests. Default 2. */
  maxRetries?: number;
  /** The longest Retry-After the client waits out, in ms; a longer one is thrown as the status's error. Default 60 000. */
  maxRetryAfter?: number;
  /** Exponential backoff between retries when the server does not say how long to wait. */
  retryBackoff?: { initialDelay?: number; maxDelay?: number };
  /** Allow plain http:// to a host that is not loopback (the key then travels in clear text). */
  allowInsecureHTTP?: boolean;
  /** Check every response body against the spec's schemas. Default false. */
  validate?: boolean;
  /** Default "warn" (or SUTRO_LOG in the Node, Deno and Bun entries). */
  logLevel?: LogLevel;
  /** Where log lines go. Default console. */
  logger?: Logger;
  /** Called before each retry. */
  onRetry?: (info: RetryInfo) => void;
}

/** What a runtime entry found outside the options: environment and config file. */
export interface Ambient {
  apiKey?: { value: string; source: ApiKeySource };
  baseURL?: string;
  logLevel?: string;
  /** How to give a key in this runtime, for the missing-key message. */
  keyHelp: string;
}

/** `sk_live_…abcd`: enough to tell keys apart, never enough to use one. */
export function maskApiKey(key: string): string {
  const prefix = /^[a-z]+_[a-z]+_/i.exec(key)?.[0] ?? "";
  return key.length >= prefix.length + 12 ? `${prefix}…${key.slice(-4)}` : `${prefix}…`;
}

export interface ResolvedConfig {
  apiKey: string;
  keySource: ApiKeySource;
  baseURL: string;
  fetch: (input: string | Request, init?: RequestInit) => Promise<Response>;
  timeout: number;
  deadline: number | undefined;
  maxRetries: number;
  maxRetryAfter: number;
  initialDelay: number;
  maxDelay: number;
  validate: boolean;
  logger: Logger;
  /** Whether debug lines are wanted, so their arguments are only built when they are. */
  debug: boolean;
  onRetry: ((info: RetryInfo) => void) | undefined;
}

export const BROWSER_KEY_HELP =
  "pass `apiKey` to new Sutro({ apiKey }). (This entry reads no environment or files; the Node, Deno and Bun entries also read SUTRO_API_KEY and ~/.sutro/config.json.)";

function fail(message: string): never {
  throw new InvalidRequestError(message);
}

export function checkApiKey(key: unknown, where: string): string {
  if (typeof key !== "string") fail(`${where} must be a string.`);
  if (key === "") fail(`${where} is empty. Give the key itself, e.g. sk_live_….`);
  // A CR/LF would split the header; other bytes would make fetch throw a message that quotes the key.
  if (/[^\x21-\x7e]/.test(key)) {
    fail(`${where} contains whitespace, a control character or a non-ASCII character. Remove any newline or space around the key.`);
  }
  return key;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export function checkBaseURL(value: string, allowInsecureHTTP: boolean, where: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail(`${where} is not a URL: "${value}". Use e.g. ${DEFAULT_BASE_URL}.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") fail(`${where} must be an http(s) URL, not ${url.protocol}.`);
  if (url.username || url.password) fail(`${where} must not carry credentials; pass the key as \`apiKey\`.`);
  if (url.search || url.hash) fail(`${where} must not have a query or fragment.`);
  if (url.protocol === "http:" && !LOOPBACK.test(url.hostname) && !allowInsecureHTTP) {
    fail(
      `${where} uses plain http:// to ${url.hostname}, which would send the API key unencrypted. Use https://, or set allowInsecureHTTP: true if you really mean it.`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

function checkDuration(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    fail(`${name} must be a positive number of milliseconds, got ${String(value)}.`);
  }
  return value;
}

function checkCount(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    fail(`${name} must be a whole number ≥ 0, got ${String(value)}.`);
  }
  return value;
}

/** Per-call options, checked before the call sends anything. */
export function checkRequestOptions(options: RequestOptions | undefined): RequestOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null) fail("Request options must be an object.");
  const { signal, timeout, deadline, maxRetries } = options;
  if (signal !== undefined && !(signal instanceof AbortSignal)) fail("signal must be an AbortSignal.");
  if (timeout !== undefined) checkDuration(timeout, "timeout");
  if (deadline !== undefined) checkDuration(deadline, "deadline");
  if (maxRetries !== undefined) checkCount(maxRetries, "maxRetries");
  return options;
}

/** Checks and completes the client's options once, so no request re-reads them. */
export function resolveOptions(options: ClientOptions, ambient: () => Ambient): ResolvedConfig {
  if (typeof options !== "object" || options === null) fail("new Sutro() takes an options object.");
  const needsAmbient = options.apiKey === undefined || options.baseURL === undefined || options.logLevel === undefined;
  const found: Ambient = needsAmbient ? ambient() : { keyHelp: "" };

  let apiKey: string;
  let keySource: ApiKeySource;
  if (options.apiKey !== undefined) {
    apiKey = checkApiKey(options.apiKey, "apiKey");
    keySource = { kind: "option" };
  } else if (found.apiKey) {
    apiKey = checkApiKey(found.apiKey.value, `The API key from ${describeKeySource(found.apiKey.source)}`);
    keySource = found.apiKey.source;
  } else {
    throw new MissingApiKeyError(`No API key. To give one, ${found.keyHelp}`);
  }

  const allowInsecureHTTP = options.allowInsecureHTTP === true;
  const baseURL =
    options.baseURL !== undefined
      ? checkBaseURL(options.baseURL, allowInsecureHTTP, "baseURL")
      : found.baseURL !== undefined
        ? checkBaseURL(found.baseURL, allowInsecureHTTP, "The base URL from the environment or config file")
        : DEFAULT_BASE_URL;

  if (options.fetch !== undefined && typeof options.fetch !== "function") fail("fetch must be a function.");
  if (options.logLevel !== undefined && !isLogLevel(options.logLevel)) {
    fail(`logLevel must be one of off, error, warn, info, debug; got "${String(options.logLevel)}".`);
  }
  // A bad SUTRO_LOG is a typo in the environment, not in the code: warn and keep the default.
  const envLevel = options.logLevel === undefined ? found.logLevel : undefined;
  const logLevel = options.logLevel ?? (isLogLevel(envLevel) ? envLevel : "warn");
  const logger = leveled(logLevel, options.logger ?? console);
  if (envLevel !== undefined && !isLogLevel(envLevel))
    logger.warn(`SUTRO_LOG="${envLevel}" is not a log level (off, error, warn, info, debug); using warn.`);

  return {
    apiKey,
    keySource,
    baseURL,
    // Called through a closure: browsers throw "Illegal invocation" for fetch detached from window.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeout: options.timeout === undefined ? 60_000 : checkDuration(options.timeout, "timeout"),
    deadline: options.deadline === undefined ? undefined : checkDuration(options.deadline, "deadline"),
    maxRetries: options.maxRetries === undefined ? 2 : checkCount(options.maxRetries, "maxRetries"),
    maxRetryAfter: options.maxRetryAfter === undefined ? 60_000 : checkDuration(options.maxRetryAfter, "maxRetryAfter"),
    initialDelay:
      options.retryBackoff?.initialDelay === undefined
        ? 500
        : checkDuration(options.retryBackoff.initialDelay, "retryBackoff.initialDelay"),
    maxDelay: options.retryBackoff?.maxDelay === undefined ? 8_000 : checkDuration(options.retryBackoff.maxDelay, "retryBackoff.maxDelay"),
    validate: options.validate === true,
    logger,
    debug: logLevel === "debug",
    onRetry: options.onRetry,
  };
}
