import type { Output } from "./io.ts";

/** A live line on stderr while paging (`--all` on a terminal); silent when stderr is not a terminal. */
export interface Progress {
  page(jobs: number): void;
  done(): void;
}

const SILENT: Progress = { page() {}, done() {} };

export function createProgress(err: Output, enabled: boolean, now: () => number = () => performance.now()): Progress {
  if (!enabled || err.isTTY !== true) return SILENT;
  const started = now();
  let pages = 0;
  let jobs = 0;
  return {
    page(count) {
      pages++;
      jobs += count;
      const seconds = Math.max((now() - started) / 1000, 0.001);
      const rate = Math.round(jobs / seconds).toLocaleString("en-US");
      err.write(`\r\u001b[2K${pages.toLocaleString("en-US")} pages, ${jobs.toLocaleString("en-US")} jobs, ${rate} jobs/s`);
    },
    done() {
      err.write("\r\u001b[2K");
    },
  };
}
