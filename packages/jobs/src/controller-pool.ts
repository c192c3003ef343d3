/**
 * AbortControllers for request attempts, reused while never aborted. Making an AbortSignal costs several
 * µs in Node, as much as the rest of a small call, and an attempt that ended without an abort leaves its
 * controller as good as new. Each serves a bounded number of attempts, because a fetch implementation may
 * keep a listener on a signal until its request is garbage-collected (undici does).
 */
const MAX_USES = 64;
const MAX_IDLE = 32;

interface Pooled {
  controller: AbortController;
  uses: number;
}

export interface ControllerPool {
  /** A controller never aborted, for one attempt. */
  take(): Pooled;
  /** The attempt is over: the controller goes back unless it was aborted or has served enough. */
  give(pooled: Pooled): void;
}

export function controllerPool(): ControllerPool {
  const idle: Pooled[] = [];
  return {
    take: () => idle.pop() ?? { controller: new AbortController(), uses: 0 },
    give(pooled) {
      pooled.uses++;
      if (!pooled.controller.signal.aborted && pooled.uses < MAX_USES && idle.length < MAX_IDLE) idle.push(pooled);
    },
  };
}
