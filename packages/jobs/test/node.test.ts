// Runs the shared suite on Node through vitest.
import { test } from "vitest";
import * as web from "../src/index.ts";
import { configFilePath, describeDeployment, Sutro } from "../src/node.ts";
import { cases } from "./suite/index.ts";

for (const c of cases) test(c.name, () => c.run({ name: "node", Sutro, configFilePath, describeDeployment }));

// The web entry gives each attempt a timer of its own (the Node, Deno and Bun entries share one timer):
// the cases about attempts timing out run on it too.
const timing = cases.filter((c) => /time out|timeout|timed-out|outlives/.test(c.name) && !c.name.startsWith("download()"));
for (const c of timing) test(`web entry: ${c.name}`, () => c.run({ name: "web", ...web }));
