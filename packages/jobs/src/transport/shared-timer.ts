import { MAX_TIMER_MS } from "../config/timer-limit.ts";
import { type AttemptSignal, expire, type Timeouts } from "./attempt-signals.ts";

/** One attempt's timeout: when, and its place among those pending (-1 once gone). */
interface Pending {
  readonly at: number;
  readonly attempt: AttemptSignal;
  index: number;
}

/**
 * The timeouts of all attempts in flight on one timer, for runtimes that can unref it (Node, Bun, Deno):
 * a timer per attempt costs a small call about 3 %. The timer is set again only for an attempt that must
 * end before the one it is set for, so back-to-back calls with one timeout share it; it may stay set with
 * nothing in flight, since an unref'd timer holds no process open.
 */
export function sharedTimer(unref: (timer: unknown) => void): Timeouts {
  // An array rather than a Set: an object's first use as a Set key costs it an identity hash, which showed
  // in profiles. Each entry knows its index, so taking one out is a swap with the last.
  const pending: Pending[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Number.POSITIVE_INFINITY;

  function setTimer(at: number): void {
    clearTimeout(timer);
    timerAt = at;
    timer = undefined;
    if (at === Number.POSITIVE_INFINITY) return;
    // performance.now(): a wall-clock change moves no timeout.
    timer = setTimeout(ring, Math.min(Math.max(0, at - performance.now()), MAX_TIMER_MS));
    unref(timer);
  }

  function remove(entry: Pending): void {
    const last = pending.pop() as Pending;
    if (last !== entry) {
      pending[entry.index] = last;
      last.index = entry.index;
    }
    entry.index = -1;
  }

  // Also sets the timer again after a ring a little early, or one capped at the longest delay a timer takes.
  function ring(): void {
    const now = performance.now();
    let next = Number.POSITIVE_INFINITY;
    for (const entry of [...pending]) {
      if (entry.at <= now) {
        remove(entry);
        expire(entry.attempt);
      } else next = Math.min(next, entry.at);
    }
    setTimer(next);
  }

  return {
    start(attempt, ms) {
      const entry: Pending = { at: performance.now() + ms, attempt, index: pending.length };
      pending.push(entry);
      if (entry.at < timerAt) setTimer(entry.at);
      return entry;
    },
    stop(entry) {
      if ((entry as Pending).index >= 0) remove(entry as Pending);
    },
  };
}
