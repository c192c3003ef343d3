import { createRequire } from "node:module";

/**
 * The real deno executable from the npm package. node_modules/.bin/deno is a shim that runs it
 * under a Node parent, so a signal sent to the shim (Ctrl-C in a test) never reaches Deno.
 */
export const DENO: string = createRequire(import.meta.url)("deno/install_api.cjs").runInstall();
