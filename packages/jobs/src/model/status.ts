import { jobStatuses, terminalJobStatuses } from "../generated/statuses.ts";
import type { JobStatus } from "./types.ts";

/** The statuses the spec lists, in capitals. Servers may send others. */
export const JOB_STATUSES: readonly JobStatus[] = jobStatuses;

/** Statuses after which a job never changes again. */
export const TERMINAL_JOB_STATUSES: readonly JobStatus[] = terminalJobStatuses;

/**
 * The status in the spec's capitals (`succeeded` → `SUCCEEDED`). Servers have
 * sent both cases; compare normalised values. Unknown statuses come back
 * upper-cased, never rejected.
 */
export function normalizeStatus(status: string): JobStatus {
  return status.trim().toUpperCase();
}

/** Whether the status is one the spec lists, in either case. */
export function isKnownStatus(status: string): boolean {
  return JOB_STATUSES.includes(normalizeStatus(status));
}

/** Whether a job in this status is finished (SUCCEEDED, FAILED or CANCELLED, in either case). */
export function isTerminalStatus(status: string): boolean {
  return TERMINAL_JOB_STATUSES.includes(normalizeStatus(status));
}
