import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { diffSpecs, hasMajorChangeset, report } from "../scripts/spec-diff.mjs";

const root = join(import.meta.dirname, "..");
const fixtures = join(import.meta.dirname, "fixtures/spec-diff");
const load = (name: string) => parse(readFileSync(join(fixtures, `${name}.yaml`), "utf8"));
const base = load("base");

/** What spec:diff says of base → fixture, as "where: what" lines split by kind. */
function diff(name: string) {
  const changes = diffSpecs(base, load(name));
  return {
    breaking: changes.filter((c) => c.breaking).map((c) => `${c.where}: ${c.what}`),
    other: changes.filter((c) => !c.breaking).map((c) => `${c.where}: ${c.what}`),
  };
}

const RESPONSE = "GET /list-jobs → 200.jobs[]";

describe("spec:diff classifies each rule's change", () => {
  test.each([
    ["removed-operation", ["GET /list-jobs: operation removed"]],
    ["moved-operation", ["GET /list-jobs: operation moved to GET /jobs"]],
    ["renamed-operation-id", ["GET /list-jobs: operationId renamed listJobs → listAllJobs"]],
    ["removed-parameter", ["GET /list-jobs parameter cursor: parameter removed"]],
    ["new-required-parameter", ["GET /list-jobs parameter project: new required parameter"]],
    ["parameter-now-required", ["GET /list-jobs parameter limit: parameter now required"]],
    ["narrowed-parameter", ["GET /list-jobs parameter limit: maximum 100 → 50 (narrowed)"]],
    ["removed-field", [`${RESPONSE}.name: field removed`]],
    ["renamed-field", [`${RESPONSE}.name: field removed`]],
    ["changed-field-type", [`${RESPONSE}.job_cost: type widened in a response: now also string`]],
    ["made-nullable", [`${RESPONSE}.name: made nullable in a response`]],
    ["field-no-longer-required", [`${RESPONSE}.name: no longer required in a response`]],
    ["removed-enum-value", [`${RESPONSE}.status: enum value "FAILED" removed`]],
    ["removed-schema", ["components.schemas.Error: schema removed (its exported type goes with it)"]],
  ])("%s is breaking", (name, expected) => {
    expect(diff(name).breaking).toEqual(expected);
  });

  test.each([
    ["added-optional-parameter", ["GET /list-jobs parameter status: new optional parameter"]],
    ["relaxed-parameter", ["GET /list-jobs parameter limit: maximum 100 → 200"]],
    ["added-field", [`${RESPONSE}.model: field added`]],
    ["added-operation", ["GET /jobs/{job_id}: operation added"]],
    ["added-enum-value", [`${RESPONSE}.status: enum value "CANCELLED" added`]],
    ["description-only", []],
  ])("%s is not breaking", (name, expected) => {
    const { breaking, other } = diff(name);
    expect(breaking).toEqual([]);
    expect(other).toEqual(expected);
  });

  test("the report lists breaking changes first, readably", () => {
    const text = report(diffSpecs(base, load("renamed-field")));
    expect(text).toBe(
      `Breaking changes (1):\n  ✗ ${RESPONSE}.name: field removed\nNon-breaking changes (1):\n  ✓ ${RESPONSE}.title: field added`,
    );
  });
});

describe("pnpm spec:diff as CI runs it", () => {
  const script = join(root, "scripts/spec-diff.mjs");

  test("the current spec has no breaking change against the last released one", () => {
    const result = spawnSync("node", [script], { cwd: root, encoding: "utf8" });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  test("a breaking change fails, saying how to allow it", () => {
    const none = mkdtempSync(join(tmpdir(), "changesets-"));
    const result = spawnSync("node", [script, join(fixtures, "base.yaml"), join(fixtures, "removed-field.yaml"), "--changesets", none], {
      cwd: root,
      encoding: "utf8",
    });
    rmSync(none, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Breaking changes (1):");
    expect(result.stderr).toMatch(/add one with `pnpm changeset` \(choose major for @sutro\/jobs\)/);
  });

  test("a changeset declaring a major release of @sutro/jobs allows it; a minor one does not", () => {
    const dir = mkdtempSync(join(tmpdir(), "changesets-"));
    try {
      writeFileSync(join(dir, "README.md"), "# Changesets\n");
      writeFileSync(join(dir, "brave-cats.md"), '---\n"@sutro/jobs": minor\n"@sutro/jobs-cli": major\n---\n\nAdd a field.\n');
      expect(hasMajorChangeset(dir)).toBe(false);
      writeFileSync(join(dir, "bold-dogs.md"), '---\n"@sutro/jobs": major\n---\n\nRemove Job.name.\n');
      expect(hasMajorChangeset(dir)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
