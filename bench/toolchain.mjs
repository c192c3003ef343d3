// 6. Toolchain: regeneration, type-checking a consumer, and cold start on each runtime.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startMockProcess } from "./mock-process.mjs";
import { summarize } from "./stats.mjs";

const KEY = "sk_test_bench";

function timed(command, args, options = {}) {
  const started = performance.now();
  execFileSync(command, args, { stdio: "ignore", ...options });
  return performance.now() - started;
}

export async function measureToolchain(root, { rounds = 5 } = {}) {
  const bin = (name) => join(root, "node_modules/.bin", name);
  // The whole of `pnpm generate` (types, schemas, docs) in memory, compared with the files: nothing is written.
  const codegen = summarize(Array.from({ length: 3 }, () => timed("node", [join(root, "scripts/generate.mjs"), "--check"], { cwd: root })));

  const dir = mkdtempSync(join(import.meta.dirname, ".generated", "consumer-"));
  writeFileSync(
    join(dir, "consumer.ts"),
    `import { Sutro, type Job } from "@sutro/jobs";\nconst sutro = new Sutro();\nexport async function costs(): Promise<number> {\n  let total = 0;\n  for await (const job of sutro.jobs.iterate()) total += (job as Job).job_cost ?? 0;\n  return total;\n}\n`,
  );
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        lib: ["es2023", "dom"],
        types: [],
      },
      files: ["consumer.ts"],
    }),
  );
  const typecheck = summarize(Array.from({ length: 3 }, () => timed(bin("tsc"), ["-p", dir], { cwd: import.meta.dirname })));
  rmSync(dir, { recursive: true, force: true });

  const server = await startMockProcess(["--jobs", "10", "--api-key", KEY]);
  const script = join(import.meta.dirname, "cold-start.mjs");
  const runtimes = {
    node: ["node", [script, server.url, KEY]],
    "node, require()": ["node", [join(import.meta.dirname, "cold-start.cjs"), server.url, KEY]],
    deno: [bin("deno"), ["run", "--allow-net", "--allow-read", "--allow-env", script, server.url, KEY]],
    bun: [bin("bun"), [script, server.url, KEY]],
  };
  const cold = {};
  try {
    for (const [name, [command, args]] of Object.entries(runtimes)) {
      timed(command, args, { cwd: import.meta.dirname }); // warm the OS file cache and Deno's module cache
      cold[name] = summarize(Array.from({ length: rounds }, () => timed(command, args, { cwd: import.meta.dirname })));
    }
  } finally {
    await server.close();
  }
  return {
    figures: {
      "pnpm generate": { ms: codegen },
      "tsc on a consumer file": { ms: typecheck },
      ...Object.fromEntries(Object.entries(cold).map(([k, v]) => [`cold start on ${k}`, { ms: v }])),
    },
    codegen_ms: codegen.median,
    typecheck_ms: typecheck.median,
    cold_start_ms: Object.fromEntries(Object.entries(cold).map(([k, v]) => [k, v.median])),
  };
}
