import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { schemas as generatedSchemas } from "../packages/jobs/src/generated/schemas.ts";
import { validate as sdkValidate } from "../packages/jobs/src/operations/validate.ts";
import { spec, validatorAt } from "./support/spec.ts";

const root = join(import.meta.dirname, "..");

/** Every (pointer to a schema, example value, example name) the spec holds, in media types and parameters. */
function examples(): { name: string; pointer: string; value: unknown }[] {
  const found: { name: string; pointer: string; value: unknown }[] = [];
  const visitContent = (content: Record<string, any>, at: string) => {
    for (const [type, media] of Object.entries(content)) {
      const pointer = `${at}/content/${type.replace("/", "~1")}/schema`;
      for (const [name, example] of Object.entries<any>(media.examples ?? {}))
        found.push({ name: `${at} ${name}`, pointer, value: example.value });
    }
  };
  for (const [path, item] of Object.entries<any>(spec.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const at = `#/paths/${path.replace(/\//g, "~1").replace(/[{}]/g, encodeURIComponent)}/${method}`;
      if (op.requestBody?.content) visitContent(op.requestBody.content, `${at}/requestBody`);
      for (const [code, response] of Object.entries<any>(op.responses)) {
        if (response.content) visitContent(response.content, `${at}/responses/${code}`);
      }
    }
  }
  for (const [name, response] of Object.entries<any>(spec.components.responses))
    visitContent(response.content, `#/components/responses/${name}`);
  for (const [name, parameter] of Object.entries<any>(spec.components.parameters)) {
    found.push({ name: `parameter ${name}`, pointer: `#/components/parameters/${name}/schema`, value: parameter.example });
  }
  return found;
}

describe("the spec", () => {
  test("every property of every schema has a description, which reaches editors' hovers", () => {
    const missing: string[] = [];
    const walk = (node: any, at: string) => {
      if (!node || typeof node !== "object") return;
      for (const [name, property] of Object.entries<any>(node.properties ?? {})) {
        if (!property.description) missing.push(`${at}.${name}`);
        walk(property, `${at}.${name}`);
      }
      for (const branch of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) walk(branch, at);
      walk(node.items, `${at}[]`);
    };
    for (const [name, schema] of Object.entries<any>(spec.components.schemas)) walk(schema, name);
    expect(missing).toEqual([]);
  });

  test("lints clean with Redocly's recommended rules: no errors, no warnings", () => {
    const out = execFileSync(join(root, "node_modules/.bin/redocly"), ["lint", "--config", "spec/redocly.yaml", "--format", "json"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    const report = JSON.parse(out.slice(out.indexOf("{")));
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  const all = examples();
  test("holds examples of both 200 shapes and of every error response", () => {
    const names = all.map((e) => e.name).join("\n");
    for (const part of [
      "page",
      "lastPage",
      "all",
      "Unauthorized",
      "UnprocessableEntity",
      "RateLimited",
      "ServerError",
      "Gone",
      "NotFound",
      "NotSucceeded",
      "BadRequest",
      "batch-inference/post/requestBody",
      "job-results/post/requestBody",
      "job-status~1%7Bjob_id%7D/get/responses/200 older",
    ]) {
      expect(names).toContain(part);
    }
  });

  test.each(all)("example $name validates against its schema", ({ pointer, value }) => {
    const validate = validatorAt(pointer);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  test.each(all.filter((e) => e.pointer.includes("/responses/")))(
    "the SDK's validator accepts the response example $name too",
    ({ pointer, value }) => {
      // Every response body in the spec names a component schema, which is what validate: true checks against.
      const schema = pointer
        .split("/")
        .slice(1)
        .reduce((at: any, key) => at?.[decodeURIComponent(key.replace(/~1/g, "/").replace(/~0/g, "~"))], spec) as { $ref?: string };
      expect(schema.$ref).toMatch(/^#\/components\/schemas\//);
      expect(sdkValidate(value, { $ref: schema.$ref as string }, generatedSchemas)).toEqual([]);
    },
  );

  test("the SDK's validator (validate: true) agrees with Ajv on every example and on broken ones", () => {
    const check = (value: unknown, name: string) => sdkValidate(value, { $ref: `#/components/schemas/${name}` }, generatedSchemas);
    const page = all.find((e) => e.name.endsWith(" page"))?.value as { jobs: Record<string, unknown>[] };
    expect(check(page, "JobPage")).toEqual([]);
    const broken = [
      { ...page, next_cursor: 5 },
      { ...page, jobs: "none" },
      { ...page, jobs: [{ ...page.jobs[0], job_priority: "high" }] },
      { ...page, jobs: [{ ...page.jobs[0], input_tokens: -1 }] },
      { jobs: page.jobs },
    ];
    for (const value of broken) {
      expect(check(value, "JobPage").length, JSON.stringify(value).slice(0, 80)).toBeGreaterThan(0);
      expect(validatorAt("#/components/schemas/JobPage")(value)).toBe(false);
    }
    // Any status string is valid; a number is not.
    expect(check("succeeded", "JobStatus")).toEqual([]);
    expect(check("SOMETHING_NEW", "JobStatus")).toEqual([]);
    expect(check(3, "JobStatus").length).toBeGreaterThan(0);
  });
});
