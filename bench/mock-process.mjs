import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const cli = createRequire(import.meta.url)
  .resolve("@sutro/jobs-mock/package.json")
  .replace(/package\.json$/, "dist/cli.js");

/**
 * The mock server in a process of its own, so it never competes with the client being measured for an event loop;
 * only the seeded jobs (not the reference's examples), so every run measures the same list.
 */
export function startMockProcess(args) {
  const child = spawn(process.execPath, [cli, "--port", "0", "--no-examples", ...args], { stdio: ["ignore", "pipe", "ignore"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.stdout.once("data", (chunk) =>
      resolve({
        url: chunk.toString().split("\n")[0],
        close: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", done);
            child.kill();
          }),
      }),
    );
  });
}
