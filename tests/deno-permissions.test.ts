import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type MockServer, startMockServer } from "../packages/mock/src/index.ts";
import { DENO } from "./support/deno.ts";
import { exampleParquet } from "./support/example-parquet.ts";

const KEY = "sk_test_permissions";
const script = join(import.meta.dirname, "fixtures/deno/permissions.ts");
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ jobs: 5, apiKey: KEY });
});
afterAll(() => server.close());

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/** Runs the script on a pseudo-terminal, where Deno asks before any ungranted read; stdin is closed, so a prompt denies. */
function onTerminal(flags: string[], args: string[], env: Record<string, string> = {}): Promise<string> {
  const command = [DENO, "run", ...flags, script, ...args].map(quote).join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qfec", command, "/dev/null"], {
      env: { PATH: process.env.PATH ?? "", TERM: "xterm", HOME: mkdtempSync(join(tmpdir(), "deno-home-")), NO_COLOR: "1", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let screen = "";
    // A prompt that waits on the terminal shows as what it printed, not as a test that hangs.
    const timer = setTimeout(() => child.kill(), 15_000);
    child.stdout.on("data", (c: Buffer) => (screen += c));
    child.on("error", reject);
    child.on("close", () => {
      clearTimeout(timer);
      resolve(screen);
    });
    child.stdin.end();
  });
}

const net = () => `--allow-net=${new URL(server.url).host}`;

test("Deno without --allow-env or --allow-read: options alone work, with no permission prompt", async () => {
  const screen = await onTerminal([net()], ["options", server.apiURL, KEY], { SUTRO_LOG: "debug", SUTRO_API_URL: "https://x.example" });
  expect(screen).not.toMatch(/Deno requests|Granted|Denied/i);
  expect(screen).toContain("listed 2 from option");
});

test("Deno with nothing granted: new Sutro() skips the environment and the file, saying no deployment is configured and which permissions would read one", async () => {
  const screen = await onTerminal([net()], ["ambient"], { SUTRO_API_URL: server.apiURL, SUTRO_API_KEY: KEY });
  expect(screen).not.toMatch(/Deno requests|Granted|Denied/i);
  expect(screen).toContain("no deployment configured");
  expect(screen.replace(/\s+/g, " ")).toMatch(
    /This run may not read them: grant --allow-env=SUTRO_API_URL,SUTRO_API_KEY,SUTRO_LOG,HOME --allow-read=\S+, or pass apiURL and apiKey\./,
  );
});

test("Deno with --allow-env for the two variables only: the environment pair works, the config file is never asked for", async () => {
  const screen = await onTerminal([net(), "--allow-env=SUTRO_API_URL,SUTRO_API_KEY"], ["ambient"], {
    SUTRO_API_URL: server.apiURL,
    SUTRO_API_KEY: KEY,
  });
  expect(screen).not.toMatch(/Deno requests|Granted|Denied/i);
  expect(screen).toContain("listed 2 from env");
});

test("Deno without --allow-write and --allow-read for the folder: download() to a path is a DownloadError that names the permission, and writes nothing", async () => {
  const dir = mkdtempSync(join(tmpdir(), "deno-download-"));
  const to = join(dir, "results.parquet");
  const args = ["download", server.apiURL, KEY, server.dataset.at(0).job_id, to];
  const denied = await onTerminal([net()], args);
  expect(denied).toMatch(
    /DownloadError: Cannot write the results file: writing to .* needs a permission not granted \(Deno: --allow-read=.* --allow-write=/,
  );
  expect(denied).not.toMatch(/Deno requests/);
  expect(readdirSync(dir)).toEqual([]);
  const writeOnly = await onTerminal([net(), `--allow-write=${dir}`], args);
  expect(writeOnly).toMatch(/needs a permission not granted/);
  const granted = await onTerminal([net(), `--allow-write=${dir}`, `--allow-read=${dir}`], args);
  expect(granted).toContain(`downloaded ${server.dataset.at(0).num_rows * 256 + 1024} bytes`);
  expect(readdirSync(dir)).toEqual(["results.parquet"]);
});

test("Deno: a ReadableStream uploads through a temporary file only where the run may write it and learn where it is; without --allow-write or --allow-env it is kept in memory, with no prompt", async () => {
  // A Parquet file to stream: the reference's example dataset holds one.
  const examples = await startMockServer({ jobs: 1, apiKey: KEY, examples: true });
  const parquet = await exampleParquet(examples.apiURL, KEY).finally(() => examples.close());
  const file = join(mkdtempSync(join(tmpdir(), "deno-stream-")), "reviews.parquet");
  writeFileSync(file, parquet);
  const spoolDir = mkdtempSync(join(tmpdir(), "deno-spool-"));
  const run = (flags: string[]) =>
    onTerminal([net(), `--allow-read=${file},${spoolDir}`, ...flags], ["upload-stream", server.apiURL, KEY, file, spoolDir], {
      TMPDIR: spoolDir,
    });

  // Nothing to learn where the temporary directory is, or nothing to write it: in memory, as before.
  for (const flags of [[`--allow-write=${spoolDir}`], ["--allow-env=TMPDIR,TMP,TEMP"]]) {
    const screen = await run(flags);
    expect(screen, flags.join(" ")).not.toMatch(/Deno requests|Granted|Denied/i);
    expect(screen, flags.join(" ")).toContain("uploaded streamed.parquet; spooled 0");
  }
  // Both: the stream goes through a file of its own there, removed when the upload is over.
  const screen = await run([`--allow-write=${spoolDir}`, "--allow-env=TMPDIR,TMP,TEMP"]);
  expect(screen).not.toMatch(/Deno requests|Granted|Denied/i);
  expect(screen).toContain("uploaded streamed.parquet; spooled 1");
  expect(readdirSync(spoolDir)).toEqual([]);
});
