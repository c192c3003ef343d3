/**
 * The JSR entry (`jsr:@sutro/jobs`), for every runtime that installs from JSR: Deno, and Node and Bun
 * through `npx jsr add` / `bunx jsr add`. It picks the runtime's reads when the client is made:
 * Deno's permission-aware ones on Deno, Node's on Node and Bun. Defaults come from SUTRO_API_URL +
 * SUTRO_API_KEY, else ~/.sutro/config.json, and SUTRO_LOG. For browsers, import `@sutro/jobs/web`.
 * @module
 */

import { Sutro as WebSutro } from "./client.ts";
import type { DeploymentReport, ExplicitCredentials } from "./config/deployment.ts";
import type { ClientOptions } from "./config/options.ts";
import { abortListeners } from "./runtime/abort-listeners.ts";
import { type Host, runtimeEntry } from "./runtime/ambient.ts";
import { denoFetchOnce, denoHost, denoPermitted, denoTemporaryDirectory, denoUnrefTimer } from "./runtime/deno-host.ts";
import { fileBlobs } from "./runtime/file-blobs.ts";
import { fileSinks } from "./runtime/file-sink.ts";
import { fileSource } from "./runtime/file-source.ts";
import { fileSpool } from "./runtime/file-spool.ts";
import { exchange } from "./runtime/node-exchange.ts";
import { nodeHost, nodeUnrefTimer } from "./runtime/node-host.ts";
import { sendStream } from "./runtime/node-upload.ts";
import { sharedTimer } from "./transport/shared-timer.ts";

export * from "./index.ts";

declare const Deno: { version: { deno: string } } | undefined;
declare const Bun: { version: string } | undefined;

const onDeno = typeof Deno !== "undefined";
const onBun = typeof Bun !== "undefined";
const host: Host = onDeno ? denoHost : nodeHost;
const runtime = (): string =>
  typeof Deno !== "undefined"
    ? `deno/${Deno.version.deno}`
    : typeof Bun !== "undefined"
      ? `bun/${Bun.version}`
      : `node/${process.versions.node}`;
const entry = runtimeEntry(host, runtime, {
  fetchOnce: onDeno ? denoFetchOnce() : undefined,
  // Node's alone: what it saves is the cost of Node's fetch (see node-exchange.ts).
  exchange: onDeno || onBun ? undefined : exchange,
  openFile: fileSinks(onDeno ? denoPermitted : undefined),
  readFile: fileSource(onDeno ? denoPermitted : undefined),
  openBlobs: fileBlobs(onDeno ? denoPermitted : undefined),
  spool: fileSpool(onDeno ? denoTemporaryDirectory : undefined),
  sendStream: onDeno ? undefined : sendStream,
  timeouts: sharedTimer(onDeno ? denoUnrefTimer : nodeUnrefTimer),
  abortListeners,
});

/** Where this entry reads ~/.sutro/config.json (the official Python CLI's file), e.g. to write it. */
export const configFilePath: () => string | undefined = entry.configFilePath;

/** Which deployment and key `new Sutro(options)` would use, and from where; never the key itself. */
export const describeDeployment: (options?: ExplicitCredentials) => DeploymentReport = entry.describeDeployment;

/** The Sutro client: reads SUTRO_API_URL, SUTRO_API_KEY, SUTRO_LOG and ~/.sutro/config.json (on Deno, where permitted). */
export class Sutro extends WebSutro {
  /** A client of your deployment: `apiURL` and `apiKey` from the options, else the environment pair, else the config file pair. */
  constructor(options: ClientOptions = {}) {
    // Without a permission Deno skips a source silently: a missing deployment says which flags would help.
    super(options, entry.environmentFor(options));
  }
}
