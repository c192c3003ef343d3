import type { Sutro } from "@sutro/jobs";
import { type Command, GLOBAL_HELP, jobIdOf } from "../command.ts";
import { isClosedPipe } from "../errors.ts";
import { bytes } from "../format.ts";
import type { Io } from "../io.ts";
import { write } from "../io.ts";
import { transferProgress } from "../transfer-progress.ts";

export const command: Command = {
  name: "download",
  synopsis: "download JOB_ID",
  summary: "a succeeded job's results file (Parquet), resumed if the connection drops",
  help: `Usage: sutro-jobs download JOB_ID [-o FILE] [--include-inputs] [--include-logprobs] [--json]

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
  options: {
    out: { type: "string", short: "o" },
    "include-inputs": { type: "boolean" },
    "include-logprobs": { type: "boolean" },
    json: { type: "boolean" },
  },
  async run({ flags, args, io, signal, client }) {
    const options = {
      out: flags.out as string | undefined,
      includeInputs: flags["include-inputs"] === true,
      includeLogprobs: flags["include-logprobs"] === true,
      json: flags.json === true,
    };
    await downloadResults(client(), io, jobIdOf(args, "download"), options, signal);
    return undefined;
  },
};

/**
 * `download JOB_ID [-o FILE]`: the results file (Parquet) to FILE, or to its own name in the current
 * directory. On a terminal, a progress bar on stderr (bytes, percent, rate, ETA); elsewhere (a CI log), a
 * line each tenth of the file. The file appears only
 * once complete and its size checked; anything less exits non-zero with nothing under that name, and an
 * interrupted download resumes when the same command runs again.
 */
export async function downloadResults(
  sutro: Sutro,
  io: Io,
  jobId: string,
  options: { out: string | undefined; includeInputs: boolean; includeLogprobs: boolean; json: boolean },
  signal: AbortSignal,
): Promise<void> {
  const progress = transferProgress(io);
  const stop = () => {
    // A reader that left (`| head`) wants nothing more, not even this.
    if (isClosedPipe(signal.reason)) return;
    if (progress.live) io.stderr.write("\n");
    const { last } = progress;
    // The SDK keeps what arrived under a hidden name beside the file; the same command picks it up.
    if (last) io.stderr.write(`Stopped at ${bytes(last.bytesDone)} of ${bytes(last.totalBytes)}; run the same command again to resume.\n`);
  };
  signal.addEventListener("abort", stop, { once: true });
  try {
    const result = await sutro.jobs.download(jobId, {
      to: options.out ?? ".",
      includeInputs: options.includeInputs,
      includeCumulativeLogprobs: options.includeLogprobs,
      signal,
      onProgress: (update) => progress.report(update),
    });
    progress.end();
    const summary = { job_id: jobId, path: result.path, bytes: result.bytes, resumes: result.resumes, restarts: result.restarts };
    if (options.json) return void (await write(io.stdout, `${JSON.stringify(summary)}\n`));
    const again = result.resumes + result.restarts ? ` (resumed ${result.resumes}, restarted ${result.restarts} times)` : "";
    await write(io.stdout, `${result.path}\n`);
    io.stderr.write(`Saved ${bytes(result.bytes)} to ${result.path}${again}, size checked.\n`);
  } finally {
    signal.removeEventListener("abort", stop);
  }
}
