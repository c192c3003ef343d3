import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DENO } from "../../../tests/support/deno.ts";
import { type Result, runProcess } from "../../../tests/support/spawn.ts";

export type { Result };

const root = join(import.meta.dirname, "../../..");
export const BIN = join(import.meta.dirname, "../dist/cli.js");
const tool = (name: string) => join(root, "node_modules/.bin", name);

/** How each runtime runs the built bin. */
export const RUNTIMES: Record<string, string[]> = {
  node: [process.execPath, BIN],
  deno: [DENO, "run", "-A", BIN],
  bun: [tool("bun"), BIN],
};

export function freshHome(): string {
  return mkdtempSync(join(tmpdir(), "sutro-cli-home-"));
}

/** Runs the bin with only the environment given (plus PATH), never the developer's own. */
export function run(runtime: string, args: string[], env: Record<string, string>, stdin?: string): Promise<Result> {
  const [command, ...prefix] = RUNTIMES[runtime] as string[];
  return runProcess(command as string, [...prefix, ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: env.HOME ?? freshHome(), ...env },
    stdin,
  });
}

/** Starts the bin without waiting for it, for tests that close its stdout or interrupt it midway. */
export function start(runtime: string, args: string[], env: Record<string, string>): ChildProcessWithoutNullStreams {
  const [command, ...prefix] = RUNTIMES[runtime] as string[];
  return spawn(command as string, [...prefix, ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: env.HOME ?? freshHome(), ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** The exit code (or the signal's name) once the child is gone. */
export function exited(child: ChildProcessWithoutNullStreams): Promise<number | string | null> {
  return new Promise((resolve) => child.on("close", (code, signal) => resolve(code ?? signal)));
}

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/**
 * Runs the bin on a pseudo-terminal through util-linux `script`, so stdin, stdout
 * and stderr are all a TTY. Each answer is typed once its prompt shows up on the screen.
 */
export function runOnTerminal(
  args: string[],
  env: Record<string, string>,
  answers: { waitFor: string; type: string }[] = [],
): Promise<Result> {
  const command = [process.execPath, BIN, ...args].map(quote).join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qfec", command, "/dev/null"], {
      env: { PATH: process.env.PATH ?? "", TERM: "xterm", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let screen = "";
    let next = 0;
    child.stdout.on("data", (c: Buffer) => {
      screen += c;
      const answer = answers[next];
      if (answer && screen.includes(answer.waitFor)) {
        next++;
        child.stdin.write(answer.type);
      }
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: screen, stderr: "" }));
    if (!answers.length) child.stdin.end();
  });
}
