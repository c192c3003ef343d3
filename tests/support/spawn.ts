import { spawn } from "node:child_process";

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to its end, asynchronously (a mock server in the test's own
 * process must keep answering meanwhile), with only the environment given.
 */
export function runProcess(
  command: string,
  args: string[],
  options: {
    env: Record<string, string>;
    cwd?: string | undefined;
    stdin?: string | undefined;
    /** Kills the process after this many ms (its code is then null). */
    timeout?: number | undefined;
  },
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["pipe", "pipe", "pipe"],
      timeout: options.timeout,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c));
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}
