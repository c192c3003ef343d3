import type { Sutro } from "@sutro/jobs";
import { COLUMNS, fieldValue } from "./columns.ts";
import { NotFound } from "./errors.ts";
import { plain, printable } from "./format.ts";
import { type Io, write } from "./io.ts";

/** Finds a job by paging through the list, stopping at the first match, and prints it. */
export async function showStatus(sutro: Sutro, io: Io, jobId: string, json: boolean, signal: AbortSignal): Promise<void> {
  let searched = 0;
  for await (const job of sutro.jobs.iterate({ pageSize: 100, signal })) {
    searched++;
    if (job.job_id !== jobId) continue;
    if (json) {
      await write(io.stdout, `${JSON.stringify(job, null, 2)}\n`);
      return;
    }
    const known = COLUMNS.map((c) => [c.name, c.show(fieldValue(job, c))] as const);
    const shown = new Set(COLUMNS.map((c) => c.field));
    const extra = Object.entries(job)
      .filter(([key]) => !shown.has(key))
      .map(([key, value]) => [printable(key), plain(value)] as const);
    const rows = [...known, ...extra];
    const pad = Math.max(...rows.map(([name]) => name.length));
    await write(io.stdout, `${rows.map(([name, value]) => `${name.padEnd(pad)}  ${value}`).join("\n")}\n`);
    return;
  }
  throw new NotFound(`Job ${jobId} not found among ${searched.toLocaleString("en-US")} jobs.`);
}
