/// <reference lib="deno.ns" />
// Runs the shared suite on Deno: `deno test -A test/deno.runner.ts`.
import { configFilePath, describeDeployment, Sutro } from "../src/deno.ts";
import { cases } from "./suite/index.ts";

for (const c of cases) Deno.test(c.name, () => c.run({ name: "deno", Sutro, configFilePath, describeDeployment }));
