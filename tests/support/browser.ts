/**
 * Which Chromium the browser tests drive, in this order:
 * 1. CHROMIUM_PATH, when set (a CI image's Chrome, a developer's own build);
 * 2. a system Chromium or Chrome on PATH (Debian's `chromium`, …);
 * 3. the one `pnpm install` brought: @sparticuz/chromium ships a headless Chromium inside the npm package
 *    (Brotli-packed, unpacked to a temporary folder on first use), so a bare machine that reaches only the
 *    npm registry still has a browser, with no download from anywhere else. It was chosen over puppeteer
 *    and `playwright install`, which both download their browser from a CDN at install time (refused here).
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

export interface BrowserChoice {
  executablePath: string;
  /** Extra flags this build needs. */
  args: string[];
  /** Said in the test log, so a run tells which browser it used. */
  description: string;
}

/**
 * @sparticuz/chromium's flags that a test must not run with: no web security (every cross-origin request
 * would pass, so CORS would never be exercised), and one process (that Chromium ends with the first page
 * closed).
 */
const DROPPED = new Set(["--disable-web-security", "--disable-site-isolation-trials", "--single-process"]);

const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

export async function findBrowser(): Promise<BrowserChoice> {
  if (process.env.CHROMIUM_PATH) {
    return { executablePath: process.env.CHROMIUM_PATH, args: [], description: `CHROMIUM_PATH (${process.env.CHROMIUM_PATH})` };
  }
  for (const name of SYSTEM_NAMES) {
    const path = onPath(name);
    if (path) return { executablePath: path, args: [], description: `the system's ${name} (${path})` };
  }
  const { default: packaged } = await import("@sparticuz/chromium");
  return {
    executablePath: await packaged.executablePath(),
    args: packaged.args.filter((flag) => !DROPPED.has(flag)),
    description: "@sparticuz/chromium from node_modules (no system browser found)",
  };
}
