import type { Client, ClientOptions, Middleware } from "openapi-fetch";
import type { paths } from "../model/types.ts";
import { openapiFetch } from "./lazy.ts";
import type { RawClient } from "./raw-types.ts";

const CALLS = ["request", "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * openapi-fetch's client, made on its first call, so a program that never uses `raw` never loads
 * openapi-fetch. Every call returns a promise either way; middleware registered before the client exists
 * is applied, in order, when it is made.
 */
export function lazyClient(options: ClientOptions): RawClient {
  let made: Client<paths> | undefined;
  const early: Middleware[] = [];
  const client = () =>
    openapiFetch().then(({ default: createClient }) => {
      if (!made) {
        made = createClient<paths>(options);
        made.use(...early);
      }
      return made;
    });
  const raw: Record<string, unknown> = {
    use(...middleware: Middleware[]) {
      if (made) made.use(...middleware);
      else early.push(...middleware);
    },
    eject(...middleware: Middleware[]) {
      if (made) made.eject(...middleware);
      else for (const m of middleware) if (early.includes(m)) early.splice(early.indexOf(m), 1);
    },
  };
  for (const name of CALLS) raw[name] = (...args: unknown[]) => client().then((c) => (c[name] as (...a: unknown[]) => unknown)(...args));
  return raw as unknown as RawClient;
}
