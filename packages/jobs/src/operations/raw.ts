import type { Client } from "openapi-fetch";
import type { paths } from "../model/types.ts";
import { rawClient } from "./lazy.ts";
import type { RawOptions } from "./raw-client.ts";
import type { RawClient } from "./raw-types.ts";

const METHODS = ["request", "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "use", "eject"] as const;

/**
 * openapi-fetch's client, made on its first use, so a program that never uses `raw` never loads openapi-fetch.
 * Every method waits for it, `use()` and `eject()` included: the waits end in the order they began, so
 * middleware added or removed before a call applies to it, as with openapi-fetch's own client.
 */
export function lazyClient(options: RawOptions): RawClient {
  let made: Client<paths> | undefined;
  const raw: Record<string, unknown> = {};
  for (const name of METHODS) {
    raw[name] = (...args: unknown[]) =>
      rawClient().then(({ default: deploymentClient }) => {
        made ??= deploymentClient(options);
        return (made[name] as (...a: unknown[]) => unknown)(...args);
      });
  }
  return raw as unknown as RawClient;
}
