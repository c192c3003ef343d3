#!/usr/bin/env node
// `pnpm test`: first the drift check of the generated files (before the build,
// which regenerates them, could hide a hand edit or a forgotten `pnpm generate`),
// then the build, the Node suites (vitest), and the shared SDK suite on Deno and
// on Bun. Each runner writes a machine-readable report; this script sums them
// into the one closing line CI reads: `N passed, N failed`.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const reports = join(root, ".artifacts", "test-reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => join(root, "node_modules", ".bin", name);
const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };

function run(label, command, args, cwd) {
  console.log(`\n── ${label}: ${[command.replace(`${root}/`, ""), ...args].join(" ")}`);
  const result = spawnSync(command, args, { cwd, env, stdio: "inherit" });
  return result.status ?? 1;
}

/** Counts from a JUnit XML report: every <testcase>, and those holding a <failure> or <error>. */
function junit(path) {
  const xml = readFileSync(path, "utf8");
  const cases = xml.match(/<testcase\b[\s\S]*?(?:\/>|<\/testcase>)/g) ?? [];
  const failed = cases.filter((c) => /<(failure|error)\b/.test(c)).length;
  const skipped = cases.filter((c) => /<skipped\b/.test(c)).length;
  return { passed: cases.length - failed - skipped, failed, skipped };
}

function vitestJson(path) {
  const report = JSON.parse(readFileSync(path, "utf8"));
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

/** A command that is one test: it passes when it exits 0. */
const check = (label, command, args) => ({
  label,
  command,
  args,
  read: (status) => ({ passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, skipped: 0 }),
});

const suites = [
  check("generated files match the spec", "node", ["scripts/generate.mjs", "--check"]),
  check("build", bin("turbo"), ["run", "build", "--output-logs=errors-only"]),
  {
    label: "node (vitest)",
    command: bin("vitest"),
    args: ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${join(reports, "vitest.json")}`],
    read: () => vitestJson(join(reports, "vitest.json")),
  },
  {
    label: "deno",
    command: bin("deno"),
    args: ["test", "-A", `--junit-path=${join(reports, "deno.xml")}`, "packages/jobs/test/deno.runner.ts"],
    read: () => junit(join(reports, "deno.xml")),
  },
  {
    label: "bun",
    command: bin("bun"),
    args: ["test", "--reporter=junit", `--reporter-outfile=${join(reports, "bun.xml")}`, "./packages/jobs/test/bun.runner.ts"],
    read: () => junit(join(reports, "bun.xml")),
  },
];

const total = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const suite of suites) {
  const status = run(suite.label, suite.command, suite.args, root);
  let counts;
  try {
    counts = suite.read(status);
  } catch {
    counts = { passed: 0, failed: 0, skipped: 0 };
  }
  // A runner that crashed or failed without reporting a failure still fails the run.
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  lines.push(`${suite.label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  for (const key of Object.keys(total)) total[key] += counts[key];
}
const summary = `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`;
// Kept on disk too, so .ci/run can end on it after pnpm's own failure banner.
writeFileSync(join(reports, "summary.txt"), `${lines.join("\n")}\n${summary}\n`);
console.log(`\n${lines.join("\n")}`);
console.log(summary);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
