import { type Ambient, maskApiKey, NO_AMBIENT } from "./config/deployment.ts";
import { type ClientOptions, type RequestOptions, type ResolvedConfig, resolveOptions } from "./config/options.ts";
import type { CredentialSource } from "./errors/errors.ts";
import { PACKAGE_NAME, VERSION } from "./generated/version.ts";
import type { DryRunResult, InferData, InferOptions, InferResult, OutputOf, OutputSchema, ReadFile } from "./lib/infer/types.ts";
import { inference } from "./lib/lazy.ts";
import type { OpenBlobs, OpenFile, SendStream, Spool } from "./model/files.ts";
import type { Quota } from "./model/types.ts";
import { createOperations, type OperationMethods } from "./operations/operation.ts";
import { lazyClient } from "./operations/raw.ts";
import type { RawClient } from "./operations/raw-types.ts";
import { type Datasets, datasets } from "./resources/datasets/datasets.ts";
import { Jobs } from "./resources/jobs/jobs.ts";
import { attemptSignals, type Timeouts } from "./transport/attempt-signals.ts";
import { failures } from "./transport/lazy.ts";
import { type APIPromise, replying } from "./transport/replies.ts";
import { createTransport, type Exchange } from "./transport/transport.ts";

/** What a runtime entry adds to the core: where defaults come from, and its name for the User-Agent. */
export interface RuntimeEnvironment {
  /** Where defaults come from: the environment and the config file, or nothing (browsers). */
  ambient: Ambient;
  /** e.g. "node/20.20.2"; goes into the User-Agent, where the runtime allows one. */
  runtime: string | undefined;
  /**
   * A fetch that never reuses a pooled connection, where the runtime's own fetch would re-send a request
   * whose reused connection closed before an answer (Deno does): used for requests that create something.
   */
  fetchOnce?: ((input: string | Request, init?: RequestInit) => Promise<Response>) | undefined;
  /** Opens a file to download results into (`jobs.download(id, { to: path })`); browsers have none. */
  openFile?: OpenFile | undefined;
  /** Reads a local input file for `infer()`; browsers have none. */
  readFile?: ReadFile | undefined;
  /** Opens local Parquet files as Blobs for `datasets.upload(path)`; browsers have none. */
  openBlobs?: OpenBlobs | undefined;
  /** Keeps a ReadableStream given to `datasets.upload()` in a temporary file rather than in memory; browsers have none. */
  spool?: Spool | undefined;
  /** Sends the SDK's own requests and reads their answers where the runtime's fetch costs more (Node); default fetch. */
  exchange?: Exchange | undefined;
  /** Sends uploads' streamed bodies where the runtime's fetch would hold them in memory (Node); default fetch. */
  sendStream?: SendStream | undefined;
  /** How attempts time out; default a timer each (see attempt-signals.ts and shared-timer.ts). */
  timeouts?: Timeouts | undefined;
  /** Counts who listens to a signal's abort, so that a signal nobody listens to serves on (attempt-signals.ts). */
  abortListeners?: ((signal: AbortSignal) => number) | undefined;
}

/** The default entry (browsers, workers): nothing ambient is read, and no User-Agent is set (browsers forbid it). */
const WEB_ENVIRONMENT: RuntimeEnvironment = { ambient: NO_AMBIENT, runtime: undefined };

/**
 * The Sutro jobs API client, for one deployment and its key.
 *
 * ```ts
 * const sutro = new Sutro();                       // SUTRO_API_URL + SUTRO_API_KEY, or ~/.sutro/config.json
 * for await (const job of sutro.jobs.iterate()) {}  // every job, newest first
 * ```
 */
export class Sutro {
  /**
   * The typed openapi-fetch client, with this client's auth, retries and timeouts: `{ data, error }`, never throws
   * for HTTP errors. openapi-fetch loads with its first call.
   */
  readonly raw: RawClient;
  /** The jobs of the account: create, list, iterate, get, status, cancel, results. */
  readonly jobs: Jobs;
  /** Parquet files uploaded ahead of a job, for inputs too big for one JSON body: create, upload, list, files, download. */
  readonly datasets: Datasets;
  /**
   * Every operation of the spec by its operationId (`sutro.api.getJob({ path: { job_id } })`), typed from
   * the spec, with this client's typed errors, retries, timeouts and validation. Regenerated with the spec.
   */
  readonly api: OperationMethods;
  readonly #config: ResolvedConfig;
  readonly #readFile: ReadFile | undefined;
  readonly #api: ConstructorParameters<typeof Jobs>[0];

  /**
   * A client of the deployment at `apiURL`, with its `apiKey`; this entry reads no environment, so give both.
   * Bad options throw an InvalidRequestError (a ConfigurationError for the deployment) before any request.
   */
  constructor(options: ClientOptions = {}, environment: RuntimeEnvironment = WEB_ENVIRONMENT) {
    const config = resolveOptions(options, environment.ambient, environment.fetchOnce);
    // Built once; the SDK's methods send them as they are, and openapi-fetch adds them to every `raw` request.
    const headers: Record<string, string> = { Authorization: `Key ${config.apiKey}` };
    if (environment.runtime !== undefined) headers["User-Agent"] = `sutro-jobs-ts/${VERSION} ${environment.runtime}`;
    Object.freeze(headers);
    // A fetch of the caller's sees every request: the entry's own senders, of calls and of uploads, serve only without one.
    const senders = options.fetch ? WEB_ENVIRONMENT : environment;
    const transport = createTransport(config, headers, attemptSignals(environment.timeouts, environment.abortListeners), senders.exchange);
    this.#config = config;
    this.#readFile = environment.readFile;
    this.#api = { transport, config, headers };
    this.raw = lazyClient({ baseUrl: config.apiURL, headers, fetch: transport.fetch });
    const operations = createOperations(this.#api);
    this.api = operations.methods;
    this.jobs = new Jobs(this.#api, operations.call, environment.openFile);
    this.datasets = datasets({ ...environment, api: this.#api, call: operations.call, sendStream: senders.sendStream });
  }

  /** The deployment this client talks to: `<origin>/v1`. */
  get apiURL(): string {
    return this.#config.apiURL;
  }

  /** The older name of `apiURL`. */
  get baseURL(): string {
    return this.#config.apiURL;
  }

  /** Where the deployment URL came from: the options, an environment variable or the config file. */
  get apiURLSource(): CredentialSource {
    return this.#config.apiURLSource;
  }

  /** Where the key came from: the options, an environment variable or the config file (never the key itself). */
  get apiKeySource(): CredentialSource {
    return this.#config.apiKeySource;
  }

  /** The key masked, like `sk_live_…abcd`, to show which key is in use. */
  get apiKeyHint(): string {
    return maskApiKey(this.#config.apiKey);
  }

  /** Checks the key against the deployment (`GET /try-authentication`): true, or an AuthenticationError. */
  checkAuth(options?: RequestOptions): APIPromise<true> {
    return replying(options, async (given) => {
      const { authenticated } = await this.api.tryAuthentication({}, given);
      // Only `{"authenticated": true}` counts as a yes, as in the official SDK.
      if (authenticated !== true) throw (await failures()).notAuthenticated();
      return true as const;
    });
  }

  /** The row and token quotas of each priority (0 prototyping, 1 production), as the API sends them (`row_quota`, `token_quota`). */
  quotas(options?: RequestOptions): APIPromise<Quota[]> {
    return replying(options, async (given) => (await this.api.getQuotas({}, given)).quotas as Quota[]);
  }

  /**
   * Runs a batch from data to rows in one call: reads and checks the inputs (an array, a file, a dataset id
   * or a URL), submits the job, waits for it, and resolves to one row per input, in input order. With an
   * `outputSchema` (a JSON Schema, or a Zod 4, ArkType or Valibot schema) each row's `output` is parsed and
   * checked, typed as the schema's output; a row that fails carries an `error` instead. `dryRun` resolves
   * to the estimated cost. A job that ends FAILED or CANCELLED is a JobNotSucceededError; stopping the wait
   * (`signal`, `deadline`) never stops the job, and the error says how to fetch its results later.
   */
  infer<S extends OutputSchema | undefined = undefined>(
    data: InferData,
    options: InferOptions<S> & { dryRun: true },
  ): Promise<DryRunResult>;
  /** Runs a batch from data to rows, each row's `output` typed by the `outputSchema` (see the first signature). */
  infer<S extends OutputSchema | undefined = undefined>(
    data: InferData,
    options: InferOptions<S> & { dryRun?: false | undefined },
  ): Promise<InferResult<OutputOf<S>>>;
  /** Runs a batch, or with `dryRun` estimates its cost, when which one is known only at run time. */
  infer<S extends OutputSchema | undefined = undefined>(
    data: InferData,
    options: InferOptions<S>,
  ): Promise<InferResult<OutputOf<S>> | DryRunResult>;
  infer(data: InferData, options: InferOptions<OutputSchema | undefined>): Promise<InferResult<unknown> | DryRunResult> {
    const context = { jobs: this.jobs, datasets: this.datasets, logger: this.#config.logger, readFile: this.#readFile };
    return inference().then((lib) => lib.infer(context, data, options));
  }

  /** A safe summary for logs: the key never appears. */
  toJSON(): { sdk: string; apiURL: string; apiKey: string } {
    return { sdk: `${PACKAGE_NAME}@${VERSION}`, apiURL: this.apiURL, apiKey: "[redacted]" };
  }

  /** How Node's `util.inspect` (and console.log) shows the client: without the key. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `Sutro ${JSON.stringify(this.toJSON())}`;
  }
}
