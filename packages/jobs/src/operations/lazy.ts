/** The operation layer's parts loaded on first use (see transport/lazy.ts). */
import { once } from "../transport/lazy.ts";

/** The generated table of how to send each operation: needed by the first call, not by making a client. */
export const operationTable = once(() => import("../generated/operations.ts"));
/** The spec's schemas and the validator, for `validate: true`. */
export const specCheck = once(() => import("./spec-check.ts"));
/** openapi-fetch's client behind `sutro.raw`, kept to the deployment. */
export const rawClient = once(() => import("./raw-client.ts"));
