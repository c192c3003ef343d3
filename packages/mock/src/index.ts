/**
 * @sutro/jobs-mock: a local server that behaves like the Sutro jobs API.
 * @module
 */
export {
  API_PREFIX,
  createMockApi,
  type IncomingRequest,
  type MockApi,
  type MockApiOptions,
  RETIRED_DETAIL,
  type Reply,
  type RequestRecord,
} from "./api.ts";
export { type Dataset, fixedDataset, type LiveDataset, liveDataset, MOCK_STATUSES, type MockJob, seededDataset } from "./dataset.ts";
export { type FaultRule, parseFault } from "./faults.ts";
export { type Clock, PHASES } from "./lifecycle.ts";
export { type MockServer, type MockServerOptions, startMockServer } from "./server.ts";
