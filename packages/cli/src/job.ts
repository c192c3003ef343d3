import { type Job, normalizeStatus, type Sutro } from "@sutro/jobs";
import { COLUMNS, fieldValue } from "./columns.ts";
import { EXIT } from "./errors.ts";
import { plain, printable } from "./format.ts";
import { type Io, write } from "./io.ts";

/** The exit code a finished job's outcome maps to: 0 SUCCEEDED, EXIT.jobFailed, EXIT.jobCancelled. */
export function outcomeCode(job: Job): number {
  const status = normalizeStatus(job.status);
  return status === "SUCCEEDED" ? EXIT.ok : status === "CANCELLED" ? EXIT.jobCancelled : EXIT.jobFailed;
}

/** One job as name/value lines, every field the server sent included. */
export async function printJob(io: Io, job: Job, json: boolean): Promise<void> {
  if (json) return void (await write(io.stdout, `${JSON.stringify(job, null, 2)}\n`));
  const known = COLUMNS.map((c) => [c.name, c.show(fieldValue(job, c))] as const);
  const shown = new Set(COLUMNS.map((c) => c.field));
  const extra = Object.entries(job)
    .filter(([key]) => !shown.has(key))
    .map(([key, value]) => [printable(key), plain(value)] as const);
  const rows = [...known, ...extra];
  const pad = Math.max(...rows.map(([name]) => name.length));
  await write(io.stdout, `${rows.map(([name, value]) => `${name.padEnd(pad)}  ${value}`).join("\n")}\n`);
}

/** Waits for the job's end, telling each status on stderr, and returns the exit code of its outcome. */
export async function waitAndReport(sutro: Sutro, io: Io, jobId: string, pollInterval: number, signal: AbortSignal): Promise<number> {
  const job = await sutro.jobs.wait(jobId, {
    signal,
    pollInterval,
    onUpdate: (update) => io.stderr.write(`${jobId}: ${printable(update.status)}\n`),
  });
  return outcomeCode(job);
}

/** `status JOB_ID`: one request, the job as it is now. */
export async function showStatus(sutro: Sutro, io: Io, jobId: string, json: boolean, signal: AbortSignal): Promise<void> {
  await printJob(io, await sutro.jobs.get(jobId, { signal }), json);
}

/** `cancel JOB_ID`: prints what the server said; a refused cancel exits EXIT.cancelRefused. */
export async function cancelJob(
  sutro: Sutro,
  io: Io,
  jobId: string,
  wait: { pollInterval: number } | undefined,
  signal: AbortSignal,
): Promise<number> {
  const { cancelled, message } = await sutro.jobs.cancel(jobId, { signal });
  await write(io.stdout, `${printable(message)}\n`);
  if (!cancelled) return EXIT.cancelRefused;
  return wait ? waitAndReport(sutro, io, jobId, wait.pollInterval, signal) : EXIT.ok;
}
