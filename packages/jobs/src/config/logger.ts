/** How much the client logs: nothing, errors, warnings (default), retries, or every request. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Anything with console's four methods: console itself, pino, winston... */
export interface Logger {
  /** Every request and response, headers redacted. */
  debug(message: string, ...rest: unknown[]): void;
  /** Retries. */
  info(message: string, ...rest: unknown[]): void;
  /** Things worth a look: a server that ignores `limit`, a Retry-After too long to wait out. */
  warn(message: string, ...rest: unknown[]): void;
  /** Failures. */
  error(message: string, ...rest: unknown[]): void;
}

export const LOG_LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

export function isLogLevel(value: unknown): value is LogLevel {
  return LOG_LEVELS.includes(value as LogLevel);
}

const noop = () => {};

/** A logger that drops what is below `level`, so call sites never check the level. */
export function leveled(level: LogLevel, sink: Logger): Logger {
  const rank = LOG_LEVELS.indexOf(level);
  const at = (name: Exclude<LogLevel, "off">) =>
    LOG_LEVELS.indexOf(name) <= rank ? (message: string, ...rest: unknown[]) => sink[name](`[sutro] ${message}`, ...rest) : noop;
  return { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}
