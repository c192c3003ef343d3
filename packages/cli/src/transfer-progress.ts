/**
 * How a transfer's progress shows on stderr: on a terminal, a bar redrawn in place (bytes, percent, rate,
 * ETA); elsewhere (a CI log), a line each tenth of the bytes, so a log stays short.
 */
import type { DownloadProgress } from "@sutro/jobs";
import { bytes, duration } from "./format.ts";
import type { Io } from "./io.ts";

/** How often the progress bar is redrawn: often enough to look live, rarely enough to cost nothing. */
const REDRAW_MS = 100;
const BAR = 24;

/** One transfer's progress: `report` each update (a bar on a terminal, lines elsewhere), `end` once it is done. */
export interface TransferProgress {
  /** Whether stderr is a terminal, where the bar is drawn. */
  readonly live: boolean;
  /** The last update reported. */
  readonly last: DownloadProgress | undefined;
  report(progress: DownloadProgress): void;
  /** Draws the bar complete and ends its line (on a terminal; nothing elsewhere). */
  end(): void;
}

export function transferProgress(io: Io): TransferProgress {
  const live = io.stderr.isTTY === true;
  let last: DownloadProgress | undefined;
  const started = Date.now();
  let drawn = 0;
  const draw = ({ bytesDone, totalBytes }: DownloadProgress, final = false) => {
    const now = Date.now();
    if (!final && now - drawn < REDRAW_MS) return;
    drawn = now;
    const elapsed = Math.max(now - started, 1);
    const share = totalBytes > 0 ? bytesDone / totalBytes : 1;
    const filled = Math.round(share * BAR);
    const rate = (bytesDone / elapsed) * 1000;
    const eta = !final && rate > 0 && bytesDone < totalBytes ? `, ETA ${duration(((totalBytes - bytesDone) / rate) * 1000)}` : "";
    io.stderr.write(
      `\r\u001b[2K[${"#".repeat(filled)}${"-".repeat(BAR - filled)}] ${bytes(bytesDone)} / ${bytes(totalBytes)} (${Math.floor(share * 100)}%), ${bytes(rate)}/s${eta}`,
    );
  };
  // Off a terminal a redrawn bar would be noise: a line for each tenth passed, nine in all. One read can
  // pass several tenths (Bun reads far more at a time than Node), so each passed tenth gets its own line,
  // named by its own boundary: a log then reads the same whatever the runtime's read sizes.
  let tenths = 0;
  const log = ({ bytesDone, totalBytes }: DownloadProgress) => {
    const reached = totalBytes > 0 ? Math.min(Math.floor((bytesDone / totalBytes) * 10), 9) : 9;
    while (tenths < reached) {
      tenths += 1;
      io.stderr.write(`${bytes((totalBytes * tenths) / 10)} of ${bytes(totalBytes)} (${tenths * 10}%)\n`);
    }
  };
  return {
    live,
    get last() {
      return last;
    },
    report(progress) {
      last = progress;
      if (live) draw(progress);
      else log(progress);
    },
    end() {
      if (live && last) {
        draw(last, true);
        io.stderr.write("\n");
      }
    },
  };
}
