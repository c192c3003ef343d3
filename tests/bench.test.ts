// The bench's own logic, without timing anything: timings live in `pnpm bench`, never in tests.
import { expect, test } from "vitest";
import { renderChart } from "../bench/chart.mjs";
import { pairedRatio, summarize, timeRounds } from "../bench/stats.mjs";

test("figures are medians with min, max and the run count", () => {
  expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
  expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
});

test("a paired ratio is the median of round-by-round ratios, so a slow round hits both sides", () => {
  // The third round ran on a busy machine: both sides slowed, their ratio did not.
  expect(pairedRatio([110, 121, 330], [100, 110, 300])).toEqual({ median: 1.1, min: 1.1, max: 1.1, runs: 3 });
  expect(pairedRatio([90, 100], [100, 100]).median).toBeCloseTo(0.95);
});

test("timed rounds interleave the clients in an order reversed each round, after a round that only warms up", async () => {
  const order: string[] = [];
  const perCall = await timeRounds({ a: () => order.push("a"), b: () => order.push("b"), c: () => order.push("c") }, 3, 2);
  // Each client's calls run back to back; the warm-up round is not among the figures.
  expect(order.join("")).toBe("aabbcc" + "ccbbaa" + "aabbcc" + "ccbbaa");
  expect(Object.keys(perCall)).toEqual(["a", "b", "c"]);
  for (const times of Object.values(perCall)) {
    expect(times).toHaveLength(3);
    for (const us of times) expect(us).toBeGreaterThanOrEqual(0);
  }
});

test("the chart is an SVG with a bar per client and per target, coloured by whether the target is met", () => {
  const svg = renderChart({
    clients: [
      { name: "hand-written fetch", median: 100, min: 95, max: 110 },
      { name: "@sutro/jobs & co", median: 104, min: 99, max: 120, highlight: true },
    ],
    targets: [
      { name: "overhead_ratio", share: 0.95, met: true, text: "1.04 (≤ 1.1)" },
      { name: "bundle_gz_bytes", share: 1.4, met: false, text: "8627 (≤ 6144)" },
    ],
  });
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg.match(/class="ours"/g)).toHaveLength(1);
  expect(svg.match(/class="bar"/g)).toHaveLength(1);
  expect(svg.match(/class="met"/g)).toHaveLength(1);
  expect(svg.match(/class="missed"/g)).toHaveLength(1);
  expect(svg).toContain("@sutro/jobs &amp; co");
  expect(svg.trim().endsWith("</svg>")).toBe(true);
});
