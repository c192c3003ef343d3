import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const root = join(import.meta.dirname, "../..");
export const PACKAGES = { jobs: "@sutro/jobs", mock: "@sutro/jobs-mock", cli: "@sutro/jobs-cli" } as const;
export type PackageDir = keyof typeof PACKAGES;

/** Packs every published package as npm would publish it (workspace: ranges resolved); returns the tarballs by folder. */
export function packAll(): Record<PackageDir, string> {
  const out = mkdtempSync(join(root, ".artifacts", "packs-"));
  const tarballs = {} as Record<PackageDir, string>;
  for (const dir of Object.keys(PACKAGES) as PackageDir[]) {
    const before = new Set(readdirSync(out));
    execFileSync("pnpm", ["pack", "--pack-destination", out], { cwd: join(root, "packages", dir), stdio: "ignore" });
    const made = readdirSync(out).find((f) => !before.has(f));
    if (!made) throw new Error(`pnpm pack made nothing for ${dir}`);
    tarballs[dir] = join(out, made);
  }
  return tarballs;
}
