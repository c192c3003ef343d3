import { abortError, linkAbort, sleep } from "./abort.ts";
import { APIConnectionError, APITimeoutError, type RequestInfo } from "./errors.ts";
import { redactHeaders } from "./logger.ts";
import type { RequestOptions, ResolvedConfig } from "./options.ts";
import { backoffMs, isIdempotent, RETRYABLE_STATUSES, retryAfterMs } from "./retry.ts";

/**
 * The fetch handed to openapi-fetch: every request of the client, `raw` included, goes through it.
 * `bodyAside`: the SDK's own methods read the body from `bufferedText`, so the Response carries none.
 */
export type Transport = (request: Request, options?: RequestOptions, bodyAside?: boolean) => Promise<Response>;

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** Bodies the transport read, by the Response it handed back with `bodyAside`. */
const ASIDE = new WeakMap<Response, string>();

/** The body the transport read and kept aside for this response: read once, never streamed twice. */
export function bufferedText(response: Response): string | undefined {
  return ASIDE.get(response);
}

type Attempt = { response: Response } | { error: APIConnectionError };

/**
 * Sends `request` (which carries the client's headers already), retrying what is safe to retry.
 *
 * Each attempt reads the whole body under the attempt's timer, so a stalled or
 * reset body is a timeout or connection error that can be retried rather than
 * a hang in the caller's `.json()`. A request with a body sends a fresh clone
 * on each retry, so a consumed body is never re-sent.
 */
export function createTransport(config: ResolvedConfig): Transport {
  const { logger } = config;

  async function attempt(
    request: Request,
    ms: number,
    deadlineCapped: boolean,
    info: RequestInfo,
    callerSignal: AbortSignal,
    bodyAside: boolean,
  ): Promise<Attempt> {
    const controller = new AbortController();
    const unlink = linkAbort(callerSignal, controller);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
    const started = Date.now();
    try {
      if (config.debug) logger.debug(`→ ${info.method} ${info.url}`, redactHeaders(request.headers));
      // As openapi-fetch calls fetch: the request, plus an init that fetch applies on top.
      const response = await config.fetch(request, { signal: controller.signal });
      const { status, statusText, headers } = response;
      const text = NULL_BODY_STATUSES.has(status) ? null : await response.text();
      if (config.debug) logger.debug(`← ${status} ${info.method} ${info.url} in ${Date.now() - started} ms`);
      const buffered = new Response(bodyAside ? null : text, { status, statusText, headers });
      if (bodyAside) ASIDE.set(buffered, text ?? "");
      return { response: buffered };
    } catch (cause) {
      if (callerSignal.aborted) throw abortError();
      if (timedOut) {
        const what = deadlineCapped ? "the call's deadline" : `the ${ms} ms timeout`;
        return { error: new APITimeoutError(`${info.method} ${info.url} did not complete within ${what}.`, { request: info, cause }) };
      }
      const reason = cause instanceof Error ? cause.message : String(cause);
      return {
        error: new APIConnectionError(
          `${info.method} ${info.url} failed before a complete response arrived (${reason}). Check the network and the base URL.`,
          {
            request: info,
            cause,
          },
        ),
      };
    } finally {
      clearTimeout(timer);
      unlink();
    }
  }

  return async function send(request, options = {}, bodyAside = false) {
    const maxRetries = isIdempotent(request.method) ? (options.maxRetries ?? config.maxRetries) : 0;
    const timeout = options.timeout ?? config.timeout;
    const deadline = options.deadline ?? config.deadline;
    const deadlineAt = deadline === undefined ? Number.POSITIVE_INFINITY : Date.now() + deadline;
    // openapi-fetch puts a `signal` given to raw calls on the request itself; the SDK's methods pass theirs in options.
    const callerController = options.signal ? new AbortController() : undefined;
    const unlinkRequest = linkAbort(callerController && request.signal, callerController);
    const unlinkOption = linkAbort(options.signal, callerController);
    const callerSignal = callerController?.signal ?? request.signal;
    const info: RequestInfo = { method: request.method, url: request.url };
    // A body can be read once: keep a pristine copy to clone for each retry.
    const pristine = request.body !== null && maxRetries > 0 ? request.clone() : undefined;

    try {
      for (let n = 1; ; n++) {
        if (callerSignal.aborted) throw abortError();
        const remaining = deadlineAt - Date.now();
        if (remaining <= 0)
          throw new APITimeoutError(`${info.method} ${info.url} ran out of its ${deadline} ms deadline.`, { request: info });
        const sent = n === 1 || !pristine ? request : pristine.clone();
        const result = await attempt(sent, Math.min(timeout, remaining), remaining < timeout, info, callerSignal, bodyAside);
        const status = "response" in result ? result.response.status : undefined;
        const retryable = "error" in result || RETRYABLE_STATUSES.has(status as number);
        if (!retryable || n > maxRetries) return unwrap(result);

        const asked = "response" in result ? retryAfterMs(result.response.headers) : undefined;
        if (asked !== undefined && asked > config.maxRetryAfter) {
          logger.warn(
            `${info.method} ${info.url}: the server asked to wait ${asked} ms, longer than maxRetryAfter (${config.maxRetryAfter} ms); not retrying.`,
          );
          return unwrap(result);
        }
        const delay = asked ?? backoffMs(n, config.initialDelay, config.maxDelay);
        if (Date.now() + delay >= deadlineAt) return unwrap(result);

        const error = "error" in result ? result.error : undefined;
        logger.info(
          `retrying ${info.method} ${info.url} in ${Math.round(delay)} ms after ${status ?? error?.name} (attempt ${n} of ${maxRetries + 1})`,
        );
        config.onRetry?.({ attempt: n, delay, method: info.method, url: info.url, status, error });
        await sleep(delay, callerSignal);
      }
    } finally {
      unlinkRequest();
      unlinkOption();
    }
  };
}

function unwrap(result: Attempt): Response {
  if ("error" in result) throw result.error;
  return result.response;
}
