import { linkAbort } from "./abort.ts";

/** A controller that aborts after `timeout` ms without a `touch()`, or when the caller's signal fires. */
export interface IdleTimer {
  readonly signal: AbortSignal;
  /** Whether the silence ran out (as opposed to the caller aborting). */
  readonly timedOut: boolean;
  /** Something arrived: the silence starts over. */
  touch(): void;
  /** Stops the timer and aborts whatever still listens to `signal` (an unread body). */
  dispose(): void;
}

/**
 * One timer per stream, not one per chunk: `touch()` only notes the time, and the timer, when it fires,
 * waits out whatever is left of the silence. A chunk costs a clock read, however fast they come.
 */
export function idleTimer(parent: AbortSignal | undefined, timeout: number): IdleTimer {
  const controller = new AbortController();
  const unlink = linkAbort(parent, controller);
  let last = Date.now();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const left = last + timeout - Date.now();
    if (left > 0) {
      timer = setTimeout(check, left);
      return;
    }
    timedOut = true;
    controller.abort();
  };
  timer = setTimeout(check, timeout);
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    touch() {
      last = Date.now();
    },
    dispose() {
      clearTimeout(timer);
      controller.abort();
      unlink();
    },
  };
}
