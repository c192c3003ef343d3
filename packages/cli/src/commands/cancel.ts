import type { Sutro } from "@sutro/jobs";
import { type Command, GLOBAL_HELP, jobIdOf, pollInterval } from "../command.ts";
import { EXIT } from "../errors.ts";
import { printable } from "../format.ts";
import { type Io, write } from "../io.ts";
import { waitAndReport } from "../job.ts";

export const command: Command = {
  name: "cancel",
  synopsis: "cancel JOB_ID",
  summary: "ask for the job to be cancelled; --wait for its end",
  help: `Usage: sutro-jobs cancel JOB_ID [--wait] [--poll-interval S]

Asks for the job to be cancelled and prints what the server said. Exits 10
when the server refused (a job that has already finished). With --wait, waits
for the job's end and exits by its outcome (8 CANCELLED, 0 SUCCEEDED, 7 FAILED).

${GLOBAL_HELP}`,
  options: { wait: { type: "boolean" }, "poll-interval": { type: "string" } },
  run({ flags, args, io, signal, client }) {
    const wait = flags.wait === true ? { pollInterval: pollInterval(flags) } : undefined;
    return cancelJob(client(), io, jobIdOf(args, "cancel"), wait, signal);
  },
};

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
