import { abortError, linkAbort, sleep } from "./abort.ts";
import { APIConnectionError, APITimeoutError } from "./errors.ts";
import { redactHeaders } from "./logger.ts";
import { backoffMs, isIdempotent, RETRYABLE_STATUSES, retryAfterMs } from "./retry.ts";

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
/**
 * Every request of a client goes through here. Each attempt reads the whole
 * body under its timer, so a stalled or reset body is a timeout or connection
 * error that can be retried rather than a hang in the caller's `.json()`.
 */ export function createTransport(config, headers) {
  const { logger } = config;
  async function attempt(outgoing, ms, deadlineCapped, callerSignal) {
    const controller = new AbortController();
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
      const response = await (request
        ? config.fetch(request, {
            signal,
          })
        : config.fetch(url, {
            method,
            headers: {
              ...headers,
            },
            signal,
          }));
      const text = NULL_BODY_STATUSES.has(response.status) ? null : await response.text();
      if (config.debug) logger.debug(`← ${response.status} ${method} ${url} in ${Date.now() - started} ms`);
      return {
        reply: {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
          text,
        },
      };
    } catch (cause) {
      if (callerSignal?.aborted) throw abortError(callerSignal);
      const info = {
        method,
        url,
      };
      if (timedOut) {
        const what = deadlineCapped ? "the call's deadline" : `the ${ms} ms timeout`;
        return {
          error: new APITimeoutError(`${method} ${url} did not complete within ${what}.`, {
            request: info,
            cause,
          }),
        };
      }
      const reason = cause instanceof Error ? cause.message : String(cause);
      return {
        error: new APIConnectionError(
          `${method} ${url} failed before a complete response arrived (${reason}). Check the network and the deployment URL.`,
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
  async function send(outgoing, options) {
    const { method, url, request } = outgoing;
    const maxRetries = isIdempotent(method) ? (options.maxRetries ?? config.maxRetries) : 0;
    const timeout = options.timeout ?? config.timeout;
    const deadline = options.deadline ?? config.deadline;
    const deadlineAt = deadline === undefined ? Number.POSITIVE_INFINITY : Date.now() + deadline;
    // openapi-fetch puts a `signal` given to a raw call on its Request; the SDK's methods pass theirs in options.
    const callerSignal = options.signal ?? request?.signal;
    for (let n = 1; ; n++) {
      if (callerSignal?.aborted) throw abortError(callerSignal);
      const remaining = deadlineAt - Date.now();
      if (remaining <= 0)
        throw new APITimeoutError(`${method} ${url} ran out of its ${deadline} ms deadline.`, {
          request: {
            method,
            url,
          },
        });
      // Only bodiless methods are retried, so a fresh clone per retry is cheap and never re-sends a used body.
      const sent =
        n === 1 || !request
          ? outgoing
          : {
              method,
              url,
              request: request.clone(),
            };
      const result = await attempt(sent, Math.min(timeout, remaining), remaining < timeout, callerSignal);
      const status = "reply" in result ? result.reply.status : undefined;
      const retryable = "error" in result || RETRYABLE_STATUSES.has(status);
      if (!retryable || n > maxRetries) return unwrap(result);
      const asked = "reply" in result ? retryAfterMs(result.reply.headers) : undefined;
      if (asked !== undefined && asked > config.maxRetryAfter) {
        logger.warn(
          `${method} ${url}: the server asked to wait ${asked} ms, longer than maxRetryAfter (${config.maxRetryAfter} ms); not retrying.`,
        );
        return unwrap(result);
      }
      const delay = asked ?? backoffMs(n, config.initialDelay, config.maxDelay);
      if (Date.now() + delay >= deadlineAt) return unwrap(result);
      const error = "error" in result ? result.error : undefined;
      logger.info(
        `retrying ${method} ${url} in ${Math.round(delay)} ms after ${status ?? error?.name} (attempt ${n} of ${maxRetries + 1})`,
      );
      config.onRetry?.({
        attempt: n,
        delay,
        method,
        url,
        status,
        error,
      });
      await sleep(delay, callerSignal);
    }
  }
  return {
    send,
    async fetch(request) {
      const reply = await send(
        {
          method: request.method,
          url: request.url,
          request,
        },
        {},
      );
      return new Response(reply.text, {
        status: reply.status,
        statusText: reply.statusText,
        headers: reply.headers,
      });
    },
  };
}
function unwrap(result) {
  if ("error" in result) throw result.error;
  return result.reply;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL3BhY2thZ2VzL2pvYnMvc3JjL3RyYW5zcG9ydC50cyJdLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgeyBhYm9ydEVycm9yLCBsaW5rQWJvcnQsIHNsZWVwIH0gZnJvbSBcIi4vYWJvcnQudHNcIjtcbmltcG9ydCB7IEFQSUNvbm5lY3Rpb25FcnJvciwgQVBJVGltZW91dEVycm9yLCB0eXBlIFJlcXVlc3RJbmZvIH0gZnJvbSBcIi4vZXJyb3JzLnRzXCI7XG5pbXBvcnQgeyByZWRhY3RIZWFkZXJzIH0gZnJvbSBcIi4vbG9nZ2VyLnRzXCI7XG5pbXBvcnQgdHlwZSB7IFJlcXVlc3RPcHRpb25zLCBSZXNvbHZlZENvbmZpZyB9IGZyb20gXCIuL29wdGlvbnMudHNcIjtcbmltcG9ydCB7IGJhY2tvZmZNcywgaXNJZGVtcG90ZW50LCBSRVRSWUFCTEVfU1RBVFVTRVMsIHJldHJ5QWZ0ZXJNcyB9IGZyb20gXCIuL3JldHJ5LnRzXCI7XG5cbmNvbnN0IE5VTExfQk9EWV9TVEFUVVNFUyA9IG5ldyBTZXQoWzEwMSwgMjA0LCAyMDUsIDMwNF0pO1xuXG4vKiogQSBjb21wbGV0ZSBhbnN3ZXI6IHRoZSBib2R5IGlzIHJlYWQgaW4gZnVsbCBiZWZvcmUgYW55b25lIHNlZXMgaXQuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlcGx5IHtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIHN0YXR1c1RleHQ6IHN0cmluZztcbiAgaGVhZGVyczogSGVhZGVycztcbiAgLyoqIFRoZSBib2R5IGFzIHRleHQ7IG51bGwgZm9yIHN0YXR1c2VzIHRoYXQgaGF2ZSBub25lLiAqL1xuICB0ZXh0OiBzdHJpbmcgfCBudWxsO1xufVxuXG4vKipcbiAqIFdoYXQgdG8gc2VuZDogdGhlIFNESydzIG93biBtZXRob2RzIGdpdmUgYSBtZXRob2QgYW5kIFVSTCAoc2VudCB3aXRoIHRoZSBjbGllbnQnc1xuICogaGVhZGVycywgYXMgaGFuZC13cml0dGVuIGNvZGUgY2FsbHMgZmV0Y2gpLCBgcmF3YCBnaXZlcyB0aGUgUmVxdWVzdCBvcGVuYXBpLWZldGNoIGJ1aWx0LlxuICovXG5leHBvcnQgaW50ZXJmYWNlIE91dGdvaW5nIHtcbiAgbWV0aG9kOiBzdHJpbmc7XG4gIHVybDogc3RyaW5nO1xuICByZXF1ZXN0PzogUmVxdWVzdDtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBUcmFuc3BvcnQge1xuICAvKiogU2VuZHMgd2l0aCByZXRyaWVzLCB0aW1lb3V0cyBhbmQgdGhlIGNhbGxlcidzIHNpZ25hbDsgcmVzb2x2ZXMgdG8gdGhlIGZ1bGwgcmVwbHkgb3IgdGhyb3dzIGEgY29ubmVjdGlvbiBlcnJvci4gKi9cbiAgc2VuZChvdXRnb2luZzogT3V0Z29pbmcsIG9wdGlvbnM6IFJlcXVlc3RPcHRpb25zKTogUHJvbWlzZTxSZXBseT47XG4gIC8qKiBUaGUgc2FtZSwgYXMgdGhlIGZldGNoIG9wZW5hcGktZmV0Y2ggY2FsbHMgZm9yIGByYXdgLiAqL1xuICBmZXRjaChyZXF1ZXN0OiBSZXF1ZXN0KTogUHJvbWlzZTxSZXNwb25zZT47XG59XG5cbnR5cGUgQXR0ZW1wdCA9IHsgcmVwbHk6IFJlcGx5IH0gfCB7IGVycm9yOiBBUElDb25uZWN0aW9uRXJyb3IgfTtcblxuLyoqXG4gKiBFdmVyeSByZXF1ZXN0IG9mIGEgY2xpZW50IGdvZXMgdGhyb3VnaCBoZXJlLiBFYWNoIGF0dGVtcHQgcmVhZHMgdGhlIHdob2xlXG4gKiBib2R5IHVuZGVyIGl0cyB0aW1lciwgc28gYSBzdGFsbGVkIG9yIHJlc2V0IGJvZHkgaXMgYSB0aW1lb3V0IG9yIGNvbm5lY3Rpb25cbiAqIGVycm9yIHRoYXQgY2FuIGJlIHJldHJpZWQgcmF0aGVyIHRoYW4gYSBoYW5nIGluIHRoZSBjYWxsZXIncyBgLmpzb24oKWAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjcmVhdGVUcmFuc3BvcnQoY29uZmlnOiBSZXNvbHZlZENvbmZpZywgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IFRyYW5zcG9ydCB7XG4gIGNvbnN0IHsgbG9nZ2VyIH0gPSBjb25maWc7XG5cbiAgYXN5bmMgZnVuY3Rpb24gYXR0ZW1wdChvdXRnb2luZzogT3V0Z29pbmcsIG1zOiBudW1iZXIsIGRlYWRsaW5lQ2FwcGVkOiBib29sZWFuLCBjYWxsZXJTaWduYWw6IEFib3J0U2lnbmFsIHwgdW5kZWZpbmVkKTogUHJvbWlzZTxBdHRlbXB0PiB7XG4gICAgY29uc3QgY29udHJvbGxlciA9IG5ldyBBYm9ydENvbnRyb2xsZXIoKTtcbiAgICBjb25zdCB1bmxpbmsgPSBsaW5rQWJvcnQoY2FsbGVyU2lnbmFsLCBjb250cm9sbGVyKTtcbiAgICBsZXQgdGltZWRPdXQgPSBmYWxzZTtcbiAgICBjb25zdCB0aW1lciA9IHNldFRpbWVvdXQoKCkgPT4ge1xuICAgICAgdGltZWRPdXQgPSB0cnVlO1xuICAgICAgY29udHJvbGxlci5hYm9ydCgpO1xuICAgIH0sIG1zKTtcbiAgICBjb25zdCB7IG1ldGhvZCwgdXJsLCByZXF1ZXN0IH0gPSBvdXRnb2luZztcbiAgICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgICB0cnkge1xuICAgICAgaWYgKGNvbmZpZy5kZWJ1ZykgbG9nZ2VyLmRlYnVnKGDihpIgJHttZXRob2R9ICR7dXJsfWAsIHJlZGFjdEhlYWRlcnMobmV3IEhlYWRlcnMocmVxdWVzdD8uaGVhZGVycyA/PyBoZWFkZXJzKSkpO1xuICAgICAgY29uc3Qgc2lnbmFsID0gY29udHJvbGxlci5zaWduYWw7XG4gICAgICAvLyBFYWNoIHJlcXVlc3QgZ2V0cyBpdHMgb3duIGNvcHkgb2YgdGhlIGhlYWRlcnM6IGEgY3VzdG9tIGZldGNoIHRoYXQgZWRpdHMgdGhlbSBlZGl0cyBvbmx5IHRoYXQgcmVxdWVzdC5cbiAgICAgIGNvbnN0IHJlc3BvbnNlID0gYXdhaXQgKHJlcXVlc3QgPyBjb25maWcuZmV0Y2gocmVxdWVzdCwgeyBzaWduYWwgfSkgOiBjb25maWcuZmV0Y2godXJsLCB7IG1ldGhvZCwgaGVhZGVyczogeyAuLi5oZWFkZXJzIH0sIHNpZ25hbCB9KSk7XG4gICAgICBjb25zdCB0ZXh0ID0gTlVMTF9CT0RZX1NUQVRVU0VTLmhhcyhyZXNwb25zZS5zdGF0dXMpID8gbnVsbCA6IGF3YWl0IHJlc3BvbnNlLnRleHQoKTtcbiAgICAgIGlmIChjb25maWcuZGVidWcpIGxvZ2dlci5kZWJ1Zyhg4oaQICR7cmVzcG9uc2Uuc3RhdHVzfSAke21ldGhvZH0gJHt1cmx9IGluICR7RGF0ZS5ub3coKSAtIHN0YXJ0ZWR9IG1zYCk7XG4gICAgICByZXR1cm4geyByZXBseTogeyBzdGF0dXM6IHJlc3BvbnNlLnN0YXR1cywgc3RhdHVzVGV4dDogcmVzcG9uc2Uuc3RhdHVzVGV4dCwgaGVhZGVyczogcmVzcG9uc2UuaGVhZGVycywgdGV4dCB9IH07XG4gICAgfSBjYXRjaCAoY2F1c2UpIHtcbiAgICAgIGlmIChjYWxsZXJTaWduYWw/LmFib3J0ZWQpIHRocm93IGFib3J0RXJyb3IoY2FsbGVyU2lnbmFsKTtcbiAgICAgIGNvbnN0IGluZm86IFJlcXVlc3RJbmZvID0geyBtZXRob2QsIHVybCB9O1xuICAgICAgaWYgKHRpbWVkT3V0KSB7XG4gICAgICAgIGNvbnN0IHdoYXQgPSBkZWFkbGluZUNhcHBlZCA/IFwidGhlIGNhbGwncyBkZWFkbGluZVwiIDogYHRoZSAke21zfSBtcyB0aW1lb3V0YDtcbiAgICAgICAgcmV0dXJuIHsgZXJyb3I6IG5ldyBBUElUaW1lb3V0RXJyb3IoYCR7bWV0aG9kfSAke3VybH0gZGlkIG5vdCBjb21wbGV0ZSB3aXRoaW4gJHt3aGF0fS5gLCB7IHJlcXVlc3Q6IGluZm8sIGNhdXNlIH0pIH07XG4gICAgICB9XG4gICAgICBjb25zdCByZWFzb24gPSBjYXVzZSBpbnN0YW5jZW9mIEVycm9yID8gY2F1c2UubWVzc2FnZSA6IFN0cmluZyhjYXVzZSk7XG4gICAgICByZXR1cm4ge1xuICAgICAgICBlcnJvcjogbmV3IEFQSUNvbm5lY3Rpb25FcnJvcihcbiAgICAgICAgICBgJHttZXRob2R9ICR7dXJsfSBmYWlsZWQgYmVmb3JlIGEgY29tcGxldGUgcmVzcG9uc2UgYXJyaXZlZCAoJHtyZWFzb259KS4gQ2hlY2sgdGhlIG5ldHdvcmsgYW5kIHRoZSBkZXBsb3ltZW50IFVSTC5gLFxuICAgICAgICAgIHtcbiAgICAgICAgICAgIHJlcXVlc3Q6IGluZm8sXG4gICAgICAgICAgICBjYXVzZSxcbiAgICAgICAgICB9LFxuICAgICAgICApLFxuICAgICAgfTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgY2xlYXJUaW1lb3V0KHRpbWVyKTtcbiAgICAgIHVubGluaygpO1xuICAgIH1cbiAgfVxuXG4gIGFzeW5jIGZ1bmN0aW9uIHNlbmQob3V0Z29pbmc6IE91dGdvaW5nLCBvcHRpb25zOiBSZXF1ZXN0T3B0aW9ucyk6IFByb21pc2U8UmVwbHk+IHtcbiAgICBjb25zdCB7IG1ldGhvZCwgdXJsLCByZXF1ZXN0IH0gPSBvdXRnb2luZztcbiAgICBjb25zdCBtYXhSZXRyaWVzID0gaXNJZGVtcG90ZW50KG1ldGhvZCkgPyAob3B0aW9ucy5tYXhSZXRyaWVzID8/IGNvbmZpZy5tYXhSZXRyaWVzKSA6IDA7XG4gICAgY29uc3QgdGltZW91dCA9IG9wdGlvbnMudGltZW91dCA/PyBjb25maWcudGltZW91dDtcbiAgICBjb25zdCBkZWFkbGluZSA9IG9wdGlvbnMuZGVhZGxpbmUgPz8gY29uZmlnLmRlYWRsaW5lO1xuICAgIGNvbnN0IGRlYWRsaW5lQXQgPSBkZWFkbGluZSA9PT0gdW5kZWZpbmVkID8gTnVtYmVyLlBPU0lUSVZFX0lORklOSVRZIDogRGF0ZS5ub3coKSArIGRlYWRsaW5lO1xuICAgIC8vIG9wZW5hcGktZmV0Y2ggcHV0cyBhIGBzaWduYWxgIGdpdmVuIHRvIGEgcmF3IGNhbGwgb24gaXRzIFJlcXVlc3Q7IHRoZSBTREsncyBtZXRob2RzIHBhc3MgdGhlaXJzIGluIG9wdGlvbnMuXG4gICAgY29uc3QgY2FsbGVyU2lnbmFsID0gb3B0aW9ucy5zaWduYWwgPz8gcmVxdWVzdD8uc2lnbmFsO1xuXG4gICAgZm9yIChsZXQgbiA9IDE7IDsgbisrKSB7XG4gICAgICBpZiAoY2FsbGVyU2lnbmFsPy5hYm9ydGVkKSB0aHJvdyBhYm9ydEVycm9yKGNhbGxlclNpZ25hbCk7XG4gICAgICBjb25zdCByZW1haW5pbmcgPSBkZWFkbGluZUF0IC0gRGF0ZS5ub3coKTtcbiAgICAgIGlmIChyZW1haW5pbmcgPD0gMClcbiAgICAgICAgdGhyb3cgbmV3IEFQSVRpbWVvdXRFcnJvcihgJHttZXRob2R9ICR7dXJsfSByYW4gb3V0IG9mIGl0cyAke2RlYWRsaW5lfSBtcyBkZWFkbGluZS5gLCB7IHJlcXVlc3Q6IHsgbWV0aG9kLCB1cmwgfSB9KTtcbiAgICAgIC8vIE9ubHkgYm9kaWxlc3MgbWV0aG9kcyBhcmUgcmV0cmllZCwgc28gYSBmcmVzaCBjbG9uZSBwZXIgcmV0cnkgaXMgY2hlYXAgYW5kIG5ldmVyIHJlLXNlbmRzIGEgdXNlZCBib2R5LlxuICAgICAgY29uc3Qgc2VudCA9IG4gPT09IDEgfHwgIXJlcXVlc3QgPyBvdXRnb2luZyA6IHsgbWV0aG9kLCB1cmwsIHJlcXVlc3Q6IHJlcXVlc3QuY2xvbmUoKSB9O1xuICAgICAgY29uc3QgcmVzdWx0ID0gYXdhaXQgYXR0ZW1wdChzZW50LCBNYXRoLm1pbih0aW1lb3V0LCByZW1haW5pbmcpLCByZW1haW5pbmcgPCB0aW1lb3V0LCBjYWxsZXJTaWduYWwpO1xuXG4gICAgICBjb25zdCBzdGF0dXMgPSBcInJlcGx5XCIgaW4gcmVzdWx0ID8gcmVzdWx0LnJlcGx5LnN0YXR1cyA6IHVuZGVmaW5lZDtcbiAgICAgIGNvbnN0IHJldHJ5YWJsZSA9IFwiZXJyb3JcIiBpbiByZXN1bHQgfHwgUkVUUllBQkxFX1NUQVRVU0VTLmhhcyhzdGF0dXMgYXMgbnVtYmVyKTtcbiAgICAgIGlmICghcmV0cnlhYmxlIHx8IG4gPiBtYXhSZXRyaWVzKSByZXR1cm4gdW53cmFwKHJlc3VsdCk7XG5cbiAgICAgIGNvbnN0IGFza2VkID0gXCJyZXBseVwiIGluIHJlc3VsdCA/IHJldHJ5QWZ0ZXJNcyhyZXN1bHQucmVwbHkuaGVhZGVycykgOiB1bmRlZmluZWQ7XG4gICAgICBpZiAoYXNrZWQgIT09IHVuZGVmaW5lZCAmJiBhc2tlZCA+IGNvbmZpZy5tYXhSZXRyeUFmdGVyKSB7XG4gICAgICAgIGxvZ2dlci53YXJuKFxuICAgICAgICAgIGAke21ldGhvZH0gJHt1cmx9OiB0aGUgc2VydmVyIGFza2VkIHRvIHdhaXQgJHthc2tlZH0gbXMsIGxvbmdlciB0aGFuIG1heFJldHJ5QWZ0ZXIgKCR7Y29uZmlnLm1heFJldHJ5QWZ0ZXJ9IG1zKTsgbm90IHJldHJ5aW5nLmAsXG4gICAgICAgICk7XG4gICAgICAgIHJldHVybiB1bndyYXAocmVzdWx0KTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGRlbGF5ID0gYXNrZWQgPz8gYmFja29mZk1zKG4sIGNvbmZpZy5pbml0aWFsRGVsYXksIGNvbmZpZy5tYXhEZWxheSk7XG4gICAgICBpZiAoRGF0ZS5ub3coKSArIGRlbGF5ID49IGRlYWRsaW5lQXQpIHJldHVybiB1bndyYXAocmVzdWx0KTtcblxuICAgICAgY29uc3QgZXJyb3IgPSBcImVycm9yXCIgaW4gcmVzdWx0ID8gcmVzdWx0LmVycm9yIDogdW5kZWZpbmVkO1xuICAgICAgbG9nZ2VyLmluZm8oXG4gICAgICAgIGByZXRyeWluZyAke21ldGhvZH0gJHt1cmx9IGluICR7TWF0aC5yb3VuZChkZWxheSl9IG1zIGFmdGVyICR7c3RhdHVzID8/IGVycm9yPy5uYW1lfSAoYXR0ZW1wdCAke259IG9mICR7bWF4UmV0cmllcyArIDF9KWAsXG4gICAgICApO1xuICAgICAgY29uZmlnLm9uUmV0cnk/Lih7IGF0dGVtcHQ6IG4sIGRlbGF5LCBtZXRob2QsIHVybCwgc3RhdHVzLCBlcnJvciB9KTtcbiAgICAgIGF3YWl0IHNsZWVwKGRlbGF5LCBjYWxsZXJTaWduYWwpO1xuICAgIH1cbiAgfVxuXG4gIHJldHVybiB7XG4gICAgc2VuZCxcbiAgICBhc3luYyBmZXRjaChyZXF1ZXN0KSB7XG4gICAgICBjb25zdCByZXBseSA9IGF3YWl0IHNlbmQoeyBtZXRob2Q6IHJlcXVlc3QubWV0aG9kLCB1cmw6IHJlcXVlc3QudXJsLCByZXF1ZXN0IH0sIHt9KTtcbiAgICAgIHJldHVybiBuZXcgUmVzcG9uc2UocmVwbHkudGV4dCwgeyBzdGF0dXM6IHJlcGx5LnN0YXR1cywgc3RhdHVzVGV4dDogcmVwbHkuc3RhdHVzVGV4dCwgaGVhZGVyczogcmVwbHkuaGVhZGVycyB9KTtcbiAgICB9LFxuICB9O1xufVxuXG5mdW5jdGlvbiB1bndyYXAocmVzdWx0OiBBdHRlbXB0KTogUmVwbHkge1xuICBpZiAoXCJlcnJvclwiIGluIHJlc3VsdCkgdGhyb3cgcmVzdWx0LmVycm9yO1xuICByZXR1cm4gcmVzdWx0LnJlcGx5O1xufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBLFNBQVMsVUFBVSxFQUFFLFNBQVMsRUFBRSxLQUFLLFFBQVEsYUFBYTtBQUMxRCxTQUFTLGtCQUFrQixFQUFFLGVBQWUsUUFBMEIsY0FBYztBQUNwRixTQUFTLGFBQWEsUUFBUSxjQUFjO0FBRTVDLFNBQVMsU0FBUyxFQUFFLFlBQVksRUFBRSxrQkFBa0IsRUFBRSxZQUFZLFFBQVEsYUFBYTtBQUV2RixNQUFNLHFCQUFxQixJQUFJLElBQUk7RUFBQztFQUFLO0VBQUs7RUFBSztDQUFJO0FBOEJ2RDs7OztDQUlDLEdBQ0QsT0FBTyxTQUFTLGdCQUFnQixNQUFzQixFQUFFLE9BQStCO0VBQ3JGLE1BQU0sRUFBRSxNQUFNLEVBQUUsR0FBRztFQUVuQixlQUFlLFFBQVEsUUFBa0IsRUFBRSxFQUFVLEVBQUUsY0FBdUIsRUFBRSxZQUFxQztJQUNuSCxNQUFNLGFBQWEsSUFBSTtJQUN2QixNQUFNLFNBQVMsVUFBVSxjQUFjO0lBQ3ZDLElBQUksV0FBVztJQUNmLE1BQU0sUUFBUSxXQUFXO01BQ3ZCLFdBQVc7TUFDWCxXQUFXLEtBQUs7SUFDbEIsR0FBRztJQUNILE1BQU0sRUFBRSxNQUFNLEVBQUUsR0FBRyxFQUFFLE9BQU8sRUFBRSxHQUFHO0lBQ2pDLE1BQU0sVUFBVSxLQUFLLEdBQUc7SUFDeEIsSUFBSTtNQUNGLElBQUksT0FBTyxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUUsT0FBTyxDQUFDLEVBQUUsS0FBSyxFQUFFLGNBQWMsSUFBSSxRQUFRLFNBQVMsV0FBVztNQUNuRyxNQUFNLFNBQVMsV0FBVyxNQUFNO01BQ2hDLHlHQUF5RztNQUN6RyxNQUFNLFdBQVcsTUFBTSxDQUFDLFVBQVUsT0FBTyxLQUFLLENBQUMsU0FBUztRQUFFO01BQU8sS0FBSyxPQUFPLEtBQUssQ0FBQyxLQUFLO1FBQUU7UUFBUSxTQUFTO1VBQUUsR0FBRyxPQUFPO1FBQUM7UUFBRztNQUFPLEVBQUU7TUFDcEksTUFBTSxPQUFPLG1CQUFtQixHQUFHLENBQUMsU0FBUyxNQUFNLElBQUksT0FBTyxNQUFNLFNBQVMsSUFBSTtNQUNqRixJQUFJLE9BQU8sS0FBSyxFQUFFLE9BQU8sS0FBSyxDQUFDLENBQUMsRUFBRSxFQUFFLFNBQVMsTUFBTSxDQUFDLENBQUMsRUFBRSxPQUFPLENBQUMsRUFBRSxJQUFJLElBQUksRUFBRSxLQUFLLEdBQUcsS0FBSyxRQUFRLEdBQUcsQ0FBQztNQUNwRyxPQUFPO1FBQUUsT0FBTztVQUFFLFFBQVEsU0FBUyxNQUFNO1VBQUUsWUFBWSxTQUFTLFVBQVU7VUFBRSxTQUFTLFNBQVMsT0FBTztVQUFFO1FBQUs7TUFBRTtJQUNoSCxFQUFFLE9BQU8sT0FBTztNQUNkLElBQUksY0FBYyxTQUFTLE1BQU0sV0FBVztNQUM1QyxNQUFNLE9BQW9CO1FBQUU7UUFBUTtNQUFJO01BQ3hDLElBQUksVUFBVTtRQUNaLE1BQU0sT0FBTyxpQkFBaUIsd0JBQXdCLENBQUMsSUFBSSxFQUFFLEdBQUcsV0FBVyxDQUFDO1FBQzVFLE9BQU87VUFBRSxPQUFPLElBQUksZ0JBQWdCLEdBQUcsT0FBTyxDQUFDLEVBQUUsSUFBSSx5QkFBeUIsRUFBRSxLQUFLLENBQUMsQ0FBQyxFQUFFO1lBQUUsU0FBUztZQUFNO1VBQU07UUFBRztNQUNySDtNQUNBLE1BQU0sU0FBUyxpQkFBaUIsUUFBUSxNQUFNLE9BQU8sR0FBRyxPQUFPO01BQy9ELE9BQU87UUFDTCxPQUFPLElBQUksbUJBQ1QsR0FBRyxPQUFPLENBQUMsRUFBRSxJQUFJLDRDQUE0QyxFQUFFLE9BQU8sNENBQTRDLENBQUMsRUFDbkg7VUFDRSxTQUFTO1VBQ1Q7UUFDRjtNQUVKO0lBQ0YsU0FBVTtNQUNSLGFBQWE7TUFDYjtJQUNGO0VBQ0Y7RUFFQSxlQUFlLEtBQUssUUFBa0IsRUFBRSxPQUF1QjtJQUM3RCxNQUFNLEVBQUUsTUFBTSxFQUFFLEdBQUcsRUFBRSxPQUFPLEVBQUUsR0FBRztJQUNqQyxNQUFNLGFBQWEsYUFBYSxVQUFXLFFBQVEsVUFBVSxJQUFJLE9BQU8sVUFBVSxHQUFJO0lBQ3RGLE1BQU0sVUFBVSxRQUFRLE9BQU8sSUFBSSxPQUFPLE9BQU87SUFDakQsTUFBTSxXQUFXLFFBQVEsUUFBUSxJQUFJLE9BQU8sUUFBUTtJQUNwRCxNQUFNLGFBQWEsYUFBYSxZQUFZLE9BQU8saUJBQWlCLEdBQUcsS0FBSyxHQUFHLEtBQUs7SUFDcEYsOEdBQThHO0lBQzlHLE1BQU0sZUFBZSxRQUFRLE1BQU0sSUFBSSxTQUFTO0lBRWhELElBQUssSUFBSSxJQUFJLElBQUssSUFBSztNQUNyQixJQUFJLGNBQWMsU0FBUyxNQUFNLFdBQVc7TUFDNUMsTUFBTSxZQUFZLGFBQWEsS0FBSyxHQUFHO01BQ3ZDLElBQUksYUFBYSxHQUNmLE1BQU0sSUFBSSxnQkFBZ0IsR0FBRyxPQUFPLENBQUMsRUFBRSxJQUFJLGdCQUFnQixFQUFFLFNBQVMsYUFBYSxDQUFDLEVBQUU7UUFBRSxTQUFTO1VBQUU7VUFBUTtRQUFJO01BQUU7TUFDbkgseUdBQXlHO01BQ3pHLE1BQU0sT0FBTyxNQUFNLEtBQUssQ0FBQyxVQUFVLFdBQVc7UUFBRTtRQUFRO1FBQUssU0FBUyxRQUFRLEtBQUs7TUFBRztNQUN0RixNQUFNLFNBQVMsTUFBTSxRQUFRLE1BQU0sS0FBSyxHQUFHLENBQUMsU0FBUyxZQUFZLFlBQVksU0FBUztNQUV0RixNQUFNLFNBQVMsV0FBVyxTQUFTLE9BQU8sS0FBSyxDQUFDLE1BQU0sR0FBRztNQUN6RCxNQUFNLFlBQVksV0FBVyxVQUFVLG1CQUFtQixHQUFHLENBQUM7TUFDOUQsSUFBSSxDQUFDLGFBQWEsSUFBSSxZQUFZLE9BQU8sT0FBTztNQUVoRCxNQUFNLFFBQVEsV0FBVyxTQUFTLGFBQWEsT0FBTyxLQUFLLENBQUMsT0FBTyxJQUFJO01BQ3ZFLElBQUksVUFBVSxhQUFhLFFBQVEsT0FBTyxhQUFhLEVBQUU7UUFDdkQsT0FBTyxJQUFJLENBQ1QsR0FBRyxPQUFPLENBQUMsRUFBRSxJQUFJLDJCQUEyQixFQUFFLE1BQU0sZ0NBQWdDLEVBQUUsT0FBTyxhQUFhLENBQUMsbUJBQW1CLENBQUM7UUFFakksT0FBTyxPQUFPO01BQ2hCO01BQ0EsTUFBTSxRQUFRLFNBQVMsVUFBVSxHQUFHLE9BQU8sWUFBWSxFQUFFLE9BQU8sUUFBUTtNQUN4RSxJQUFJLEtBQUssR0FBRyxLQUFLLFNBQVMsWUFBWSxPQUFPLE9BQU87TUFFcEQsTUFBTSxRQUFRLFdBQVcsU0FBUyxPQUFPLEtBQUssR0FBRztNQUNqRCxPQUFPLElBQUksQ0FDVCxDQUFDLFNBQVMsRUFBRSxPQUFPLENBQUMsRUFBRSxJQUFJLElBQUksRUFBRSxLQUFLLEtBQUssQ0FBQyxPQUFPLFVBQVUsRUFBRSxVQUFVLE9BQU8sS0FBSyxVQUFVLEVBQUUsRUFBRSxJQUFJLEVBQUUsYUFBYSxFQUFFLENBQUMsQ0FBQztNQUUzSCxPQUFPLE9BQU8sR0FBRztRQUFFLFNBQVM7UUFBRztRQUFPO1FBQVE7UUFBSztRQUFRO01BQU07TUFDakUsTUFBTSxNQUFNLE9BQU87SUFDckI7RUFDRjtFQUVBLE9BQU87SUFDTDtJQUNBLE1BQU0sT0FBTSxPQUFPO01BQ2pCLE1BQU0sUUFBUSxNQUFNLEtBQUs7UUFBRSxRQUFRLFFBQVEsTUFBTTtRQUFFLEtBQUssUUFBUSxHQUFHO1FBQUU7TUFBUSxHQUFHLENBQUM7TUFDakYsT0FBTyxJQUFJLFNBQVMsTUFBTSxJQUFJLEVBQUU7UUFBRSxRQUFRLE1BQU0sTUFBTTtRQUFFLFlBQVksTUFBTSxVQUFVO1FBQUUsU0FBUyxNQUFNLE9BQU87TUFBQztJQUMvRztFQUNGO0FBQ0Y7QUFFQSxTQUFTLE9BQU8sTUFBZTtFQUM3QixJQUFJLFdBQVcsUUFBUSxNQUFNLE9BQU8sS0FBSztFQUN6QyxPQUFPLE9BQU8sS0FBSztBQUNyQiJ9
// denoCacheMetadata=532750019848116694,7858222387597119846
