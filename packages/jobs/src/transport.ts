import { abortError, linkAbort, sleep } from "./abort.ts";
import { failures, retryDelay } from "./chunks.ts";
import { controllerPool } from "./controller-pool.ts";
import { APIConnectionError, APITimeoutError } from "./errors.ts";
import { redactHeaders } from "./logger.ts";
import type { RequestOptions, ResolvedConfig } from "./options.ts";
import { isIdempotent, RETRYABLE_STATUSES } from "./retry.ts";

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** A complete answer: the body is read in full before anyone sees it. */
export interface Reply {
  status: number;
  statusText: string;
  headers: Headers;
  /** The body as text; null for statuses that have none. */
  text: string | null;
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
  /** Whether a failed attempt may be retried; default: only for GET, HEAD and OPTIONS. */
  retry?: boolean | undefined;
  request?: Request | undefined;
}

export interface Transport {
  /** Sends with retries, timeouts and the caller's signal; resolves to the full reply or throws a connection error. */
  send(outgoing: Outgoing, options: RequestOptions): Promise<Reply>;
  /** The same, as the fetch openapi-fetch calls for `raw`. */
  fetch(request: Request): Promise<Response>;
}

/** How an attempt ended: a complete reply, or the connection error or timeout that stopped it. */
type Attempt = Reply | APIConnectionError;

/**
 * Every request of a client goes through here. Each attempt reads the whole
 * body under its timer, so a stalled or reset body is a timeout or connection
 * error that can be retried rather than a hang in the caller's `.json()`.
 */
export function createTransport(config: ResolvedConfig, headers: Record<string, string>): Transport {
  const { logger } = config;

  const controllers = controllerPool();

  async function attempt(outgoing: Outgoing, ms: number, deadlineCapped: boolean, callerSignal: AbortSignal | undefined): Promise<Attempt> {
    const pooled = controllers.take();
    const { controller } = pooled;
    const unlink = linkAbort(callerSignal, controller);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
    const { method, url, request } = outgoing;
    const started = Date.now();
    try {
      if (config.debug) logger.debug(`→ ${method} ${url}`, redactHeaders(new Headers(request?.headers ?? headers)));
      const signal = controller.signal;
      // Each request gets its own copy of the headers: a custom fetch that edits them edits only that request.
      // A request that must not be sent twice goes out on a connection of its own (see RuntimeEnvironment.fetchOnce).
      const fetch = outgoing.retry === false && !isIdempotent(method) ? config.fetchOnce : config.fetch;
      const response = await (request
        ? fetch(request, { signal })
        : outgoing.body === undefined
          ? fetch(url, { method, headers: { ...headers }, signal })
          : fetch(url, { method, headers: { ...headers, "Content-Type": "application/json" }, body: outgoing.body, signal }));
      const text = NULL_BODY_STATUSES.has(response.status) ? null : await response.text();
      if (config.debug) logger.debug(`← ${response.status} ${method} ${url} in ${Date.now() - started} ms`);
      return { status: response.status, statusText: response.statusText, headers: response.headers, text };
    } catch (cause) {
      if (callerSignal?.aborted) throw abortError(callerSignal);
      const { attemptFailed } = await failures();
      return attemptFailed(
        { method, url },
        cause,
        timedOut ? (deadlineCapped ? "the call's deadline" : `the ${ms} ms timeout`) : undefined,
      );
    } finally {
      clearTimeout(timer);
      unlink();
      // The body was read in full above: nothing of this attempt still listens to the signal.
      controllers.give(pooled);
    }
  }

  async function send(outgoing: Outgoing, options: RequestOptions): Promise<Reply> {
    const { method, url, request } = outgoing;
    const maxRetries = (outgoing.retry ?? isIdempotent(method)) ? (options.maxRetries ?? config.maxRetries) : 0;
    const timeout = options.timeout ?? config.timeout;
    const deadline = options.deadline ?? config.deadline;
    const deadlineAt = deadline === undefined ? Number.POSITIVE_INFINITY : Date.now() + deadline;
    // openapi-fetch puts a `signal` given to a raw call on its Request; the SDK's methods pass theirs in options.
    const callerSignal = options.signal ?? request?.signal;

    for (let n = 1; ; n++) {
      if (callerSignal?.aborted) throw abortError(callerSignal);
      const remaining = deadlineAt - Date.now();
      if (remaining <= 0)
        throw new APITimeoutError(`${method} ${url} ran out of its ${deadline} ms deadline.`, { request: { method, url } });
      // Only bodiless methods are retried, so a fresh clone per retry is cheap and never re-sends a used body.
      const sent = n === 1 || !request ? outgoing : { method, url, request: request.clone() };
      const result = await attempt(sent, Math.min(timeout, remaining), remaining < timeout, callerSignal);

      const error = result instanceof APIConnectionError ? result : undefined;
      const status = error ? undefined : (result as Reply).status;
      if (!(error || RETRYABLE_STATUSES.has(status as number)) || n > maxRetries) return unwrap(result);

      const headers = error ? undefined : (result as Reply).headers;
      const failed = { method, url, attempt: n, maxRetries, deadlineAt, headers, status, error };
      const delay = (await retryDelay()).retryDelay(config, failed);
      if (delay === undefined) return unwrap(result);
      config.onRetry?.({ attempt: n, delay, method, url, status, error });
      await sleep(delay, callerSignal);
    }
  }

  return {
    send,
    async fetch(request) {
      const reply = await send({ method: request.method, url: request.url, request }, {});
      return new Response(reply.text, { status: reply.status, statusText: reply.statusText, headers: reply.headers });
    },
  };
}

function unwrap(result: Attempt): Reply {
  if (result instanceof APIConnectionError) throw result;
  return result;
}
