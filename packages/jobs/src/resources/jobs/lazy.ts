/** The jobs resource's helpers, each loaded with its first use (see transport/lazy.ts). */
import { once } from "../../transport/lazy.ts";

/** The results' columns checked and turned into rows. */
export const resultRows = once(() => import("./results.ts"));
/** A new job's parameters checked, and what an unknown outcome says. */
export const jobParams = once(() => import("./create.ts"));
/** Waiting for a job's end. */
export const waiting = once(() => import("./wait.ts"));
/** Downloading a results file. */
export const downloader = once(() => import("./download.ts"));
/** A job-status answer read, in either of its shapes. */
export const statusReader = once(() => import("./status-detail.ts"));
/** What a 409 from a job's results means, asked of the job. */
export const notReady = once(() => import("./not-ready.ts"));
/** Reading the results file row group by row group. */
export const rowReader = once(() => import("./rows.ts"));
/** Following the progress stream. */
export const progressStream = once(() => import("./progress.ts"));
