/**
 * `sutro-jobs`: parses the command line, finds the command (commands/<name>.ts) and runs it; turns what
 * it throws into one line on stderr and an exit code. Each command's flags, help and code live in its file.
 */
import { readFileSync } from "node:fs";
import { inspect, parseArgs } from "node:util";
import { type ExplicitCredentials, type Logger, VERSION as SDK_VERSION, Sutro } from "@sutro/jobs";
import { type Command, type FlagSpec, type Flags, GLOBAL_HELP, GLOBAL_OPTIONS, seconds, whole } from "./command.ts";
import { COMMANDS } from "./commands/index.ts";
import { EXIT, EXIT_MEANINGS, exitCodeFor, isClosedPipe, UsageError } from "./errors.ts";
import { type Io, write } from "./io.ts";
import { didYouMean } from "./suggest.ts";
import { cliMessage } from "./words.ts";

const VERSION: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

const BY_NAME = new Map(COMMANDS.map((command) => [command.name, command]));
// `attach` is the official CLI's name for watching a job.
const ALIASES: Record<string, string> = { attach: "watch" };
const NAMES = COMMANDS.map((command) => command.synopsis.replace(/ [A-Z_]+$/, "")).join(", ");

const MAIN_HELP = `Usage: sutro-jobs <command> [options]

List and watch Sutro batch-inference jobs on your deployment.

Commands:
${COMMANDS.map((command) => `  ${command.synopsis.padEnd(19)}${command.summary}`).join("\n")}

Run \`sutro-jobs <command> --help\` for a command's options.

${GLOBAL_HELP}

Exit codes:
${EXIT_MEANINGS.map(([code, meaning]) => `  ${String(code).padStart(3)}  ${meaning}`).join("\n")}`;

/**
 * Every flag any command takes: a global option may come before the command's name, so one parse reads all.
 * A flag one command repeats (`infer --column a --column b`) is read as repeatable for all; `flagsOf` gives
 * each command its own reading back.
 */
const ALL_OPTIONS: Record<string, FlagSpec> = {};
for (const options of [GLOBAL_OPTIONS, ...COMMANDS.map((command) => command.options)]) {
  for (const [name, spec] of Object.entries(options))
    ALL_OPTIONS[name] = { ...spec, multiple: spec.multiple === true || ALL_OPTIONS[name]?.multiple === true };
}

/** The flags as `command` declares them: a flag it does not repeat keeps its last value, as a single flag does. */
function flagsOf(command: Command, flags: Flags): Flags {
  const own: Flags = {};
  for (const [name, value] of Object.entries(flags)) {
    own[name] = Array.isArray(value) && !(command.options[name] ?? GLOBAL_OPTIONS[name])?.multiple ? value.at(-1) : value;
  }
  return own;
}

function stderrLogger(io: Io): Logger {
  const line = (message: string, ...rest: unknown[]) => {
    io.stderr.write(
      `${[message, ...rest.map((r) => (typeof r === "string" ? r : inspect(r, { breakLength: Number.POSITIVE_INFINITY })))].join(" ")}\n`,
    );
  };
  return { debug: line, info: line, warn: line, error: line };
}

/**
 * `--retries -1` as `--retries=-1`: a value may be negative, and then reaches the flag's own check, which
 * refuses it in plain words (the argument parser would call it ambiguous).
 */
function negativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    const name = arg.startsWith("--") ? arg.slice(2) : undefined;
    if (name !== undefined && ALL_OPTIONS[name]?.type === "string" && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function parse(argv: string[]): { flags: Flags; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: negativeValues(argv), options: ALL_OPTIONS, allowPositionals: true });
    return { flags: values as Flags, positionals };
  } catch (error) {
    const unknown = /^Unknown option '(-{1,2})([^']+)'/.exec((error as Error).message);
    if (unknown) {
      const [, dashes, name] = unknown as unknown as [string, string, string];
      throw new UsageError(`Unknown option ${dashes}${name}.${didYouMean(name, Object.keys(ALL_OPTIONS), (n) => `--${n}`)}`);
    }
    throw new UsageError((error as Error).message.split("\n")[0] as string);
  }
}

/** Runs the command; resolves to its exit code (commands that report an outcome return one). */
async function run(argv: string[], io: Io, signal: AbortSignal, seen: { credentials?: ExplicitCredentials }): Promise<number | undefined> {
  const { flags, positionals } = parse(argv);
  const [given, ...args] = positionals;
  if (flags.version) return void (await write(io.stdout, `sutro-jobs ${VERSION} (@sutro/jobs ${SDK_VERSION})\n`));
  if (given === undefined) {
    if (flags.help) return void (await write(io.stdout, `${MAIN_HELP}\n`));
    throw new UsageError(`Which command? ${NAMES}.`);
  }
  const command: Command | undefined = BY_NAME.get(ALIASES[given] ?? given);
  if (!command) throw new UsageError(`Unknown command "${given}".${didYouMean(given, [...BY_NAME.keys()])} Commands: ${NAMES}.`);
  if (flags.help) return void (await write(io.stdout, `${command.help}\n`));
  for (const key of Object.keys(flags)) {
    if (!(key in GLOBAL_OPTIONS) && !(key in command.options))
      throw new UsageError(
        `--${key} is not an option of ${command.name}.${didYouMean(key, [...Object.keys(command.options), ...Object.keys(GLOBAL_OPTIONS)], (n) => `--${n}`)} See \`sutro-jobs ${command.name} --help\`.`,
      );
  }

  if (flags["api-url"] !== undefined && flags["base-url"] !== undefined) throw new UsageError("Give --api-url or --base-url, not both.");
  const timeout = seconds(flags.timeout as string | undefined, "--timeout");
  const maxRetries = whole(flags["max-retries"] as string | undefined, "--max-retries", 0);
  const credentials = {
    apiURL: (flags["api-url"] ?? flags["base-url"]) as string | undefined,
    apiKey: flags["api-key"] as string | undefined,
    allowInsecureHTTP: flags["allow-insecure-http"] === true,
  };
  seen.credentials = credentials;
  const client = () =>
    new Sutro({ ...credentials, timeout, maxRetries, logLevel: flags.debug ? "debug" : undefined, logger: stderrLogger(io) });
  return command.run({ io, signal, flags: flagsOf(command, flags), args, client, credentials, timeout, maxRetries });
}

/** Runs one command line; resolves to the exit code. Errors become one line on stderr (and a stack with --debug). */
export async function main(argv: string[], io: Io, signal: AbortSignal): Promise<number> {
  // What the command line gave for the deployment, so that a configuration error is said in the CLI's words.
  const seen: { credentials?: ExplicitCredentials } = {};
  try {
    return (await run(argv, io, signal, seen)) ?? EXIT.ok;
  } catch (error) {
    if (isClosedPipe(error)) return EXIT.ok;
    const code = (error as { exitCode?: number }).exitCode ?? exitCodeFor(error);
    io.stderr.write(`sutro-jobs: ${cliMessage(error, seen.credentials)}${error instanceof UsageError ? " (see --help)" : ""}\n`);
    if (argv.includes("--debug") && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return code;
  }
}
