// Runs the shared suite on Bun: `bun test ./test/bun.runner.ts`.
import { test } from "bun:test";
import { configFilePath, describeDeployment, Sutro } from "../src/bun.ts";
import { cases } from "./suite/index.ts";

for (const c of cases) test(c.name, () => c.run({ name: "bun", Sutro, configFilePath, describeDeployment }));
