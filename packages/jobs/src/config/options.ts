import { InvalidRequestError } from "../errors/errors.ts";
import { type Ambient, type Deployment, resolveDeployment } from "./deployment.ts";
import { isLogLevel, type Logger, type LogLevel, leveled } from "./logger.ts";
import { MAX_TIMER_MS } from "./timer-limit.ts";

export const ENV_LOG = "SUTRO_LOG";

/** Told to `onRetry` (and the logger) before each retry. */
export interface RetryInfo {
  /** The attempt that failed, from 1. */
  attempt: number;
  /** How long the client waits before the next attempt, in ms. */
  delay: number;
  /** The method of the request that failed. */
  method: string;
  /** Its URL. */
  url: string;
  /** The status that was retried, or undefined for a connection error or timeout. */
  status: number | undefined;
  /** The connection error or timeout that was retried, or undefined for a status. */
  error: Error | undefined;
}

/** Options of one call; each overrides the client's for that call only. */
export interface RequestOptions {
  /** Stops the call at once, even between retries, with APIUserAbortError. */
  signal?: AbortSignal | undefined;
  /** Per-attempt time limit in ms. */
  timeout?: number | undefined;
  /** Time limit in ms for the whole call: every attempt and every wait between them. */
  deadline?: number | undefined;
  /** Retries after the first attempt. */
  maxRetries?: number | undefined;
  /**
   * Extra headers for this call's requests to the deployment (a trace id, say), over the client's own. Never
   * sent to presigned storage URLs.
   */
  headers?: Record<string, string> | undefined;
}

/** Options of `new Sutro()`, each optional; checked once, before any request. */
export interface ClientOptions {
  /**
   * Your deployment's URL, from the Sutro app: its origin, with or without `/v1`. Given in code, it goes with
   * `apiKey` given in code. The Node, Deno and Bun entries otherwise read SUTRO_API_URL with SUTRO_API_KEY,
   * or api_url with api_key from ~/.sutro/config.json. There is no default deployment.
   */
  apiURL?: string | undefined;
  /** The older name of `apiURL`, still accepted. */
  baseURL?: string | undefined;
  /** API key (`sk_live_...`) of the deployment at `apiURL`; the two are always given together. */
  apiKey?: string | undefined;
  /** The fetch to use; default the global one. Called like it: `(url or Request, { method, headers, signal })`. */
  fetch?: ((input: string | Request, init?: RequestInit) => Promise<Response>) | undefined;
  /** Per-attempt time limit in ms. Default 60 000. */
  timeout?: number | undefined;
  /** Time limit in ms for a whole call, across attempts and waits. Default none. */
  deadline?: number | undefined;
  /** Retries after the first attempt, for idempotent requests. Default 2. */
  maxRetries?: number | undefined;
  /** The longest Retry-After the client waits out, in ms; a longer one is thrown as the status's error. Default 60 000. */
  maxRetryAfter?: number | undefined;
  /** Exponential backoff between retries when the server does not say how long to wait. */
  retryBackoff?: { initialDelay?: number | undefined; maxDelay?: number | undefined } | undefined;
  /** Allow plain http:// to a host that is not loopback (the key then travels in clear text). */
  allowInsecureHTTP?: boolean | undefined;
  /** Check every response body against the spec's schemas. Default false. */
  validate?: boolean | undefined;
  /** Default "warn" (or SUTRO_LOG in the Node, Deno and Bun entries). */
  logLevel?: LogLevel | undefined;
  /** Where log lines go. Default console. */
  logger?: Logger | undefined;
  /** Called before each retry. */
  onRetry?: ((info: RetryInfo) => void) | undefined;
}

export interface ResolvedConfig extends Deployment {
  fetch: (input: string | Request, init?: RequestInit) => Promise<Response>;
  /** The fetch for requests that must never be sent twice (creating a job): one that never reuses a pooled connection. */
  fetchOnce: (input: string | Request, init?: RequestInit) => Promise<Response>;
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

function fail(message: string): never {
  throw new InvalidRequestError(message);
}

/**
 * A positive number of ms. Timers cannot wait longer than 2³¹−1 ms (about 24.8 days; a longer one fires at
 * once), so larger values, Infinity included, mean "that long": no limit in practice.
 */
function checkDuration(value: unknown, name: string): number {
  if (typeof value !== "number" || Number.isNaN(value) || value <= 0) {
    fail(`${name} must be a positive number of milliseconds, got ${String(value)}.`);
  }
  return Math.min(value, MAX_TIMER_MS);
}

function checkCount(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    fail(`${name} must be a whole number ≥ 0, got ${String(value)}.`);
  }
  return value;
}

/**
 * Checked by the platform's own Headers (names are tokens, values have no line break), before any request.
 * The message never shows a value: one may be a credential.
 */
function checkHeaders(headers: unknown): Record<string, string> {
  try {
    if (Object.values(headers as object).every((value) => typeof value === "string")) {
      return Object.fromEntries(new Headers(headers as Record<string, string>));
    }
  } catch {}
  return fail("headers must be an object of header names and string values without line breaks.");
}

/**
 * Where a call's options carry the place its final reply is kept, for `.withResponse()` (transport/replies.ts):
 * put there by the SDK, never by a user, and kept by the check below so that it reaches the transport.
 */
export const REPLY_SINK: unique symbol = Symbol("sutro.reply");

/** A call's options as the SDK passes them on: with the place for its final reply, when one is wanted. */
export type SinkedOptions = RequestOptions & { [REPLY_SINK]?: { reply?: unknown; keepBody?: boolean | undefined } | undefined };

/** No per-call options: one frozen object for every call without any, rather than a new one each. */
const NO_OPTIONS: RequestOptions = Object.freeze({});

/** Per-call options, checked before the call sends anything. */
export function checkRequestOptions(options: RequestOptions | undefined): SinkedOptions {
  if (options === undefined) return NO_OPTIONS;
  if (typeof options !== "object" || options === null) fail("Request options must be an object.");
  const { signal, timeout, deadline, maxRetries, headers, [REPLY_SINK]: sink } = options as SinkedOptions;
  if (signal !== undefined && !(signal instanceof AbortSignal)) fail("signal must be an AbortSignal.");
  return {
    signal,
    timeout: timeout === undefined ? undefined : checkDuration(timeout, "timeout"),
    deadline: deadline === undefined ? undefined : checkDuration(deadline, "deadline"),
    maxRetries: maxRetries === undefined ? undefined : checkCount(maxRetries, "maxRetries"),
    headers: headers === undefined ? undefined : checkHeaders(headers),
    [REPLY_SINK]: sink,
  };
}

/** Checks and completes the client's options once, so no request re-reads them. */
export function resolveOptions(options: ClientOptions, ambient: Ambient, fetchOnce?: ResolvedConfig["fetchOnce"]): ResolvedConfig {
  if (typeof options !== "object" || options === null) fail("new Sutro() takes an options object.");
  const deployment = resolveDeployment(options, ambient);

  if (options.fetch !== undefined && typeof options.fetch !== "function") fail("fetch must be a function.");
  if (options.logLevel !== undefined && !isLogLevel(options.logLevel)) {
    fail(`logLevel must be one of off, error, warn, info, debug; got "${String(options.logLevel)}".`);
  }
  // A bad SUTRO_LOG is a typo in the environment, not in the code: warn and keep the default.
  const envLevel = options.logLevel === undefined ? ambient.env(ENV_LOG) : undefined;
  const logLevel = options.logLevel ?? (isLogLevel(envLevel) ? envLevel : "warn");
  const logger = leveled(logLevel, options.logger ?? console);
  if (envLevel !== undefined && !isLogLevel(envLevel))
    logger.warn(`SUTRO_LOG="${envLevel}" is not a log level (off, error, warn, info, debug); using warn.`);

  if (deployment.legacyNames.length) logger.debug(`read the deployment URL from ${deployment.legacyNames.join(", ")} (older name)`);

  return {
    ...deployment,
    // Called through a closure: browsers throw "Illegal invocation" for fetch detached from window.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    fetchOnce: options.fetch ?? fetchOnce ?? ((input, init) => globalThis.fetch(input, init)),
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
