import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { afterEach, expect, test } from "vitest";
import { findBrowser } from "./support/browser.ts";

const saved = { PATH: process.env.PATH, CHROMIUM_PATH: process.env.CHROMIUM_PATH };
afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.CHROMIUM_PATH === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved.CHROMIUM_PATH;
});

test("with no system browser and no CHROMIUM_PATH, the packaged Chromium renders the docs", async () => {
  // A bare machine: nothing on PATH but node itself.
  process.env.PATH = dirname(process.execPath);
  delete process.env.CHROMIUM_PATH;
  const choice = await findBrowser();
  expect(choice.description).toMatch(/^@sparticuz\/chromium/);
  const browser = await chromium.launch({
    executablePath: choice.executablePath,
    args: [...choice.args, "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${pathToFileURL(join(import.meta.dirname, "../docs/index.html")).href}#/jobs/listjobs`);
    await page.getByRole("heading", { name: "List jobs" }).waitFor({ timeout: 20_000 });
  } finally {
    await browser.close();
  }
}, 60_000);

test("CHROMIUM_PATH comes first, then a browser on PATH", async () => {
  process.env.CHROMIUM_PATH = "/opt/some/chrome";
  expect((await findBrowser()).executablePath).toBe("/opt/some/chrome");
  delete process.env.CHROMIUM_PATH;
  process.env.PATH = join(import.meta.dirname, "fixtures/fake-browser");
  expect((await findBrowser()).executablePath).toBe(join(import.meta.dirname, "fixtures/fake-browser/chromium"));
});
