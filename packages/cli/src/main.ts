import { readFileSync } from "node:fs";
import { inspect, parseArgs } from "node:util";
import { APIUserAbortError, type Logger, VERSION as SDK_VERSION, Sutro } from "@sutro/jobs";
import { showConfig } from "./config-show.ts";
import { EXIT, exitCodeFor, isClosedPipe, NotFound, UsageError } from "./errors.ts";
import { type Io, write } from "./io.ts";
import { DEFAULT_LIMIT, listJobs } from "./list.ts";
import { login, logout } from "./login.ts";
import type { Format } from "./output.ts";
import { showStatus } from "./status.ts";

const VERSION: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

const GLOBAL_OPTIONS = {
  "api-key": { type: "string" },
  "base-url": { type: "string" },
  timeout: { type: "string" },
  "max-retries": { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
} as const;

const COMMAND_OPTIONS = {
  list: {
    limit: { type: "string" },
    all: { type: "boolean" },
    status: { type: "string", multiple: true },
    since: { type: "string" },
    until: { type: "string" },
    fields: { type: "string" },
    json: { type: "boolean" },
    ndjson: { type: "boolean" },
    csv: { type: "boolean" },
  },
  status: { json: { type: "boolean" } },
  login: { "api-key-stdin": { type: "boolean" } },
  logout: {},
  config: {},
} as const;

type Command = keyof typeof COMMAND_OPTIONS;

const GLOBAL_HELP = `Global options:
  --api-key KEY       API key (default: SUTRO_API_KEY, then ~/.sutro/config.json); other users
                      can see it in the process list, so prefer the variable or \`login\`
  --base-url URL      deployment (default: SUTRO_BASE_URL, then the config file, then https://api.sutro.sh)
  --timeout SECONDS   per-attempt time limit (default 60)
  --max-retries N     retries of a failed request (default 2)
  --debug             log every request to stderr (headers redacted) and show stack traces
  -h, --help          help for the command
  -V, --version       print the version`;

const HELP: Record<Command | "main", string> = {
  main: `Usage: sutro-jobs <command> [options]

List and watch Sutro batch-inference jobs.

Commands:
  list             the most recent jobs (table, JSON, NDJSON or CSV)
  status JOB_ID    one job, found by paging through the list
  login            check an API key and save it to ~/.sutro/config.json
  logout           remove the saved key (the base URL stays)
  config show      the base URL and key in use, and where they come from

Run \`sutro-jobs <command> --help\` for a command's options.

${GLOBAL_HELP}

Exit codes: 0 ok, 1 not found, 2 usage, 3 authentication, 4 network or timeout, 5 server error.`,
  list: `Usage: sutro-jobs list [options]

The ${DEFAULT_LIMIT} most recent jobs, newest first.

Options:
  --limit N           how many jobs (default ${DEFAULT_LIMIT})
  --all               every job, page by page
  --status S          only this status, case-insensitive; repeat for several
  --since T           created at or after T: an ISO date/time or an age (30m, 24h, 7d, 2w)
  --until T           created at or before T
  --fields a,b,c      columns: id, name, status, model, priority, created, started, completed,
                      rows, input_tokens, output_tokens, cost, estimate, dataset, description, failure,
                      system_prompt, json_schema, sampling_params, run_type, added (or the API's field names)
  --json              one JSON array
  --ndjson            one JSON job a line, written as pages arrive
  --csv               a header line, then one line a job

${GLOBAL_HELP}`,
  status: `Usage: sutro-jobs status JOB_ID [--json]

Finds the job by paging through the list, newest first, and prints it.
Exits 0 when found, 1 when not.

${GLOBAL_HELP}`,
  login: `Usage: sutro-jobs login [--api-key-stdin] [--base-url URL]

Checks the key against the API, then saves {"api_key", "base_url"} to
~/.sutro/config.json (the official Python CLI's file), readable by you only.
The key is asked for without echo, or read from stdin with --api-key-stdin.

${GLOBAL_HELP}`,
  logout: `Usage: sutro-jobs logout

Removes the key from ~/.sutro/config.json; the base URL stays.`,
  config: `Usage: sutro-jobs config show

Prints the base URL and the API key in use (masked), and where each comes from.

${GLOBAL_HELP}`,
};

function whole(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${flag} takes a whole number ≥ ${min}, got "${value}".`);
  return Number(value);
}

function seconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new UsageError(`--timeout takes a positive number of seconds, got "${value}".`);
  return n * 1000;
}

function stderrLogger(io: Io): Logger {
  const line = (message: string, ...rest: unknown[]) => {
    io.stderr.write(
      `${[message, ...rest.map((r) => (typeof r === "string" ? r : inspect(r, { breakLength: Number.POSITIVE_INFINITY })))].join(" ")}\n`,
    );
  };
  return { debug: line, info: line, warn: line, error: line };
}

async function run(argv: string[], io: Io, signal: AbortSignal): Promise<void> {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>;
      allowPositionals: true;
    }>
  >;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...GLOBAL_OPTIONS, ...COMMAND_OPTIONS.list, ...COMMAND_OPTIONS.status, ...COMMAND_OPTIONS.login },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0] as string);
  }
  const { values, positionals } = parsed;
  const flags = values as Record<string, string | boolean | string[] | undefined>;
  const [name, ...rest] = positionals;

  if (flags.version) return void (await write(io.stdout, `sutro-jobs ${VERSION} (@sutro/jobs ${SDK_VERSION})\n`));
  if (name === undefined) {
    if (flags.help) return void (await write(io.stdout, `${HELP.main}\n`));
    throw new UsageError("Which command? list, status, login, logout or config show.");
  }
  if (!(name in COMMAND_OPTIONS)) throw new UsageError(`Unknown command "${name}". Commands: list, status, login, logout, config show.`);
  const command = name as Command;
  if (flags.help) return void (await write(io.stdout, `${HELP[command]}\n`));
  for (const key of Object.keys(flags)) {
    if (!(key in GLOBAL_OPTIONS) && !(key in COMMAND_OPTIONS[command]))
      throw new UsageError(`--${key} is not an option of ${command}; see \`sutro-jobs ${command} --help\`.`);
  }

  const timeout = seconds(flags.timeout as string | undefined);
  const maxRetries = whole(flags["max-retries"] as string | undefined, "--max-retries", 0);
  const baseURL = flags["base-url"] as string | undefined;
  const client = () =>
    new Sutro({
      apiKey: flags["api-key"] as string | undefined,
      baseURL,
      timeout,
      maxRetries,
      logLevel: flags.debug ? "debug" : undefined,
      logger: stderrLogger(io),
    });

  switch (command) {
    case "list": {
      const formats = (["json", "ndjson", "csv"] as const).filter((f) => flags[f]);
      if (formats.length > 1) throw new UsageError(`Choose one output format, not --${formats.join(" and --")}.`);
      if (rest.length) throw new UsageError(`list takes no arguments, got "${rest.join(" ")}".`);
      return listJobs(
        client(),
        io,
        {
          limit: whole(flags.limit as string | undefined, "--limit", 1),
          all: flags.all === true,
          status: (flags.status as string[] | undefined) ?? [],
          since: flags.since as string | undefined,
          until: flags.until as string | undefined,
          fields: flags.fields as string | undefined,
          format: (formats[0] ?? "table") as Format,
        },
        signal,
      );
    }
    case "status":
      if (rest.length !== 1) throw new UsageError("status takes one JOB_ID, e.g. `sutro-jobs status batch_job_12345`.");
      return showStatus(client(), io, rest[0] as string, flags.json === true, signal);
    case "login":
      return login(io, { apiKeyStdin: flags["api-key-stdin"] === true, baseURL, timeout, maxRetries }, signal);
    case "logout":
      return logout(io);
    case "config":
      if (rest[0] !== "show" || rest.length !== 1) throw new UsageError("Did you mean `sutro-jobs config show`?");
      return showConfig(io, client, baseURL);
  }
}

/** Runs one command line; resolves to the exit code. Errors become one line on stderr (and a stack with --debug). */
export async function main(argv: string[], io: Io, signal: AbortSignal): Promise<number> {
  try {
    await run(argv, io, signal);
    return EXIT.ok;
  } catch (error) {
    if (isClosedPipe(error)) return EXIT.ok;
    const code = (error as { exitCode?: number }).exitCode ?? exitCodeFor(error);
    const message = error instanceof APIUserAbortError ? "Interrupted." : error instanceof Error ? error.message : String(error);
    io.stderr.write(`sutro-jobs: ${message}${error instanceof UsageError ? " (see --help)" : ""}\n`);
    if (argv.includes("--debug") && error instanceof Error && !(error instanceof NotFound)) io.stderr.write(`${error.stack}\n`);
    return code;
  }
}
