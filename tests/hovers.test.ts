import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, expect, test } from "vitest";

const root = join(import.meta.dirname, "..");
// Inside packages/jobs, so `@sutro/jobs` resolves to the built package as in a user's project.
const work = mkdtempSync(join(root, "packages/jobs/.guides-hovers-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SOURCE = `import { Sutro } from "@sutro/jobs";
const sutro = new Sutro();
const got = await sutro.jobs.get("batch_job_12345");
got.status; got.num_rows;
for await (const iterated of sutro.jobs.iterate()) { iterated.status; iterated.num_rows; }
const page = await sutro.jobs.list({ limit: 1 });
const listed = page.jobs[0];
listed?.status; listed?.num_rows;
const quota = (await sutro.quotas())[0];
quota?.row_quota;
const link = await sutro.jobs.resultsURL("batch_job_12345");
link.artifact.size_bytes; link.urls.get;
export {};
`;

/** What an editor shows on hover at each `.name` in the source: the documentation, through TypeScript's language service. */
function hovers(name: string): string[] {
  const file = join(work, "hover.mts");
  writeFileSync(file, SOURCE);
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    types: [],
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
  };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (path) => (ts.sys.fileExists(path) ? ts.ScriptSnapshot.fromString(readFileSync(path, "utf8")) : undefined),
    getCurrentDirectory: () => work,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host);
  const found: string[] = [];
  for (let at = SOURCE.indexOf(`.${name}`); at !== -1; at = SOURCE.indexOf(`.${name}`, at + 1)) {
    const info = service.getQuickInfoAtPosition(file, at + 1);
    // openapi-typescript writes a field's description as a @description tag: editors show tags with the text.
    const tags = (info?.tags ?? []).map((tag) => ts.displayPartsToString(tag.text ?? []));
    found.push([ts.displayPartsToString(info?.documentation ?? []), ...tags].filter(Boolean).join("\n"));
  }
  return found;
}

test("hovers over a job's status and num_rows show their description, from get(), iterate() and a list page", () => {
  const status = hovers("status");
  expect(status).toHaveLength(3);
  for (const text of status) expect(text).toMatch(/QUEUED, STARTING, RUNNING, then SUCCEEDED, FAILED or CANCELLED/);
  const rows = hovers("num_rows");
  expect(rows).toHaveLength(3);
  for (const text of rows) expect(text).toMatch(/How many inputs \(rows\) the job has/);
});

test("hovers over a quota's and a results-url answer's fields show their description", () => {
  expect(hovers("row_quota")).toEqual([expect.stringMatching(/rows \(inputs\) this priority may run/)]);
  expect(hovers("size_bytes")).toEqual([expect.stringMatching(/complete when it has this many/)]);
  expect(hovers("get")).toEqual([expect.stringMatching(/One job, by id/), expect.stringMatching(/Presigned GET of the file/)]);
});

test("every property of the resources users hold (Job, SamplingParams, Quota, ResultsUrl) has a description in the spec", async () => {
  const { parse } = await import("yaml");
  const spec = parse(readFileSync(join(root, "spec/openapi.yaml"), "utf8"));
  const undescribed: string[] = [];
  const walk = (node: Record<string, unknown>, path: string) => {
    for (const [name, value] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      if (value.description === undefined) undescribed.push(`${path}.${name}`);
      walk(value, `${path}.${name}`);
    }
  };
  for (const name of ["Job", "SamplingParams", "Quota", "ResultsUrl"]) walk(spec.components.schemas[name], name);
  expect(undescribed).toEqual([]);
});
