#!/usr/bin/env node
// `pnpm start`: the README's main job on a fresh clone. Starts the bundled mock
// server on loopback and runs the built `sutro-jobs` CLI against it, so no API
// key or network is needed.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { startMockServer } from "@sutro/jobs-mock";

const bin = createRequire(import.meta.url)
  .resolve("@sutro/jobs-cli/package.json")
  .replace(/package\.json$/, "dist/cli.js");
const server = await startMockServer({ jobs: 250, seed: 1, apiKey: "sk_test_mock" });
const env = { ...process.env, SUTRO_API_URL: server.apiURL, SUTRO_API_KEY: "sk_test_mock" };

function cli(...args) {
  console.log(`\n$ sutro-jobs ${args.join(" ")}`);
  return new Promise((resolve, reject) => {
    spawn(process.execPath, [bin, ...args], { env, stdio: "inherit" }).on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`sutro-jobs ${args.join(" ")} exited ${code}`)),
    );
  });
}

try {
  console.log(`Mock Sutro deployment with ${server.dataset.size} seeded jobs: SUTRO_API_URL=${server.apiURL}`);
  await cli("list");
  await cli("list", "--status", "failed", "--limit", "3", "--fields", "id,status,failure");
  await cli("status", server.dataset.at(42).job_id);
} finally {
  await server.close();
}
