import type { Sutro } from "@sutro/jobs";
import { type Command, GLOBAL_HELP, jobIdOf } from "../command.ts";
import type { Io } from "../io.ts";
import { printJob } from "../job.ts";

export const command: Command = {
  name: "status",
  synopsis: "status JOB_ID",
  summary: "one job, as it is now",
  help: `Usage: sutro-jobs status JOB_ID [--json]

Prints the job as it is now (GET /jobs/JOB_ID): every field the server sent.
Exits 0 when found, 1 when not.

${GLOBAL_HELP}`,
  options: { json: { type: "boolean" } },
  async run({ flags, args, io, signal, client }) {
    await showStatus(client(), io, jobIdOf(args, "status"), flags.json === true, signal);
    return undefined;
  },
};

/** `status JOB_ID`: one request, the job as it is now. */
export async function showStatus(sutro: Sutro, io: Io, jobId: string, json: boolean, signal: AbortSignal): Promise<void> {
  await printJob(io, await sutro.jobs.get(jobId, { signal }), json);
}
