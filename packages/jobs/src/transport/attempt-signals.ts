/**
 * The AbortSignal of each request attempt, and the timeout that aborts it.
 *
 * Controllers are reused while never aborted: making an AbortSignal costs several µs in Node, as much as
 * the rest of a small call, and an attempt that ended without an abort leaves its controller as good as
 * new. Each serves at most 64 attempts while listeners may pile up on its signal: a fetch implementation
 * may keep one per request until the request is garbage-collected (Node's undici does, and past 1,500 it
 * warns of a leak). Where the runtime can count a signal's listeners, one that nobody listens to any more
 * (Deno's and Bun's fetch let go when a request ends) is as good as new and serves on.
 */
const MAX_USES = 64;
const MAX_IDLE = 32;

/** One attempt's AbortController with its state, as `RuntimeEnvironment.timeouts` receives it. */
export interface AttemptSignal {
  /** Aborted by the attempt's timeout; reused while never aborted. */
  readonly controller: AbortController;
  /** The controller's signal, read once: a getter call less per request. */
  readonly signal: AbortSignal;
  /** Whether its timeout aborted it. */
  expired: boolean;
  /** How many attempts it has served. */
  uses: number;
  /** What `Timeouts.stop` takes to call its timeout off. */
  timeout: unknown;
}

/** Aborts attempts that outlive their timeout. */
export interface Timeouts {
  /** Calls `expire(attempt)` in `ms` unless stopped before; returns what `stop` takes. */
  start(attempt: AttemptSignal, ms: number): unknown;
  /** Calls off the timeout `start` returned. */
  stop(timeout: unknown): void;
}

export function expire(attempt: AttemptSignal): void {
  attempt.expired = true;
  attempt.controller.abort();
}

/** A timer per attempt, where timers cannot be kept from holding a process open (browsers, workers); see shared-timer.ts. */
export const timerPerAttempt: Timeouts = {
  start: (attempt, ms) => setTimeout(expire, ms, attempt),
  stop: (timeout) => clearTimeout(timeout as ReturnType<typeof setTimeout>),
};

export interface AttemptSignals {
  /** A controller never aborted, aborted in `ms` unless given back before. */
  take(ms: number): AttemptSignal;
  /** The attempt is over: its timeout is off, and its controller serves again unless aborted or worn. */
  give(attempt: AttemptSignal): void;
}

function fresh(): AttemptSignal {
  const controller = new AbortController();
  return { controller, signal: controller.signal, expired: false, uses: 0, timeout: undefined };
}

/**
 * The attempts' signals of one client. `listeners` counts who listens to a signal's abort, where the runtime
 * can tell (node:events `getEventListeners`, in Node, Deno and Bun).
 */
export function attemptSignals(timeouts: Timeouts = timerPerAttempt, listeners?: (signal: AbortSignal) => number): AttemptSignals {
  const idle: AttemptSignal[] = [];
  return {
    take(ms) {
      const attempt = idle.pop() ?? fresh();
      attempt.timeout = timeouts.start(attempt, ms);
      return attempt;
    },
    give(attempt) {
      timeouts.stop(attempt.timeout);
      attempt.uses++;
      if (attempt.uses === MAX_USES && listeners?.(attempt.signal) === 0) attempt.uses = 0;
      if (!attempt.signal.aborted && attempt.uses < MAX_USES && idle.length < MAX_IDLE) idle.push(attempt);
    },
  };
}
