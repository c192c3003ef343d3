/** The account's own operations: checking a key, and its quotas. */
import { type Answer, ok } from "../answers.ts";

const QUOTAS = [
  { priority: 0, row_quota: 1_000_000, token_quota: 2_000_000_000 },
  { priority: 1, row_quota: 10_000_000, token_quota: 20_000_000_000 },
];

/** GET /try-authentication: the key got this far, so it is good. */
export const authenticated = (): Answer => ok({ authenticated: true });

/** GET /get-quotas. */
export const quotas = (): Answer => ok({ quotas: QUOTAS });
