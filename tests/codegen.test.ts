import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { parse, stringify } from "yaml";

const root = join(import.meta.dirname, "..");
const tsc = join(root, "node_modules/.bin/tsc");
// Inside the repo (git-ignored) so that type-checking resolves the installed packages.
mkdirSync(join(root, ".artifacts"), { recursive: true });
const work = mkdtempSync(join(root, ".artifacts", "codegen-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function typecheck(dir: string, program: string): { ok: boolean; output: string } {
  writeFileSync(join(dir, "program.ts"), program);
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
        allowImportingTsExtensions: true,
        skipLibCheck: true,
        types: [],
        paths: { "openapi-fetch": [join(root, "packages/jobs/node_modules/openapi-fetch/dist/index.d.mts")] },
      },
      files: ["program.ts"],
    }),
  );
  const result = spawnSync(tsc, ["-p", join(dir, "tsconfig.json")], { encoding: "utf8" });
  return { ok: result.status === 0, output: result.stdout + result.stderr };
}

describe("pnpm generate", () => {
  test("the committed generated files equal a fresh generation", () => {
    const out = execFileSync("node", ["scripts/generate.mjs", "--check"], { cwd: root, encoding: "utf8" });
    expect(out).toContain("generated files are fresh");
  });

  test("--check fails, naming the file, when a generated file was edited by hand", () => {
    const copy = join(work, "drift");
    cpSync(join(root, "packages/jobs/src/generated"), copy, { recursive: true });
    writeFileSync(join(copy, "openapi.ts"), `${readFileSync(join(copy, "openapi.ts"), "utf8")}\n// hand edit\n`);
    const result = spawnSync("node", ["scripts/generate.mjs", "--check", "--spec", "spec/openapi.yaml", "--out", copy], {
      cwd: root,
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/drift: .*openapi\.ts differs/);
  });

  test("JobStatus autocompletes the known values yet accepts any string", () => {
    const dir = join(work, "status");
    mkdirSync(dir);
    const types = join(root, "packages/jobs/src/generated/openapi.ts");
    const ok = typecheck(
      dir,
      `import type { components } from ${JSON.stringify(types)};
type S = components["schemas"]["JobStatus"];
const known: S = "SUCCEEDED"; const lower: S = "succeeded"; const future: S = "ARCHIVED";
// The known literals survive in the type, which is what editors complete from.
type Known = Extract<S, "SUCCEEDED" | "FAILED" | "CANCELLED">;
const terminal: Known[] = ["SUCCEEDED", "FAILED", "CANCELLED"];
export { known, lower, future, terminal };`,
    );
    expect(ok.output).toBe("");
    const bad = typecheck(
      dir,
      `import type { components } from ${JSON.stringify(types)};\nconst n: components["schemas"]["JobStatus"] = 3;\nexport { n };`,
    );
    expect(bad.ok).toBe(false);
  });

  test("a spec change (new field, new endpoint) reaches the types, and misuse fails to type-check", () => {
    const dir = join(work, "propagation");
    cpSync(join(root, "spec"), join(dir, "spec"), { recursive: true });
    const specPath = join(dir, "spec/openapi.yaml");
    const document = parse(readFileSync(specPath, "utf8"));
    document.components.schemas.Job.properties.priority_label = { type: "string", description: "added by the test" };
    document.components.schemas.Job.required.push("priority_label");
    document.paths["/jobs/{job_id}"] = {
      get: {
        operationId: "getJob",
        summary: "Get one job",
        parameters: [{ name: "job_id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "The job", content: { "application/json": { schema: { $ref: "#/components/schemas/Job" } } } } },
      },
    };
    writeFileSync(specPath, stringify(document));
    execFileSync("node", ["scripts/generate.mjs", "--spec", specPath, "--out", join(dir, "out")], { cwd: root });
    const types = JSON.stringify(join(dir, "out/openapi.ts"));

    const good = typecheck(
      dir,
      `import createClient from "openapi-fetch";
import type { components, paths } from ${types};
const client = createClient<paths>({ baseUrl: "https://your-sutro-deployment.example.com/v1" });
export async function use(): Promise<string> {
  const { data } = await client.GET("/jobs/{job_id}", { params: { path: { job_id: "batch_job_1" } } });
  const job: components["schemas"]["Job"] | undefined = data;
  return job?.priority_label ?? "";
}`,
    );
    expect(good.output).toBe("");

    const misuse = typecheck(
      dir,
      `import createClient from "openapi-fetch";
import type { paths } from ${types};
const client = createClient<paths>({ baseUrl: "https://your-sutro-deployment.example.com/v1" });
export async function misuse(): Promise<number> {
  const { data } = await client.GET("/jobs/{job_id}", { params: { path: { job_id: 42 } } });
  return data?.priority_label ?? 0;
}`,
    );
    expect(misuse.ok).toBe(false);
    expect(misuse.output).toMatch(/program\.ts\(5,.*TS2322/);
    expect(misuse.output).toMatch(/program\.ts\(6,.*TS2322/);
  });
});
