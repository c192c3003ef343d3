#!/usr/bin/env node
// `pnpm start`: the README's main job on a fresh clone. Starts the bundled mock
// server on loopback and runs the built `sutro-jobs` CLI against it, so no API
// key or network is needed.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMockServer } from "@sutro/jobs-mock";

const bin = createRequire(import.meta.url)
  .resolve("@sutro/jobs-cli/package.json")
  .replace(/package\.json$/, "dist/cli.js");
// Jobs created here live 20 times faster than real time, so the whole loop takes a few seconds.
const server = await startMockServer({ jobs: 250, seed: 1, apiKey: "sk_test_mock", speed: 20 });
const env = { ...process.env, SUTRO_API_URL: server.apiURL, SUTRO_API_KEY: "sk_test_mock" };

/** Runs the CLI, showing its output; resolves to what it printed on stdout. */
function cli(args, input) {
  console.log(`\n$ sutro-jobs ${args.join(" ")}${input ? " <<< inputs" : ""}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.stdin.end(input ?? "");
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`sutro-jobs ${args.join(" ")} exited ${code}`))));
  });
}

try {
  console.log(`Mock Sutro deployment with ${server.dataset.size} seeded jobs: SUTRO_API_URL=${server.apiURL}`);
  await cli(["list", "--limit", "10"]);
  await cli(["list", "--status", "failed", "--limit", "3", "--fields", "id,status,failure"]);
  const inputs = "The delivery was late and the box was crushed.\nGreat service, thank you!\nIt was fine.\n";
  const jobId = (
    await cli(["submit", "-", "--model", "gpt-oss-20b", "--name", "Review sentiment", "--wait", "--poll-interval", "0.05"], inputs)
  ).trim();
  await cli(["status", jobId]);
  await cli(["results", jobId, "--include-inputs", "--json"]);
  // infer: a CSV and an output schema to rows in one step, each output parsed and checked.
  const dir = mkdtempSync(join(tmpdir(), "sutro-start-"));
  try {
    writeFileSync(
      join(dir, "reviews.csv"),
      'id,review\n1,"Arrived early, works as described."\n2,Third order in a row that came a week late.\n',
    );
    const schema = {
      type: "object",
      properties: { sentiment: { type: "string", enum: ["positive", "negative", "neutral"] } },
      required: ["sentiment"],
    };
    writeFileSync(join(dir, "review.schema.json"), JSON.stringify(schema));
    await cli([
      "infer",
      join(dir, "reviews.csv"),
      "--model",
      "gpt-oss-20b",
      "--column",
      "review",
      "--output-schema",
      join(dir, "review.schema.json"),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await cli(["quotas"]);
} finally {
  await server.close();
}
