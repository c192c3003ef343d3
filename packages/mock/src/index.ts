/**
 * @sutro/jobs-mock: a local server that behaves like the Sutro jobs API.
 * @module
 */
export { createMockApi, RETIRED_DETAIL } from "./api.ts";
export type { IncomingRequest, MockApi, MockApiOptions, Reply, RequestRecord } from "./contract.ts";
export { type Dataset, fixedDataset, type LiveDataset, liveDataset, MOCK_STATUSES, type MockJob, seededDataset } from "./dataset.ts";
export { type FaultRule, parseFault } from "./faults.ts";
export { type Clock, PHASES } from "./lifecycle.ts";
export { API_PREFIX } from "./routes.ts";
export { type MockServer, type MockServerOptions, startMockServer } from "./server.ts";
