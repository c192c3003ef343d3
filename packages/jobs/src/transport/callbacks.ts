/**
 * Users' callbacks (`onProgress`, `onUpdate`) run inside the SDK's own error handling, which takes a
 * failure for a broken connection and tries again. An exception a callback throws is the user's, not the
 * network's: `notify` carries it through that handling untouched, and `userError` takes it out again, so
 * the call rejects with it at once (openai-node's and Stripe's rule), rather than retrying or hiding it.
 */
class CallbackFailure {
  constructor(readonly error: unknown) {}
}

/** Calls `callback` with `value`; what it throws comes out as a CallbackFailure no retry handling mistakes for its own. */
export function notify<T>(callback: ((value: T) => void) | undefined, value: T): void {
  if (callback === undefined) return;
  try {
    callback(value);
  } catch (error) {
    throw new CallbackFailure(error);
  }
}

/** Whether `caught` is a callback's exception carried by `notify`. */
export const isCallbackFailure = (caught: unknown): caught is CallbackFailure => caught instanceof CallbackFailure;

/** What a user's callback threw, when `caught` carries it; otherwise `caught` itself. */
export const userError = (caught: unknown): unknown => (caught instanceof CallbackFailure ? caught.error : caught);
