import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { parse, stringify } from "yaml";
import { DENO } from "./support/deno.ts";
import { typecheckFiles } from "./support/typecheck.ts";

const root = join(import.meta.dirname, "..");
// Inside the repo (git-ignored) so that type-checking resolves the installed packages.
mkdirSync(join(root, ".artifacts"), { recursive: true });
const work = mkdtempSync(join(root, ".artifacts", "codegen-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function typecheck(dir: string, program: string): { ok: boolean; output: string } {
  writeFileSync(join(dir, "program.ts"), program);
  return typecheckFiles(dir, ["program.ts"], {
    allowImportingTsExtensions: true,
    paths: { "openapi-fetch": [join(root, "packages/jobs/node_modules/openapi-fetch/dist/index.d.mts")] },
  });
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

describe("a new operation in the spec", () => {
  // The copy of the SDK sits in packages/jobs, so its imports (openapi-fetch) resolve as the real one's do.
  const sdk = mkdtempSync(join(root, "packages/jobs/.propagation-"));
  afterAll(() => rmSync(sdk, { recursive: true, force: true }));

  const program = (entry: string) => `import { NotFoundError, Sutro } from ${JSON.stringify(entry)};

// A deployment that has the new endpoint: one job with labels, any other id unknown.
const fetch = async (input: string | Request) => {
  const url = String(input instanceof Request ? input.url : input);
  return url.endsWith("/v1/jobs/batch_job_1/labels")
    ? new Response(JSON.stringify({ labels: ["urgent", "billing"] }), { headers: { "content-type": "application/json" } })
    : new Response(JSON.stringify({ detail: "Job not found." }), { status: 404, headers: { "content-type": "application/json" } });
};

export async function run(): Promise<string> {
  const sutro = new Sutro({ apiURL: "https://acme.sutro.example", apiKey: "sk_test", fetch, validate: true, logLevel: "off" });
  const { labels } = await sutro.api.getJobLabels({ path: { job_id: "batch_job_1" } });
  const first: string | undefined = labels[0];
  let missing = "no error";
  try {
    await sutro.api.getJobLabels({ path: { job_id: "batch_job_2" } });
  } catch (error) {
    if (error instanceof NotFoundError) missing = \`NotFoundError \${error.status}\`;
  }
  return JSON.stringify({ first, count: labels.length, missing });
}
`;

  test("becomes sutro.api.<operationId> after pnpm generate: typed, validated, with typed errors, on Node, Deno and Bun", async () => {
    cpSync(join(root, "packages/jobs/src"), join(sdk, "src"), { recursive: true });
    cpSync(join(root, "spec"), join(sdk, "spec"), { recursive: true });
    const specPath = join(sdk, "spec/openapi.yaml");
    const document = parse(readFileSync(specPath, "utf8"));
    document.components.schemas.JobLabels = {
      title: "JobLabels",
      type: "object",
      required: ["labels"],
      properties: { labels: { type: "array", items: { type: "string" } } },
    };
    document.paths["/jobs/{job_id}/labels"] = {
      get: {
        operationId: "getJobLabels",
        tags: ["Jobs"],
        summary: "A job's labels",
        parameters: [{ $ref: "#/components/parameters/JobId" }],
        responses: {
          "200": { description: "The labels", content: { "application/json": { schema: { $ref: "#/components/schemas/JobLabels" } } } },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
    };
    writeFileSync(specPath, stringify(document));
    execFileSync("node", ["scripts/generate.mjs", "--spec", specPath, "--out", join(sdk, "src/generated")], { cwd: root });

    // The program type-checks against the regenerated SDK: the new method, its arguments and its result are typed.
    writeFileSync(join(sdk, "program.ts"), program("./src/node.ts"));
    const misuse = program("./src/node.ts").replace('{ job_id: "batch_job_1" }', "{ job_id: 1 }");
    writeFileSync(join(sdk, "misuse.ts"), misuse);
    const options = {
      allowImportingTsExtensions: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      lib: ["ES2023", "DOM", "DOM.Iterable"],
      types: ["node"],
    };
    expect(typecheckFiles(sdk, ["program.ts"], options).output).toBe("");
    expect(typecheckFiles(sdk, ["misuse.ts"], options).output).toMatch(/misuse\.ts.*TS2322/);

    const expected = { first: "urgent", count: 2, missing: "NotFoundError 404" };
    const node = await import(join(sdk, "program.ts"));
    expect(JSON.parse(await node.run())).toEqual(expected);
    for (const [runtime, entry, command] of [
      ["deno", "./src/deno.ts", [DENO, "run", "--allow-read", "--allow-env"]],
      ["bun", "./src/bun.ts", [join(root, "node_modules/.bin/bun")]],
    ] as const) {
      writeFileSync(join(sdk, `${runtime}.ts`), `${program(entry)}\nconsole.log(await run());\n`);
      const [bin, ...args] = command;
      const result = spawnSync(bin, [...args, join(sdk, `${runtime}.ts`)], {
        cwd: sdk,
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", HOME: sdk },
      });
      expect(result.stderr).toBe("");
      expect(JSON.parse(result.stdout)).toEqual(expected);
    }
  }, 60_000);
});
