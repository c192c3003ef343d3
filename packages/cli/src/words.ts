/**
 * What the CLI says of an error. The SDK's messages are written for SDK users (they name options and
 * code); where one would send a CLI user to code they do not have, the CLI says it in its own terms.
 */
import { APIUserAbortError, JobCreationUnknownError, JobNotSucceededError } from "@sutro/jobs";

/** The line `sutro-jobs: …` prints for `error`. */
export function cliMessage(error: unknown): string {
  if (error instanceof APIUserAbortError) return "Interrupted.";
  if (error instanceof JobCreationUnknownError) {
    const cause = error.cause;
    const why =
      cause instanceof APIUserAbortError
        ? "Interrupted after the job was sent"
        : `No answer said whether the job was created (${cause instanceof Error ? cause.message.replace(/\.$/, "") : String(cause)})`;
    return `${why}: the job may exist, and may be billed. It is not submitted again; look for it with \`sutro-jobs list --limit 10\` before submitting again.`;
  }
  if (error instanceof JobNotSucceededError && error.jobId !== undefined && error.jobStatus !== undefined) {
    const { jobId, jobStatus } = error;
    const why = error.failureReason?.message ? ` (${error.failureReason.message})` : "";
    const next = ["FAILED", "CANCELLED"].includes(jobStatus)
      ? "It will have none."
      : `Follow it to its end with \`sutro-jobs watch ${jobId}\`.`;
    return `${jobId} is ${jobStatus}${why}: it has results once it has SUCCEEDED. ${next}`;
  }
  return error instanceof Error ? error.message : String(error);
}
