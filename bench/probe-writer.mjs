import { parquetWriteBuffer } from "hyparquet-writer";
const mode = process.argv[2];
const mb = (x) => (x / 2 ** 20).toFixed(1);
const show = (label, base) => { const m = process.memoryUsage(); console.log(label, "rss", mb(m.rss - base.rss), "heap", mb(m.heapUsed - base.heapUsed), "ext", mb(m.external - base.external), "ab", mb(m.arrayBuffers - base.arrayBuffers)); };
const inputs = Array.from({ length: 1_000_000 }, (_, i) => `Review ${i}: the parcel arrived on time and in good shape.`);
const base = process.memoryUsage();
let peak = base.rss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
if (mode === "flat") { let n = 0; for (const s of inputs) n += s.charCodeAt(s.length - 1); show("after flatten", base); }
const file = parquetWriteBuffer({ columnData: [{ name: "input", data: inputs, type: "STRING" }], rowGroupSize: 10_000 });
show("after write", base);
await new Promise((r) => setTimeout(r, 50));
clearInterval(timer);
console.log("peak", mb(peak - base.rss), "file", mb(file.byteLength));
if (globalThis.gc) { gc(); show("after gc", base); }
