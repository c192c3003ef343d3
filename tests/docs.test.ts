import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { anchor, GUIDES } from "../scripts/codegen.mjs";
import { findBrowser } from "./support/browser.ts";

const root = join(import.meta.dirname, "..");
const artifacts = join(root, ".artifacts");
const pageURL = pathToFileURL(join(root, "docs/index.html")).href;
let browser: Browser;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  const choice = await findBrowser();
  console.log(`docs test: driving ${choice.description}`);
  // The flags keep the browser from calling home.
  browser = await chromium.launch({
    executablePath: choice.executablePath,
    args: [
      ...choice.args,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on("request", (request) => requested.push(request.url()));
  await page.goto(`${pageURL}#/jobs/listjobs`, { waitUntil: "load" });
  await page.getByRole("heading", { name: "List jobs" }).waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const body = () => page.locator("body").innerText();

describe("docs/index.html in a real browser, opened from disk", () => {
  test("shows the List jobs operation with its limit and cursor parameters", async () => {
    const text = await body();
    expect(text).toMatch(/GET\s+\/list-jobs/);
    expect(text).toMatch(/limit\s+integer, \[ 1 \.\. 100 \]/);
    expect(text).toMatch(/cursor\s+string, non-empty/);
  });

  test("shows both 200 response shapes, JobPage and JobList", async () => {
    const text = await body();
    expect(text).toMatch(/Responses[\s\S]*200[\s\S]*(One|Any) of:\s+JobPage\s+JobList/);
    expect(text).toContain("next_cursor");
    await page.getByRole("tab", { name: "JobList", exact: true }).click();
    expect(await body()).toMatch(/Every job at once, the response when limit is absent\.[\s\S]*message/);
  });

  test("names the deployment server under /v1 and the key check, and explains that keys belong to a deployment", async () => {
    await page.goto(pageURL);
    await page
      .getByText(/Each customer has a deployment of their own/)
      .first()
      .waitFor();
    expect(await body()).toContain("https://{deployment}/v1");
    await page.goto(`${pageURL}#/account/tryauthentication`);
    await page.getByRole("heading", { name: "Check a key" }).waitFor();
    expect(await body()).toMatch(/GET\s+\/try-authentication/);
    await page.goto(`${pageURL}#/jobs/listjobs`);
    await page.getByRole("heading", { name: "List jobs" }).waitFor();
  });

  /** What each operation's first sample calls: the SDK's own method. */
  const SAMPLE_METHODS: Record<string, string> = {
    createjob: "await sutro.jobs.create(",
    getjob: "await sutro.jobs.get(",
    getjobstatus: "await sutro.jobs.status(",
    streamjobprogress: "for await (const update of sutro.jobs.progress(",
    canceljob: "await sutro.jobs.cancel(",
    getjobresults: "await sutro.jobs.results(",
    getresultsurl: "await sutro.jobs.resultsURL(",
    getquotas: "await sutro.quotas(",
    tryauthentication: "await sutro.checkAuth(",
  };

  test("renders every operation, each with its SDK, generated-call and curl samples", async () => {
    const operations: [string, string, string][] = [
      ["jobs", "createjob", "Create a job"],
      ["jobs", "getjob", "Get a job"],
      ["jobs", "getjobstatus", "Get a job's status"],
      ["jobs", "streamjobprogress", "Stream a job's progress"],
      ["jobs", "canceljob", "Cancel a job"],
      ["jobs", "getjobresults", "Get a job's results"],
      ["jobs", "getresultsurl", "Get a download link for a job's results"],
      ["account", "getquotas", "Get quotas"],
      ["account", "tryauthentication", "Check a key"],
    ];
    for (const [tag, id, summary] of operations) {
      await page.goto(`${pageURL}#/${tag}/${id}`);
      // Redoc reads the hash on load: a reload shows the operation asked for.
      await page.reload();
      await page.getByRole("heading", { name: summary }).first().waitFor();
      // The TypeScript sample is the one shown first; curl is the other choice of the same panel.
      expect(await body(), summary).toContain(SAMPLE_METHODS[id] as string);
    }
    // The language is chosen once for the whole page: from the first operation's panel, at the top.
    await page.goto(`${pageURL}#/jobs/listjobs`);
    await page.reload();
    await page.getByRole("heading", { name: "List jobs" }).first().waitFor();
    const choose = async (from: string, to: string) => {
      await page.getByRole("button", { name: from }).first().click();
      // The menu may open outside the viewport; a click event is what it answers to.
      await page.getByRole("menuitem", { name: to }).first().dispatchEvent("click");
    };
    expect(await body()).toContain("await sutro.jobs.list(");
    await choose("TypeScript", "curl");
    expect(await body()).toMatch(/curl "\$SUTRO_API_URL\/list-jobs/);
    expect(await body()).not.toContain("await sutro.");
    await choose("curl", "TypeScript (sutro.api)");
    expect(await body()).toContain("await sutro.api.listJobs(");
    await choose("TypeScript (sutro.api)", "TypeScript");
    expect(await body()).toContain("await sutro.jobs.list(");
    await page.goto(`${pageURL}#/jobs/listjobs`);
    await page.getByRole("heading", { name: "List jobs" }).waitFor();
  });

  test("documents the Key auth scheme of the Authorization header", async () => {
    await page.getByText("View security details").first().click();
    await page.getByText("Header parameter name:").waitFor();
    const text = await body();
    expect(text).toMatch(/apiKey\s+The API key, prefixed by the scheme word Key and a space: Authorization: Key sk_live_/);
    expect(text).toMatch(/Header parameter name:\s*Authorization/);
    await page.reload();
    await page.getByRole("heading", { name: "List jobs" }).waitFor();
  });

  test("carries the guides as sections of the page, with working links between them, and local images", async () => {
    const text = await body();
    for (const title of [
      "Getting started",
      "Pagination and resuming",
      "Errors, retries and timeouts",
      "The sutro-jobs CLI",
      "Regenerating after a spec change",
    ]) {
      expect(text).toContain(title);
    }
    // A link written between guides as (errors-retries-timeouts.md) leads to that section of the page.
    await page.goto(`${pageURL}#/pagination-and-resuming/every-job-a-page-at-a-time`);
    await page.locator("a[href='#/errors-retries-and-timeouts']", { hasText: /^errors, retries and timeouts$/ }).click();
    await expect.poll(() => page.url()).toMatch(/#\/errors-retries-and-timeouts$/);
    // Redoc renders the section after the navigation: wait for it rather than count at once.
    await page.getByText("What is retried", { exact: true }).first().waitFor({ timeout: 10_000 });
    expect(await page.getByText("What is retried", { exact: true }).count()).toBeGreaterThan(0);

    for (const [alt, src] of [
      ["Sutro Jobs", "logo.svg"],
      ["redocly logo", "redocly.svg"],
    ]) {
      const image = page.locator(`img[alt='${alt}']`).first();
      expect(await image.getAttribute("src")).toBe(src);
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    }
  });

  test("shows every guide's code blocks highlighted, wrapped in the text column rather than clipped, and as written", async () => {
    for (const name of GUIDES) {
      const markdown = readFileSync(join(root, "docs/guides", `${name}.md`), "utf8");
      const title = /^# (.+)$/m.exec(markdown)?.[1] as string;
      const written = [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
        language: m[1],
        code: (m[2] as string).replace(/\n$/, ""),
      }));
      await page.goto(`${pageURL}${anchor(title)}`);
      await page.reload();
      await page.getByRole("heading", { name: title }).first().waitFor();
      // The page renders a section's later parts as they scroll into view: scroll until every block was seen.
      const seen = new Map<string, { code: string; clipped: boolean; tokens: number; keyword: string | null; text: string }>();
      // Other guides' blocks are on the page too: stop on this guide's, not on a count that theirs can fill.
      const allSeen = () => written.every(({ code }) => seen.has(code));
      for (let step = 0; step < 60 && !allSeen(); step++) {
        const now = await page.locator("pre.guide-code").evaluateAll((pres) =>
          pres.map((pre) => ({
            code: pre.textContent ?? "",
            // Nothing hidden past the right edge of the column: the block is no wider than its box.
            clipped: pre.scrollWidth > pre.clientWidth,
            tokens: pre.querySelectorAll("[class^='hljs-']").length,
            keyword: pre.querySelector(".hljs-keyword") ? getComputedStyle(pre.querySelector(".hljs-keyword") as Element).color : null,
            text: getComputedStyle(pre).color,
          })),
        );
        for (const block of now) seen.set(block.code, block);
        await page.mouse.wheel(0, 600);
        await page.waitForTimeout(100);
      }
      const shown = written.map(({ code }) => seen.get(code));
      for (const [i, block] of shown.entries()) {
        const { language } = written[i] as { language: string; code: string };
        // Found by its text: every character as the guide wrote it, spaces and blank lines included, so a copied sample runs.
        expect(block, `${name} block ${i + 1}: not on the page as written`).toBeDefined();
        if (!block) continue;
        expect(block.clipped, `${name} block ${i + 1}`).toBe(false);
        if (language === "ts") {
          expect(block.tokens, `${name} block ${i + 1}`).toBeGreaterThan(0);
          expect(block.keyword, `${name} block ${i + 1}`).not.toBe(block.text);
        }
      }
    }
  }, 120_000);

  test("sends no request outside file:, and leaves a screenshot for CI", async () => {
    await page.goto(`${pageURL}#/jobs/listjobs`);
    await page.getByRole("heading", { name: "List jobs" }).waitFor();
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "docs.png") });
    expect(requested.filter((url) => url.startsWith("file:")).length).toBeGreaterThan(2);
    // blob: URLs are workers Redoc builds in the page from its own inlined code: nothing leaves the machine.
    expect(requested.filter((url) => !url.startsWith("file:") && !url.startsWith("blob:"))).toEqual([]);
  });
});
