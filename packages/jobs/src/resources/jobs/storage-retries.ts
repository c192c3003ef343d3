/**
 * What both readers of a results file (download(), rows()) do after a storage request that did not bring their
 * bytes: a 403 asks the API for a fresh link (presigned URLs expire), at most twice in a row, since a link
 * refused again at once is refused for another reason; a broken connection or a 5xx waits with backoff and
 * tries again, at most `maxRetries` times in a row. Bytes that arrive start both counts over.
 */
import type { ResolvedConfig } from "../../config/options.ts";
import { backoffMs } from "../../transport/retry.ts";

const FRESH_LINKS = 2;

export interface StorageRetries {
  /** A 403: whether to ask for a fresh link; false when it is a refusal. */
  refresh(): boolean;
  /** A failure: the wait in ms before trying again, or undefined when it failed too many times in a row. */
  failed(): number | undefined;
  /** Bytes arrived: the counts start over. */
  progressed(): void;
}

export function storageRetries(config: Pick<ResolvedConfig, "initialDelay" | "maxDelay">, maxRetries: number): StorageRetries {
  let failures = 0;
  let refusals = 0;
  return {
    refresh: () => ++refusals <= FRESH_LINKS,
    failed: () => {
      refusals = 0;
      return ++failures > maxRetries ? undefined : backoffMs(failures, config.initialDelay, config.maxDelay);
    },
    progressed: () => {
      failures = 0;
      refusals = 0;
    },
  };
}
