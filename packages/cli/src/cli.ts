#!/usr/bin/env node
// The `sutro-jobs` bin: the real process's streams, Ctrl-C as an abort, the exit code.
import process from "node:process";
import { main } from "./main.ts";

const controller = new AbortController();
process.once("SIGINT", () => controller.abort());
process.exitCode = await main(
  process.argv.slice(2),
  { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env },
  controller.signal,
);
