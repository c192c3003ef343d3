// Runs the shared suite on Node through vitest.
import { test } from "vitest";
import { configFilePath, describeDeployment, Sutro } from "../src/node.ts";
import { cases } from "./suite/index.ts";

for (const c of cases) test(c.name, () => c.run({ name: "node", Sutro, configFilePath, describeDeployment }));
