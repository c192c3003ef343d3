/**
 * The Node.js entry: the web-standard client, with defaults read from
 * SUTRO_API_KEY / SUTRO_BASE_URL / SUTRO_LOG, then ~/.sutro/config.json.
 * @module
 */
import { ambientFrom, configFilePath as configFileOf } from "./ambient.ts";
import { Sutro as WebSutro } from "./client.ts";
import { nodeHost } from "./node-host.ts";
import type { ClientOptions } from "./options.ts";

export * from "./index.ts";

/** Where this entry reads ~/.sutro/config.json (the official Python CLI's file), e.g. to write it. */
export function configFilePath(): string | undefined {
  return configFileOf(nodeHost);
}

export class Sutro extends WebSutro {
  constructor(options: ClientOptions = {}) {
    super(options, { ambient: () => ambientFrom(nodeHost), runtime: `node/${process.versions.node}` });
  }
}
