/** The operation layer's parts loaded on first use (see transport/lazy.ts). */
import { once } from "../transport/lazy.ts";

/** The spec's schemas and the validator, for `validate: true`. */
export const specCheck = once(() => import("./spec-check.ts"));
/** openapi-fetch, behind `sutro.raw`. */
export const openapiFetch = once(() => import("openapi-fetch"));
