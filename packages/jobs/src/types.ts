import type { components, operations, paths } from "./generated/openapi.ts";

export type { components, operations, paths };

/** One job, with the API's field names; unknown fields pass through. */
export type Job = components["schemas"]["Job"];
/** Known statuses autocomplete; any other string (lower case, newer) is valid too. */
export type JobStatus = components["schemas"]["JobStatus"];
/** One page: the response of `list({ limit })`. */
export type JobPage = components["schemas"]["JobPage"];
/** Every job at once: the response of `list()`. */
export type JobList = components["schemas"]["JobList"];
export type FailureReason = components["schemas"]["FailureReason"];
export type SamplingParams = components["schemas"]["SamplingParams"];
export type ErrorBody = components["schemas"]["Error"];
