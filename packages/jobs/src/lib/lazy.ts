/** The helpers of lib/, each loaded with its first use (see transport/lazy.ts). */
import { once } from "../transport/lazy.ts";

/** `sutro.infer()`, with its readers of files and schemas. */
export const inference = once(() => import("./infer/infer.ts"));
