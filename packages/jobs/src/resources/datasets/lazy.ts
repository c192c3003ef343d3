/** The datasets resource's code, loaded with its first use (see transport/lazy.ts): clients that never touch datasets do not carry it. */
import { once } from "../../transport/lazy.ts";

export const datasetCalls = once(() => import("./calls.ts"));
