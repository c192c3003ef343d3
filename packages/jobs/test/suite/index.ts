import { configurationCases } from "./configuration.ts";
import type { Case } from "./harness.ts";
import { listingCases } from "./listing.ts";
import { paginationCases } from "./pagination.ts";

export type { Case, Runtime } from "./harness.ts";

/** The one behaviour suite, run by vitest (Node), deno test and bun test. */
export const cases: Case[] = [...listingCases, ...paginationCases, ...configurationCases];
