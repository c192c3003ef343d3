import createClient, { type Client } from "openapi-fetch";
import { PACKAGE_NAME, VERSION } from "./generated/version.ts";
import { Jobs } from "./jobs.ts";
import { type Ambient, BROWSER_KEY_HELP, type ClientOptions, maskApiKey, type ResolvedConfig, resolveOptions } from "./options.ts";
import { createTransport } from "./transport.ts";
import type { paths } from "./types.ts";

/** What a runtime entry adds to the core: where defaults come from, and its name for the User-Agent. */
export interface RuntimeEnvironment {
  ambient: () => Ambient;
  /** e.g. "node/20.20.2"; goes into the User-Agent. */
  runtime: string;
}

/** The default entry (browsers, workers): nothing ambient is read. */
const WEB_ENVIRONMENT: RuntimeEnvironment = {
  ambient: () => ({ keyHelp: BROWSER_KEY_HELP }),
  runtime: globalThis.navigator?.userAgent ?? "unknown",
};

/**
 * The Sutro jobs API client.
 *
 * ```ts
 * const sutro = new Sutro();                       // key from the option, SUTRO_API_KEY or ~/.sutro/config.json
 * for await (const job of sutro.jobs.iterate()) {}  // every job, newest first
 * ```
 */
export class Sutro {
  /** The typed openapi-fetch client, with this client's auth, retries and timeouts: `{ data, error }`, never throws for HTTP errors. */
  readonly raw: Client<paths>;
  readonly jobs: Jobs;
  readonly #config: ResolvedConfig;

  constructor(options: ClientOptions = {}, environment: RuntimeEnvironment = WEB_ENVIRONMENT) {
    const config = resolveOptions(options, environment.ambient);
    // Built once; the SDK's methods send them as they are, and openapi-fetch adds them to every `raw` request.
    const headers = Object.freeze({
      Authorization: `Key ${config.apiKey}`,
      "User-Agent": `sutro-jobs-ts/${VERSION} ${environment.runtime}`,
    });
    const transport = createTransport(config, headers);
    this.#config = config;
    this.raw = createClient<paths>({ baseUrl: config.baseURL, headers, fetch: transport.fetch });
    this.jobs = new Jobs({ transport, config });
  }

  /** The deployment this client talks to. */
  get baseURL(): string {
    return this.#config.baseURL;
  }

  /** Where the key came from: "option", "env" or "config" (never the key itself). */
  get apiKeySource(): ResolvedConfig["keySource"] {
    return this.#config.keySource;
  }

  /** The key masked, like `sk_live_…abcd`, to show which key is in use. */
  get apiKeyHint(): string {
    return maskApiKey(this.#config.apiKey);
  }

  /** A safe summary for logs: the key never appears. */
  toJSON(): { sdk: string; baseURL: string; apiKey: string } {
    return { sdk: `${PACKAGE_NAME}@${VERSION}`, baseURL: this.baseURL, apiKey: "[redacted]" };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `Sutro ${JSON.stringify(this.toJSON())}`;
  }
}
