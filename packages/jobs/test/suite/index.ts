import { configurationCases } from "./configuration.ts";
import { datasetCases } from "./datasets.ts";
import { downloadCases } from "./download.ts";
import { faultCases } from "./faults.ts";
import { hardeningCases } from "./hardening.ts";
import type { Case } from "./harness.ts";
import { inferCases } from "./infer.ts";
import { inputCases } from "./input.ts";
import { jobsApiCases } from "./jobs-api.ts";
import { listingCases } from "./listing.ts";
import { messageCases } from "./messages.ts";
import { newcomerCases } from "./newcomer.ts";
import { paginationCases } from "./pagination.ts";
import { progressCases } from "./progress.ts";
import { propertyCases } from "./properties.ts";
import { responseCases } from "./responses.ts";
import { secretCases } from "./secrets.ts";

export type { Case, Runtime } from "./harness.ts";

/** The one behaviour suite, run by vitest (Node), deno test and bun test. */
export const cases: Case[] = [
  ...listingCases,
  ...jobsApiCases,
  ...paginationCases,
  ...configurationCases,
  ...inputCases,
  ...faultCases,
  ...messageCases,
  ...secretCases,
  ...progressCases,
  ...downloadCases,
  ...propertyCases,
  ...hardeningCases,
  ...inferCases,
  ...newcomerCases,
  ...datasetCases,
  ...responseCases,
];
