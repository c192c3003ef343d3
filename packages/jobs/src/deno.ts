/**
 * The Deno entry: the web-standard client, with the deployment and key read
 * from SUTRO_API_URL + SUTRO_API_KEY, else ~/.sutro/config.json, and SUTRO_LOG.
 * Each read first asks whether the permission is granted, so a program run
 * without --allow-env or --allow-read skips that source: no prompt, no error.
 * @module
 */

import { Sutro as WebSutro } from "./client.ts";
import type { DeploymentReport, ExplicitCredentials } from "./config/deployment.ts";
import type { ClientOptions } from "./config/options.ts";
import { abortListeners } from "./runtime/abort-listeners.ts";
import { runtimeEntry } from "./runtime/ambient.ts";
import { denoFetchOnce, denoHost, denoPermitted, denoTemporaryDirectory, denoUnrefTimer } from "./runtime/deno-host.ts";
import { fileBlobs } from "./runtime/file-blobs.ts";
import { fileSinks } from "./runtime/file-sink.ts";
import { fileSource } from "./runtime/file-source.ts";
import { fileSpool } from "./runtime/file-spool.ts";
import { sharedTimer } from "./transport/shared-timer.ts";

export * from "./index.ts";

declare const Deno: { version: { deno: string } };

const entry = runtimeEntry(denoHost, () => `deno/${Deno.version.deno}`, {
  fetchOnce: denoFetchOnce(),
  openFile: fileSinks(denoPermitted),
  readFile: fileSource(denoPermitted),
  openBlobs: fileBlobs(denoPermitted),
  spool: fileSpool(denoTemporaryDirectory),
  timeouts: sharedTimer(denoUnrefTimer),
  abortListeners,
});

/** Where this entry reads ~/.sutro/config.json (the official Python CLI's file), e.g. to write it. */
export const configFilePath: () => string | undefined = entry.configFilePath;

/** Which deployment and key `new Sutro(options)` would use, and from where; never the key itself. */
export const describeDeployment: (options?: ExplicitCredentials) => DeploymentReport = entry.describeDeployment;

/** The Sutro client for Deno: reads SUTRO_API_URL, SUTRO_API_KEY, SUTRO_LOG and ~/.sutro/config.json where permitted. */
export class Sutro extends WebSutro {
  /** A client of your deployment: `apiURL` and `apiKey` from the options, else the environment pair, else the config file pair. */
  constructor(options: ClientOptions = {}) {
    // Without a permission Deno skips a source silently: a missing deployment says which flags would help.
    super(options, entry.environmentFor(options));
  }
}
