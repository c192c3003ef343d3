/**
 * The Node.js entry: the web-standard client, with the deployment and key read
 * from SUTRO_API_URL + SUTRO_API_KEY, else ~/.sutro/config.json, and SUTRO_LOG.
 * @module
 */

import { Sutro as WebSutro } from "./client.ts";
import type { DeploymentReport, ExplicitCredentials } from "./config/deployment.ts";
import type { ClientOptions } from "./config/options.ts";
import { abortListeners } from "./runtime/abort-listeners.ts";
import { runtimeEntry } from "./runtime/ambient.ts";
import { fileBlobs } from "./runtime/file-blobs.ts";
import { fileSinks } from "./runtime/file-sink.ts";
import { fileSource } from "./runtime/file-source.ts";
import { fileSpool } from "./runtime/file-spool.ts";
import { exchange } from "./runtime/node-exchange.ts";
import { nodeHost, nodeUnrefTimer } from "./runtime/node-host.ts";
import { sendStream } from "./runtime/node-upload.ts";
import { sharedTimer } from "./transport/shared-timer.ts";

export * from "./index.ts";

const entry = runtimeEntry(nodeHost, () => `node/${process.versions.node}`, {
  exchange,
  openFile: fileSinks(),
  readFile: fileSource(),
  openBlobs: fileBlobs(),
  spool: fileSpool(),
  sendStream,
  timeouts: sharedTimer(nodeUnrefTimer),
  abortListeners,
});

/** Where this entry reads ~/.sutro/config.json (the official Python CLI's file), e.g. to write it. */
export const configFilePath: () => string | undefined = entry.configFilePath;

/** Which deployment and key `new Sutro(options)` would use, and from where; never the key itself. */
export const describeDeployment: (options?: ExplicitCredentials) => DeploymentReport = entry.describeDeployment;

/** The Sutro client for Node.js: reads SUTRO_API_URL, SUTRO_API_KEY, SUTRO_LOG and ~/.sutro/config.json. */
export class Sutro extends WebSutro {
  /** A client of your deployment: `apiURL` and `apiKey` from the options, else the environment pair, else the config file pair. */
  constructor(options: ClientOptions = {}) {
    super(options, entry.environment());
  }
}
