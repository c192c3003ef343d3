import { isTerminalStatus, type Job, normalizeStatus, type ProgressUpdate, type Sutro } from "@sutro/jobs";
import { type Command, GLOBAL_HELP, pollInterval } from "../command.ts";
import { isClosedPipe, UsageError } from "../errors.ts";
import { duration, printable } from "../format.ts";
import type { Io } from "../io.ts";
import { outcomeCode } from "../job.ts";

export const command: Command = {
  name: "watch",
  synopsis: "watch JOB_ID",
  summary: "follow a running job live to its end (--latest: the newest job)",
  help: `Usage: sutro-jobs watch JOB_ID | --latest [--json] [--poll-interval S]

Follows a job to its end through its progress stream (checking its status every
--poll-interval seconds while it is queued, or when the stream is unavailable).
On a terminal: one line redrawn in place (rows done / total, percent, tokens/s,
elapsed, ETA). Otherwise, or with --json: one JSON line per update on stdout.
Exits by the outcome: 0 SUCCEEDED, 7 FAILED, 8 CANCELLED. A job that has
already finished is not watched. Ctrl-C stops watching; the job goes on.

${GLOBAL_HELP}`,
  options: { latest: { type: "boolean" }, json: { type: "boolean" }, "poll-interval": { type: "string" } },
  run({ flags, args, io, signal, client }) {
    if (args.length > 1) throw new UsageError("watch takes one JOB_ID.");
    return watchJob(
      client(),
      io,
      { jobId: args[0], latest: flags.latest === true },
      { json: flags.json === true, pollInterval: pollInterval(flags) },
      signal,
    );
  },
};

/**
 * `watch JOB_ID`: follows a job to its end. On a terminal, one line redrawn in place (rows done / total,
 * percent, tokens/s, elapsed, ETA); otherwise, or with --json, one JSON line per update on stdout.
 * Exits by the job's outcome. Ctrl-C stops watching, never the job.
 */
export async function watchJob(
  sutro: Sutro,
  io: Io,
  target: { jobId: string | undefined; latest: boolean },
  options: { json: boolean; pollInterval: number },
  signal: AbortSignal,
): Promise<number> {
  if (target.latest === (target.jobId !== undefined)) throw new UsageError("watch takes one JOB_ID, or --latest for the newest job.");
  const job: Job | undefined = target.latest
    ? (await sutro.jobs.list({ limit: 1 }, { signal })).jobs[0]
    : await sutro.jobs.get(target.jobId as string, { signal });
  if (!job) throw new UsageError("There is no job to watch yet.");
  if (isTerminalStatus(job.status)) {
    io.stderr.write(
      `${job.job_id} is already ${printable(normalizeStatus(job.status))}; nothing to watch. See \`sutro-jobs status ${job.job_id}\`.\n`,
    );
    return outcomeCode(job);
  }
  const live = io.stdout.isTTY === true && !options.json;
  const total = typeof job.num_rows === "number" ? job.num_rows : undefined;
  const started = Date.now();
  let rows = 0;
  let rate: number | undefined;
  let status = normalizeStatus(job.status);
  // SDK-made records, so camelCase (the naming rule): { jobId, type: "progress", rowsDone }, { jobId, type: "tokens", … }.
  const line = (record: Record<string, unknown>) => io.stdout.write(`${JSON.stringify({ jobId: job.job_id, ...record })}\n`);
  const draw = () => {
    const elapsed = Date.now() - started;
    const done = total
      ? `${rows.toLocaleString("en-US")} / ${total.toLocaleString("en-US")} rows (${Math.floor((rows / total) * 100)}%)`
      : `${rows.toLocaleString("en-US")} rows`;
    const eta = total && rows > 0 && rows < total ? `, ETA ${duration((elapsed / rows) * (total - rows))}` : "";
    const speed = rate === undefined ? "" : `, ${Math.round(rate).toLocaleString("en-US")} tokens/s`;
    io.stdout.write(`\r\u001b[2K${job.job_id} ${status}: ${done}${speed}, ${duration(elapsed)}${eta}`);
  };
  const onProgress = (update: ProgressUpdate) => {
    if (update.type === "progress") rows = update.rowsDone;
    else if (update.type === "tokens" && update.tokensPerSecond !== undefined) rate = update.tokensPerSecond;
    if (live) draw();
    else if (update.type !== "unknown") line({ ...update });
  };
  const onUpdate = (update: Job) => {
    status = normalizeStatus(update.status);
    if (live) draw();
    else line({ type: "status", status });
  };
  const stop = () =>
    // A reader that left (`| head`) wants nothing more, not even this.
    isClosedPipe(signal.reason) ||
    io.stderr.write(`\nStopped watching; ${job.job_id} goes on (sutro-jobs cancel ${job.job_id} to stop it).\n`);
  signal.addEventListener("abort", stop, { once: true });
  try {
    const final = await sutro.jobs.wait(job.job_id, { signal, pollInterval: options.pollInterval, onProgress, onUpdate });
    if (live) io.stdout.write("\n");
    return outcomeCode(final);
  } finally {
    signal.removeEventListener("abort", stop);
  }
}
