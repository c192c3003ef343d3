import { APIUserAbortError, isKnownStatus, JOB_STATUSES, type Job, normalizeStatus, type Sutro } from "@sutro/jobs";
import { selectColumns } from "../columns.ts";
import { type Command, GLOBAL_HELP, noArguments, oneFormat, whole } from "../command.ts";
import { UsageError } from "../errors.ts";
import { colorEnabled, type Io } from "../io.ts";
import { createSink, type Format, type JobSink } from "../output.ts";
import { createProgress, type Progress } from "../progress.ts";
import { didYouMean } from "../suggest.ts";
import { parseMoment } from "../time-filter.ts";

export interface ListOptions {
  limit?: number | undefined;
  all: boolean;
  status: string[];
  since?: string | undefined;
  until?: string | undefined;
  fields?: string | undefined;
  format: Format;
}

export const DEFAULT_LIMIT = 25;

export const command: Command = {
  name: "list",
  synopsis: "list",
  summary: "the most recent jobs (table, JSON, NDJSON or CSV)",
  help: `Usage: sutro-jobs list [options]

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
  options: {
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
  async run({ flags, args, io, signal, client }) {
    const format = oneFormat(flags, ["json", "ndjson", "csv", "csv-safe"] as const);
    noArguments(args, "list");
    const options: ListOptions = {
      limit: whole(flags.limit as string | undefined, "--limit", 1),
      all: flags.all === true,
      status: (flags.status as string[] | undefined) ?? [],
      since: flags.since as string | undefined,
      until: flags.until as string | undefined,
      fields: flags.fields as string | undefined,
      format: format ?? "table",
    };
    await listJobs(client(), io, options, signal);
    return undefined;
  },
};

/** A --status value as the API writes it; one that is no job status is a usage error, before anything is sent. */
function checkStatus(given: string): string {
  const status = normalizeStatus(given);
  if (isKnownStatus(status)) return status;
  throw new UsageError(`--status ${given} is not a job status.${didYouMean(status, JOB_STATUSES)} Statuses: ${JOB_STATUSES.join(", ")}.`);
}

/** Lists jobs newest first, paging only as far as the limit and the filters need. */
export async function listJobs(sutro: Sutro, io: Io, options: ListOptions, signal: AbortSignal): Promise<void> {
  if (options.all && options.limit !== undefined) throw new UsageError("Use --all or --limit, not both.");
  const columns = selectColumns(options.fields);
  const statuses = new Set(options.status.map(checkStatus));
  const since = options.since === undefined ? undefined : parseMoment(options.since, "--since");
  const until = options.until === undefined ? undefined : parseMoment(options.until, "--until");
  const limit = options.all ? Number.POSITIVE_INFINITY : (options.limit ?? DEFAULT_LIMIT);
  const filtered = statuses.size > 0 || since !== undefined || until !== undefined;
  const sink = createSink(options.format, io.stdout, columns, options.fields !== undefined, colorEnabled(io));

  if (!filtered && limit <= 100) {
    await sink.page((await sutro.jobs.list({ limit }, { signal })).jobs);
    return sink.end();
  }

  const progress = createProgress(io.stderr, options.all);
  try {
    await pageThrough(sutro, sink, progress, { limit, statuses, since, until }, signal);
  } catch (error) {
    // Ctrl-C: close what was written (a --json array stays valid JSON, holding the jobs listed so far), then exit 130.
    if (error instanceof APIUserAbortError) await sink.end();
    throw error;
  } finally {
    progress.done();
  }
  await sink.end();
}

interface Filters {
  limit: number;
  statuses: ReadonlySet<string>;
  since: number | undefined;
  until: number | undefined;
}

async function pageThrough(sutro: Sutro, sink: JobSink, progress: Progress, filters: Filters, signal: AbortSignal): Promise<void> {
  const { limit, statuses, since, until } = filters;
  let taken = 0;
  for await (const page of sutro.jobs.iterate({ pageSize: 100, signal }).pages()) {
    progress.page(page.jobs.length);
    const kept: Job[] = [];
    let older = false;
    for (const job of page.jobs) {
      // A row without a creation time (servers have sent some) cannot be placed in a time window.
      if (job.datetime_created === null && (since !== undefined || until !== undefined)) continue;
      const created = Date.parse(job.datetime_created ?? "");
      // Newest first: once a job is older than --since, every later one is too.
      if (since !== undefined && created < since) {
        older = true;
        break;
      }
      if (until !== undefined && created > until) continue;
      if (statuses.size > 0 && !statuses.has(normalizeStatus(job.status))) continue;
      kept.push(job);
      if (++taken >= limit) break;
    }
    await sink.page(kept);
    if (older || taken >= limit) break;
  }
}
