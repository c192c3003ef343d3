import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import type { Host } from "./ambient.ts";

/** Environment and files through Node's APIs, which Bun implements too. */
export const nodeHost: Host = {
  env: (name) => process.env[name],
  readTextFile(path) {
    try {
      return readFileSync(path, "utf8");
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === "ENOENT" || code === "ENOTDIR") return undefined;
      throw error;
    }
  },
  // $HOME first, as Node's homedir() does; Bun's homedir() caches it at start-up.
  homeDir: () => process.env.HOME || process.env.USERPROFILE || homedir(),
};

/** Node's and Bun's timers are objects that can stop holding the process open. */
export const nodeUnrefTimer = (timer: unknown): void => {
  (timer as { unref(): void }).unref();
};
