#!/usr/bin/env node
// The `sutro-jobs` bin: the real process's streams, Ctrl-C as an abort, the exit code.
import process from "node:process";
import { main } from "./main.ts";

const controller = new AbortController();
process.once("SIGINT", () => controller.abort());
// A reader that closes the pipe (`| head -1`) is a normal end, not a crash: stop paging at once, exit 0,
// print nothing. Node reports it as an 'error' event after the write; Deno and Bun throw from write(),
// which main() handles the same way.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  // The reason tells commands that the reader left, so they stop without a word (not a Ctrl-C).
  controller.abort(error);
  process.exit(0);
});
process.exitCode = await main(
  process.argv.slice(2),
  { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env },
  controller.signal,
);
