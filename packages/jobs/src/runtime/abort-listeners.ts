import { getEventListeners } from "node:events";

/** How many listen to a signal's abort: node:events can tell in Node, Deno and Bun. */
export const abortListeners = (signal: AbortSignal): number => getEventListeners(signal, "abort").length;
