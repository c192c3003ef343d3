// Run by toolchain.mjs under node, deno and bun: import the SDK, make the first call.
import { Sutro } from "@sutro/jobs";

const [url, key] = globalThis.Deno?.args ?? process.argv.slice(2);
const page = await new Sutro({ apiKey: key, apiURL: url, logLevel: "off" }).jobs.list({ limit: 1 });
if (page.jobs.length !== 1) throw new Error("no job");
