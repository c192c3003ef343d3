/** Medians with their spread: every figure in the report is one of these. */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: values.length };
}

export const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The median of per-round ratios a[i] / b[i], where each round measured a and b back
 * to back: drift in the machine over the run (other processes, heat) cancels within
 * a pair, where a ratio of two medians would carry it.
 */
export function pairedRatio(a, b) {
  return summarize(a.map((value, i) => value / b[i]));
}

/**
 * µs per call of each client, a figure per round. The rounds interleave the clients, in an order reversed
 * every round, so that drift in the machine, and the garbage one client leaves for the next to collect,
 * fall on all of them alike. A first round only warms up the JIT.
 */
export async function timeRounds(clients, rounds, calls) {
  const names = Object.keys(clients);
  const perCall = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = 0; r <= rounds; r++) {
    for (const name of r % 2 ? [...names].reverse() : names) {
      const call = clients[name];
      const started = performance.now();
      for (let i = 0; i < calls; i++) await call();
      if (r > 0) perCall[name].push(((performance.now() - started) * 1000) / calls);
    }
  }
  return perCall;
}
