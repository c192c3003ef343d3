import { readFileSync } from "node:fs";
import { inspect, parseArgs } from "node:util";
import { APIUserAbortError, type Logger, VERSION as SDK_VERSION, Sutro } from "@sutro/jobs";
import { showConfig } from "./config-show.ts";
import { downloadResults } from "./download.ts";
import { EXIT, exitCodeFor, isClosedPipe, UsageError } from "./errors.ts";
import { type Io, write } from "./io.ts";
import { cancelJob, showStatus } from "./job.ts";
import { DEFAULT_LIMIT, listJobs } from "./list.ts";
import { login, logout, setApiUrl } from "./login.ts";
import type { Format } from "./output.ts";
import { showQuotas, showResults } from "./results.ts";
import { submit } from "./submit.ts";
import { watchJob } from "./watch.ts";

const VERSION: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;

const GLOBAL_OPTIONS = {
  "api-key": { type: "string" },
  "api-url": { type: "string" },
  "base-url": { type: "string" },
  timeout: { type: "string" },
  "max-retries": { type: "string" },
  "allow-insecure-http": { type: "boolean" },
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
    "csv-safe": { type: "boolean" },
  },
  status: { json: { type: "boolean" } },
  submit: {
    model: { type: "string" },
    "system-prompt": { type: "string" },
    "json-schema": { type: "string" },
    name: { type: "string" },
    description: { type: "string" },
    priority: { type: "string" },
    "cost-estimate": { type: "boolean" },
    column: { type: "string" },
    wait: { type: "boolean" },
    "poll-interval": { type: "string" },
  },
  cancel: { wait: { type: "boolean" }, "poll-interval": { type: "string" } },
  watch: { latest: { type: "boolean" }, json: { type: "boolean" }, "poll-interval": { type: "string" } },
  results: {
    "include-inputs": { type: "boolean" },
    "include-logprobs": { type: "boolean" },
    json: { type: "boolean" },
    ndjson: { type: "boolean" },
    csv: { type: "boolean" },
    out: { type: "string", short: "o" },
  },
  download: {
    out: { type: "string", short: "o" },
    "include-inputs": { type: "boolean" },
    "include-logprobs": { type: "boolean" },
    json: { type: "boolean" },
  },
  quotas: { json: { type: "boolean" } },
  login: { "api-key-stdin": { type: "boolean" } },
  logout: {},
  "set-api-url": {},
  config: {},
} as const;

type Command = keyof typeof COMMAND_OPTIONS;

const COMMANDS = "list, submit, status, watch, cancel, results, download, quotas, login, logout, set-api-url, config show";

const GLOBAL_HELP = `Global options:
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

const HELP: Record<Command | "main", string> = {
  main: `Usage: sutro-jobs <command> [options]

List and watch Sutro batch-inference jobs on your deployment.

Commands:
  list               the most recent jobs (table, JSON, NDJSON or CSV)
  submit INPUT       create a job from a file of inputs (or - for stdin); --wait for its end
  status JOB_ID      one job, as it is now
  watch JOB_ID       follow a running job live to its end (--latest: the newest job)
  cancel JOB_ID      ask for the job to be cancelled; --wait for its end
  results JOB_ID     a succeeded job's rows (table, JSON, NDJSON or CSV)
  download JOB_ID    a succeeded job's results file (Parquet), resumed if the connection drops
  quotas             row and token quotas of each priority
  login              save your deployment URL and a checked key to ~/.sutro/config.json
  logout             remove the saved key (the deployment URL stays)
  set-api-url URL    change the saved deployment URL (and clear the saved key)
  config show        the deployment URL and key in use, and where they come from

Run \`sutro-jobs <command> --help\` for a command's options.

${GLOBAL_HELP}

Exit codes: 0 ok, 1 not found, 2 usage, 3 authentication, 4 network or timeout, 5 server error,
6 configuration (no deployment URL, a URL without its key, a retired host), 7 job failed,
8 job cancelled, 9 no results yet (the job has not succeeded), 10 cancel refused,
11 download incomplete (nothing saved), 130 interrupted.`,
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
  --csv-safe          CSV for spreadsheets: a text cell starting with =, +, -, @ gets a leading '
                      so it cannot run as a formula

${GLOBAL_HELP}`,
  status: `Usage: sutro-jobs status JOB_ID [--json]

Prints the job as it is now (GET /jobs/JOB_ID): every field the server sent.
Exits 0 when found, 1 when not.

${GLOBAL_HELP}`,
  submit: `Usage: sutro-jobs submit INPUT --model MODEL [options]

Creates a batch-inference job and prints its id. INPUT is a file (or - for stdin):
one input a line; a .jsonl file of JSON rows (strings, or objects for a Sutro
Function); or a CSV (by its .csv name or --column) whose column is used.

Options:
  --model M             model id (e.g. gpt-oss-20b) or Sutro Function name (required)
  --system-prompt S     the system prompt
  --json-schema FILE    a JSON schema the outputs must match
  --name N              at most 45 characters; --description D at most 512
  --priority 0|1        0 prototyping (default), 1 production
  --cost-estimate       estimate the cost instead of running
  --column C            the CSV column to run (default: the first)
  --wait                wait for the job's end, printing each status on stderr, and
                        exit by its outcome (0 SUCCEEDED, 7 FAILED, 8 CANCELLED)
  --poll-interval S     seconds between status checks with --wait (default 5)

A job is never submitted twice: when the answer is lost (a 524, a dropped
connection) the command says so and exits 5; check \`sutro-jobs list\` first.

${GLOBAL_HELP}`,
  watch: `Usage: sutro-jobs watch JOB_ID | --latest [--json] [--poll-interval S]

Follows a job to its end through its progress stream (checking its status every
--poll-interval seconds while it is queued, or when the stream is unavailable).
On a terminal: one line redrawn in place (rows done / total, percent, tokens/s,
elapsed, ETA). Otherwise, or with --json: one JSON line per update on stdout.
Exits by the outcome: 0 SUCCEEDED, 7 FAILED, 8 CANCELLED. A job that has
already finished is not watched. Ctrl-C stops watching; the job goes on.

${GLOBAL_HELP}`,
  cancel: `Usage: sutro-jobs cancel JOB_ID [--wait] [--poll-interval S]

Asks for the job to be cancelled and prints what the server said. Exits 10
when the server refused (a job that has already finished). With --wait, waits
for the job's end and exits by its outcome (8 CANCELLED, 0 SUCCEEDED, 7 FAILED).

${GLOBAL_HELP}`,
  results: `Usage: sutro-jobs results JOB_ID [options]

A succeeded job's rows, one per input in input order: a table on a terminal,
otherwise one JSON row a line. Exits 9 when the job has not succeeded (yet).

Options:
  --include-inputs      each row's input beside its output
  --include-logprobs    each row's cumulative log-probability
  --json | --ndjson | --csv
  -o, --out FILE        write to FILE instead of stdout

${GLOBAL_HELP}`,
  download: `Usage: sutro-jobs download JOB_ID [-o FILE] [--include-inputs] [--include-logprobs] [--json]

Downloads a succeeded job's results file (Parquet) to FILE, or under its own name
in the current directory (FILE may be a directory too). Prints the path on stdout;
on a terminal, a progress bar on stderr (bytes, percent, rate, ETA). Memory stays
small however big the file. A transfer that breaks off resumes where it stopped;
the file appears only once complete and its size checked. Exits 0 only then;
11 when the download could not complete, 9 when the job has not succeeded (yet),
130 on Ctrl-C: in every such case nothing is left under the file's name. What
arrived before an interruption (Ctrl-C, a connection that kept failing) is kept
as .FILE.partial beside it: the same command, run again, resumes from there.

Options:
  -o, --out FILE        where to save it (a file, or a directory)
  --include-inputs      each row's input beside its output
  --include-logprobs    each row's cumulative log-probability
  --json                print {"job_id", "path", "bytes", "resumes", "restarts"} instead of the path

${GLOBAL_HELP}`,
  quotas: `Usage: sutro-jobs quotas [--json]

The row and token quotas of each priority (0 prototyping, 1 production).

${GLOBAL_HELP}`,
  login: `Usage: sutro-jobs login [--api-url URL] [--api-key-stdin]

Asks for your deployment URL (from the Sutro app), then the key without echo,
checks the key against that deployment, and saves {"api_url", "api_key"} to
~/.sutro/config.json, readable by you only. For scripts: --api-url URL and
--api-key-stdin (the key from a pipe), or --api-key KEY.

${GLOBAL_HELP}`,
  logout: `Usage: sutro-jobs logout

Removes the key from ~/.sutro/config.json; the deployment URL stays.`,
  "set-api-url": `Usage: sutro-jobs set-api-url URL

Saves URL as the deployment in ~/.sutro/config.json and clears the saved key:
a key works only on the deployment it was issued for. Run \`sutro-jobs login\` next.`,
  config: `Usage: sutro-jobs config show

Prints the deployment URL and the API key in use (the key masked), where each comes
from, which older names were read, and what stops a client from being made, if anything.

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

function jobIdOf(rest: string[], command: string): string {
  if (rest.length !== 1) throw new UsageError(`${command} takes one JOB_ID, e.g. \`sutro-jobs ${command} batch_job_12345\`.`);
  return rest[0] as string;
}

/** --poll-interval in seconds, as ms; default 5 s, the official SDK's. */
function pollInterval(value: string | undefined): number {
  if (value === undefined) return 5_000;
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new UsageError(`--poll-interval takes a positive number of seconds, got "${value}".`);
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

/** Runs the command; resolves to its exit code (commands that report an outcome return one). */
async function run(argv: string[], io: Io, signal: AbortSignal): Promise<number | undefined> {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>;
      allowPositionals: true;
    }>
  >;
  try {
    parsed = parseArgs({
      args: argv,
      options: Object.assign({}, GLOBAL_OPTIONS, ...Object.values(COMMAND_OPTIONS)),
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0] as string);
  }
  const { values, positionals } = parsed;
  const flags = values as Record<string, string | boolean | string[] | undefined>;
  const [given, ...rest] = positionals;
  // `attach` is the official CLI's name for watching a job.
  const name = given === "attach" ? "watch" : given;

  if (flags.version) return void (await write(io.stdout, `sutro-jobs ${VERSION} (@sutro/jobs ${SDK_VERSION})\n`));
  if (name === undefined) {
    if (flags.help) return void (await write(io.stdout, `${HELP.main}\n`));
    throw new UsageError(`Which command? ${COMMANDS}.`);
  }
  if (!Object.hasOwn(COMMAND_OPTIONS, name)) throw new UsageError(`Unknown command "${name}". Commands: ${COMMANDS}.`);
  const command = name as Command;
  if (flags.help) return void (await write(io.stdout, `${HELP[command]}\n`));
  for (const key of Object.keys(flags)) {
    if (!(key in GLOBAL_OPTIONS) && !(key in COMMAND_OPTIONS[command]))
      throw new UsageError(`--${key} is not an option of ${command}; see \`sutro-jobs ${command} --help\`.`);
  }

  const timeout = seconds(flags.timeout as string | undefined);
  const maxRetries = whole(flags["max-retries"] as string | undefined, "--max-retries", 0);
  const credentials = {
    apiURL: (flags["api-url"] ?? flags["base-url"]) as string | undefined,
    apiKey: flags["api-key"] as string | undefined,
    allowInsecureHTTP: flags["allow-insecure-http"] === true,
  };
  if (flags["api-url"] !== undefined && flags["base-url"] !== undefined) throw new UsageError("Give --api-url or --base-url, not both.");
  const client = () =>
    new Sutro({
      ...credentials,
      timeout,
      maxRetries,
      logLevel: flags.debug ? "debug" : undefined,
      logger: stderrLogger(io),
    });

  switch (command) {
    case "list": {
      const formats = (["json", "ndjson", "csv", "csv-safe"] as const).filter((f) => flags[f]);
      if (formats.length > 1) throw new UsageError(`Choose one output format, not --${formats.join(" and --")}.`);
      if (rest.length) throw new UsageError(`list takes no arguments, got "${rest.join(" ")}".`);
      return void (await listJobs(
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
      ));
    }
    case "status":
      return void (await showStatus(client(), io, jobIdOf(rest, "status"), flags.json === true, signal));
    case "submit": {
      if (rest.length !== 1) throw new UsageError("submit takes one INPUT: a file of inputs, or - for stdin.");
      const wait = flags.wait === true ? { pollInterval: pollInterval(flags["poll-interval"] as string | undefined) } : undefined;
      return submit(
        client(),
        io,
        {
          input: rest[0] as string,
          model: flags.model as string | undefined,
          systemPrompt: flags["system-prompt"] as string | undefined,
          jsonSchema: flags["json-schema"] as string | undefined,
          name: flags.name as string | undefined,
          description: flags.description as string | undefined,
          priority: flags.priority as string | undefined,
          costEstimate: flags["cost-estimate"] === true,
          column: flags.column as string | undefined,
          wait,
        },
        signal,
      );
    }
    case "cancel": {
      const wait = flags.wait === true ? { pollInterval: pollInterval(flags["poll-interval"] as string | undefined) } : undefined;
      return cancelJob(client(), io, jobIdOf(rest, "cancel"), wait, signal);
    }
    case "watch": {
      if (rest.length > 1) throw new UsageError("watch takes one JOB_ID.");
      return watchJob(
        client(),
        io,
        { jobId: rest[0], latest: flags.latest === true },
        { json: flags.json === true, pollInterval: pollInterval(flags["poll-interval"] as string | undefined) },
        signal,
      );
    }
    case "results": {
      const formats = (["json", "ndjson", "csv"] as const).filter((f) => flags[f]);
      if (formats.length > 1) throw new UsageError(`Choose one output format, not --${formats.join(" and --")}.`);
      return void (await showResults(
        client(),
        io,
        jobIdOf(rest, "results"),
        {
          includeInputs: flags["include-inputs"] === true,
          includeLogprobs: flags["include-logprobs"] === true,
          format: formats[0],
          out: flags.out as string | undefined,
        },
        signal,
      ));
    }
    case "download":
      return void (await downloadResults(
        client(),
        io,
        jobIdOf(rest, "download"),
        {
          out: flags.out as string | undefined,
          includeInputs: flags["include-inputs"] === true,
          includeLogprobs: flags["include-logprobs"] === true,
          json: flags.json === true,
        },
        signal,
      ));
    case "quotas":
      if (rest.length) throw new UsageError(`quotas takes no arguments, got "${rest.join(" ")}".`);
      return void (await showQuotas(client(), io, flags.json === true, signal));
    case "login":
      if (rest.length) throw new UsageError(`login takes no arguments; give the URL with --api-url.`);
      return void (await login(io, { ...credentials, apiKeyStdin: flags["api-key-stdin"] === true, timeout, maxRetries }, signal));
    case "logout":
      return void (await logout(io));
    case "set-api-url":
      if (rest.length !== 1)
        throw new UsageError("set-api-url takes one URL, e.g. `sutro-jobs set-api-url https://your-sutro-deployment.example.com`.");
      return void (await setApiUrl(io, rest[0] as string, credentials.allowInsecureHTTP));
    case "config":
      if (rest[0] !== "show" || rest.length !== 1) throw new UsageError("Did you mean `sutro-jobs config show`?");
      return void (await showConfig(io, credentials));
  }
}

/** Runs one command line; resolves to the exit code. Errors become one line on stderr (and a stack with --debug). */
export async function main(argv: string[], io: Io, signal: AbortSignal): Promise<number> {
  try {
    return (await run(argv, io, signal)) ?? EXIT.ok;
  } catch (error) {
    if (isClosedPipe(error)) return EXIT.ok;
    const code = (error as { exitCode?: number }).exitCode ?? exitCodeFor(error);
    const message = error instanceof APIUserAbortError ? "Interrupted." : error instanceof Error ? error.message : String(error);
    io.stderr.write(`sutro-jobs: ${message}${error instanceof UsageError ? " (see --help)" : ""}\n`);
    if (argv.includes("--debug") && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return code;
  }
}
