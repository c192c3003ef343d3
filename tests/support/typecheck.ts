import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const tsc = join(import.meta.dirname, "../../node_modules/.bin/tsc");

/**
 * Type-checks `files` in `dir` as a strict user project would (ES modules, NodeNext resolution, no
 * ambient types), with any extra compiler options; the compiler's output is "" when they check.
 */
export function typecheckFiles(dir: string, files: string[], extra: Record<string, unknown> = {}): { ok: boolean; output: string } {
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        lib: ["ES2023", "DOM"],
        skipLibCheck: true,
        types: [],
        ...extra,
      },
      files,
    }),
  );
  const result = spawnSync(tsc, ["-p", join(dir, "tsconfig.json")], { encoding: "utf8" });
  return { ok: result.status === 0, output: result.stdout + result.stderr };
}
