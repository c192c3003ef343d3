/**
 * What every command of `sutro-jobs` is (commands/<name>.ts, one file each, its flags and help beside
 * its code), the options every command takes, and the readers of flag values they share.
 */
import type { Sutro } from "@sutro/jobs";
import { UsageError } from "./errors.ts";
import type { Io } from "./io.ts";

/** A flag as node:util's parseArgs declares it. */
export interface FlagSpec {
  type: "string" | "boolean";
  multiple?: boolean;
  short?: string;
}

/** The parsed flags of a command line, by long name. */
export type Flags = Record<string, string | boolean | string[] | undefined>;

/** What a command runs with: the parsed line, the process's streams, Ctrl-C as a signal, and a client made on demand. */
export interface Context {
  io: Io;
  signal: AbortSignal;
  flags: Flags;
  /** The positional arguments after the command's name. */
  args: string[];
  /** A client from the global options, else SUTRO_API_URL + SUTRO_API_KEY, else ~/.sutro/config.json. */
  client(): Sutro;
  /** The deployment flags as given (login and config show read them without making a client). */
  credentials: { apiURL: string | undefined; apiKey: string | undefined; allowInsecureHTTP: boolean };
  timeout: number | undefined;
  maxRetries: number | undefined;
}

export interface Command {
  name: string;
  /** How the main help lists it: `submit INPUT`. */
  synopsis: string;
  /** One line for the main help. */
  summary: string;
  /** `sutro-jobs <name> --help`. */
  help: string;
  /** Its own flags; the global ones come on top. */
  options: Record<string, FlagSpec>;
  /** Resolves to the exit code, or undefined for 0. */
  run(context: Context): Promise<number | undefined>;
}

export const GLOBAL_OPTIONS: Record<string, FlagSpec> = {
  "api-key": { type: "string" },
  "api-url": { type: "string" },
  "base-url": { type: "string" },
  timeout: { type: "string" },
  "max-retries": { type: "string" },
  "allow-insecure-http": { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
};

export const GLOBAL_HELP = `Global options:
  --api-url URL       your deployment's URL (with --api-key); --base-url is its older name
  --api-key KEY       its API key (with --api-url); other users can see it in the process list,
                      so prefer the variables or \`login\`
                      Without both: SUTRO_API_URL + SUTRO_API_KEY, else ~/.sutro/config.json.
                      A URL and a key always come from the same place.
  --allow-insecure-http
                      allow plain http:// to a host that is not loopback (the key travels unencrypted)
  --timeout SECONDS   per-attempt time limit (default 60)
  --max-retries N     retries of a failed request (default 2)
  --debug             log every request to stderr (headers redacted) and show stack traces
  -h, --help          help for the command
  -V, --version       print the version`;

/** A whole-number flag of at least `min`; undefined when not given. */
export function whole(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${flag} takes a whole number ≥ ${min}, got "${value}".`);
  return Number(value);
}

/** A positive number of seconds, as ms; undefined when not given. */
export function seconds(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new UsageError(`${flag} takes a positive number of seconds, got "${value}".`);
  return n * 1000;
}

/** --poll-interval in seconds, as ms; default 5 s, the official SDK's. */
export function pollInterval(flags: Flags): number {
  return seconds(flags["poll-interval"] as string | undefined, "--poll-interval") ?? 5_000;
}

/** The one JOB_ID a command takes. */
export function jobIdOf(args: string[], command: string): string {
  if (args.length !== 1) throw new UsageError(`${command} takes one JOB_ID, e.g. \`sutro-jobs ${command} batch_job_12345\`.`);
  return args[0] as string;
}

/** The output format chosen among `formats`, at most one of them. */
export function oneFormat<F extends string>(flags: Flags, formats: readonly F[]): F | undefined {
  const given = formats.filter((f) => flags[f]);
  if (given.length > 1) throw new UsageError(`Choose one output format, not --${given.join(" and --")}.`);
  return given[0];
}

/** Refuses positional arguments for a command that takes none. */
export function noArguments(args: string[], command: string): void {
  if (args.length) throw new UsageError(`${command} takes no arguments, got "${args.join(" ")}".`);
}
