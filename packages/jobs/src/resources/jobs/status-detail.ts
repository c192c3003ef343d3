/**
 * A GET /job-status answer read, whichever of its shapes the server sent: current servers key the status
 * by the job's id, older ones send it as a plain lower-case string. Loaded with the first status asked for.
 */
import { MalformedResponseError } from "../../errors/errors.ts";
import type { FailureReason, JobStatus } from "../../model/types.ts";

/** What `jobs.statusDetail()` says of a job. */
export interface JobStatusDetail {
  /** The status as the server sent it (compare with normalizeStatus). */
  status: JobStatus;
  /** The server's message. */
  message: string | undefined;
  /** Why the job failed, when it did and the server said. */
  failureReason: FailureReason | null;
}

/** The answer's status for job `id`, its message and, for a failed job, why. */
export function readStatusDetail(
  id: string,
  answer: { job_status: string | Record<string, string>; message?: string | undefined; metadata?: unknown },
): JobStatusDetail {
  const shape = answer.job_status;
  const status = typeof shape === "string" ? shape : (shape[id] ?? Object.values(shape)[0]);
  if (typeof status !== "string")
    throw new MalformedResponseError(`GET /job-status/${id} answered without a status for ${id}.`, { body: answer });
  const { metadata } = answer;
  const reason = metadata && typeof metadata === "object" ? (metadata as { failure_reason?: unknown }).failure_reason : undefined;
  return { status, message: answer.message, failureReason: (reason as FailureReason | null | undefined) ?? null };
}
