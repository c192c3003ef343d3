// The chart in docs/benchmarks.md: an SVG drawn here, no plotting library.
const escapeXml = (text) => String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;");

/**
 * Two panels: the per-call cost of each client (median, with a min–max whisker),
 * and each target as measured ÷ allowed, where 1 is the target's edge.
 */
export function renderChart({ clients, targets }) {
  const width = 760;
  const rowHeight = 28;
  const label = 230;
  const plot = width - label - 90;
  const rows = [];
  let y = 40;

  rows.push(`<text x="16" y="24" class="title">Per-call cost, stubbed fetch, 100-job page (µs, median and min–max)</text>`);
  const most = Math.max(...clients.map((c) => c.max));
  for (const c of clients) {
    const scale = (v) => label + (v / most) * plot;
    rows.push(
      `<text x="${label - 10}" y="${y + 17}" class="label" text-anchor="end">${escapeXml(c.name)}</text>`,
      `<rect x="${label}" y="${y + 4}" width="${scale(c.median) - label}" height="18" class="${c.highlight ? "ours" : "bar"}"/>`,
      `<line x1="${scale(c.min)}" x2="${scale(c.max)}" y1="${y + 13}" y2="${y + 13}" class="whisker"/>`,
      `<text x="${scale(c.max) + 6}" y="${y + 17}" class="value">${c.median.toFixed(0)}</text>`,
    );
    y += rowHeight;
  }

  y += 24;
  rows.push(`<text x="16" y="${y}" class="title">Targets: measured as a share of what is allowed (≤ 1 meets it)</text>`);
  y += 16;
  const cap = 2;
  for (const t of targets) {
    const share = t.share;
    const scale = (v) => label + (Math.min(v, cap) / cap) * plot;
    rows.push(
      `<text x="${label - 10}" y="${y + 17}" class="label" text-anchor="end">${escapeXml(t.name)}</text>`,
      `<rect x="${label}" y="${y + 4}" width="${Math.max(scale(share) - label, 1)}" height="18" class="${t.met ? "met" : "missed"}"/>`,
      `<text x="${scale(share) + 6}" y="${y + 17}" class="value">${escapeXml(t.text)}</text>`,
    );
    y += rowHeight;
  }
  const edge = label + plot / cap;
  rows.push(`<line x1="${edge}" x2="${edge}" y1="${y - targets.length * rowHeight}" y2="${y}" class="edge"/>`);

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y + 16}" viewBox="0 0 ${width} ${y + 16}" font-family="Helvetica, Arial, sans-serif">
<style>.title{font-size:14px;font-weight:700;fill:#24292f}.label{font-size:12px;fill:#24292f}.value{font-size:12px;fill:#57606a}.bar{fill:#8c959f}.ours{fill:#1f6feb}.met{fill:#2da44e}.missed{fill:#cf222e}.whisker{stroke:#24292f;stroke-width:1.5}.edge{stroke:#24292f;stroke-dasharray:4 3}</style>
<rect width="100%" height="100%" fill="#ffffff"/>
${rows.join("\n")}
</svg>
`;
}
