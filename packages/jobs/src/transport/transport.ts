import { REPLY_SINK, type RequestOptions, type ResolvedConfig, type SinkedOptions } from "../config/options.ts";
import { APIConnectionError } from "../errors/errors.ts";
import { redactHeaders } from "../errors/redact.ts";
import { abortError, linkAbort, sleep } from "./abort.ts";
import type { AttemptSignals } from "./attempt-signals.ts";
import { failures, retryDelay } from "./lazy.ts";
import { isIdempotent, RETRYABLE_STATUSES } from "./retry.ts";

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
const JSON_BODY = { "Content-Type": "application/json" };

/** A complete answer: the body is read in full before anyone sees it. */
export interface Reply {
  status: number;
  statusText: string;
  headers: Headers;
  /** The body: as text, or as a Blob for a 2xx answer of a binary operation (Outgoing.binary); null for statuses that have none. */
  body: string | Blob | null;
}

/**
 * What to send: the SDK's own methods give a method and URL (sent with the client's
 * headers, as hand-written code calls fetch), `raw` gives the Request openapi-fetch built.
 */
export interface Outgoing {
  method: string;
  url: string;
  /** A JSON body, already serialised. */
  body?: string | undefined;
  /** Whether a 2xx answer is bytes, read as a Blob: a file, not JSON. */
  binary?: boolean | undefined;
  /** Whether a failed attempt may be retried; default: only for GET, HEAD and OPTIONS. */
  retry?: boolean | undefined;
  /** Whether a 409 is an answer, not a conflict to retry: a job's results that are not there (the caller asks the job why). */
  final409?: boolean | undefined;
  request?: Request | undefined;
}

/** What the transport reads of an answer: a Response has it all, and so does what an Exchange resolves to. */
export interface Answer {
  /** The HTTP status. */
  status: number;
  /** The status line's words ("OK"); may be empty. */
  statusText: string;
  /** The answer's headers. */
  headers: Headers;
  /** Whether the status is 2xx. */
  ok: boolean;
  /** The whole body as UTF-8 text, a byte-order mark dropped. */
  text(): Promise<string>;
  /** The whole body as bytes. */
  blob(): Promise<Blob>;
}

/**
 * A runtime's own way to send one of the SDK's requests and read its whole answer, where that beats the
 * runtime's fetch (the Node entry: runtime/node-exchange.ts). `fresh`: on a connection of its own, for a
 * request that must not be sent twice.
 */
export type Exchange = (
  url: string,
  sent: { method: string; headers: Record<string, string>; body: string | null; signal: AbortSignal; fresh: boolean },
) => Promise<Answer>;

export interface Transport {
  /**
   * Sends with retries, timeouts and the caller's signal, and resolves to what `finish` makes of the final
   * reply, or throws a connection error. `finish` runs in the same async function as the attempts: reading
   * the reply costs no promise layer of its own.
   */
  send<T>(outgoing: Outgoing, options: RequestOptions, finish: (reply: Reply) => T | Promise<T>): Promise<T>;
  /** The same, as the fetch openapi-fetch calls for `raw`. */
  fetch(request: Request): Promise<Response>;
}

/** A reply as the Response openapi-fetch reads for `raw`: a Reply has the status, statusText and headers a ResponseInit takes. */
const asResponse = (reply: Reply): Response => new Response(reply.body, reply);

/**
 * Every request of a client goes through here. Each attempt reads the whole
 * body under its timer, so a stalled or reset body is a timeout or connection
 * error that can be retried rather than a hang in the caller's `.json()`.
 */
export function createTransport(
  config: ResolvedConfig,
  headers: Record<string, string>,
  signals: AttemptSignals,
  exchange?: Exchange | undefined,
): Transport {
  const { logger } = config;

  // One async function for the whole exchange, attempts included: most calls are one attempt that
  // succeeds, and every layer of promises is paid on each of them.
  async function send<T>(outgoing: Outgoing, options: RequestOptions, finish: (reply: Reply) => T | Promise<T>): Promise<T> {
    const { method, url, request } = outgoing;
    const maxRetries = (outgoing.retry ?? isIdempotent(method)) ? (options.maxRetries ?? config.maxRetries) : 0;
    // A request that must not be sent twice goes out on a connection of its own (see RuntimeEnvironment.fetchOnce).
    const fetch = outgoing.retry === false ? config.fetchOnce : config.fetch;
    const timeout = options.timeout ?? config.timeout;
    const deadline = options.deadline ?? config.deadline;
    const deadlineAt = deadline === undefined ? Number.POSITIVE_INFINITY : Date.now() + deadline;
    // openapi-fetch puts a `signal` given to a raw call on its Request; the SDK's methods pass theirs in options.
    const callerSignal = options.signal ?? request?.signal;

    for (let n = 1; ; n++) {
      if (callerSignal?.aborted) throw abortError(callerSignal);
      const remaining = deadline === undefined ? Number.POSITIVE_INFINITY : deadlineAt - Date.now();
      if (remaining <= 0) throw (await failures()).deadlinePassed({ method, url }, deadline as number);
      // Only bodiless methods are retried, so a fresh clone per retry is cheap and never re-sends a used body.
      const sent = n === 1 || !request ? request : request.clone();
      const ms = Math.min(timeout, remaining);

      // The attempt: a complete reply, or the connection error or timeout that ended it.
      let result: Reply | APIConnectionError;
      const attempt = signals.take(ms);
      const { signal } = attempt;
      const unlink = linkAbort(callerSignal, attempt.controller);
      try {
        const started = config.debug ? Date.now() : 0;
        if (config.debug)
          logger.debug(`→ ${method} ${url}`, redactHeaders(new Headers(sent?.headers ?? { ...headers, ...options.headers })));
        // Each request gets its own copy of the headers: a custom fetch that edits them edits only that request.
        // `fresh` means nothing to fetch, which ignores it; an Exchange sends such a request on a connection of its own.
        const init = {
          method,
          headers: { ...headers, ...options.headers, ...(outgoing.body === undefined ? undefined : JSON_BODY) },
          body: outgoing.body ?? null,
          signal,
          fresh: outgoing.retry === false,
        };
        const response: Answer = await (sent ? fetch(sent, { signal }) : (exchange ?? fetch)(url, init));
        const { status } = response;
        const body = NULL_BODY_STATUSES.has(status) ? null : await (outgoing.binary && response.ok ? response.blob() : response.text());
        if (config.debug) logger.debug(`← ${status} ${method} ${url} in ${Date.now() - started} ms`);
        result = { status, statusText: response.statusText, headers: response.headers, body };
      } catch (cause) {
        if (callerSignal?.aborted) throw abortError(callerSignal);
        result = (await failures()).attemptFailed({ method, url }, cause, attempt.expired ? ms : undefined, remaining < timeout);
      } finally {
        unlink();
        // The body was read in full above: nothing of this attempt still listens to the signal.
        signals.give(attempt);
      }

      const error = result instanceof APIConnectionError ? result : undefined;
      const reply = error ? undefined : (result as Reply);
      const final = reply && (!RETRYABLE_STATUSES.has(reply.status) || (reply.status === 409 && outgoing.final409));
      if (!final && n <= maxRetries) {
        const failed = { method, url, attempt: n, maxRetries, deadlineAt, headers: reply?.headers, status: reply?.status, error };
        const delay = (await retryDelay()).retryDelay(config, failed);
        if (delay !== undefined) {
          config.onRetry?.({ attempt: n, delay, method, url, status: reply?.status, error });
          await sleep(delay, callerSignal);
          continue;
        }
      }
      if (error) throw error;
      // Kept where the call's options ask, for `.withResponse()` (replies.ts).
      const sink = (options as SinkedOptions)[REPLY_SINK];
      if (sink) sink.reply = sink.keepBody ? reply : { ...(reply as Reply), body: null };
      return finish(reply as Reply);
    }
  }

  return {
    send,
    fetch: (request) => send({ method: request.method, url: request.url, request }, {}, asResponse),
  };
}
