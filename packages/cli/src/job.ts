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
