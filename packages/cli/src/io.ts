/** The streams and environment a command runs with: the real process in the bin, anything in tests. */
export interface Output {
  write(chunk: string): boolean;
  once(event: "drain", listener: () => void): unknown;
  isTTY?: boolean;
}

export interface Io {
  stdout: Output;
  stderr: Output;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  env: Record<string, string | undefined>;
}

/** Writes, waiting for the stream to drain when it asks to, so a million jobs never pile up in memory. */
export function write(out: Output, chunk: string): Promise<void> | undefined {
  if (out.write(chunk)) return undefined;
  return new Promise((resolve) => out.once("drain", () => resolve()));
}

/**
 * Whether to colour: never with NO_COLOR (https://no-color.org); with FORCE_COLOR, as it says ("0" or
 * "false" off, anything else on, even off a terminal); never on TERM=dumb; else only on a terminal.
 */
export function colorEnabled(io: Io): boolean {
  const { NO_COLOR, FORCE_COLOR, TERM } = io.env;
  if (NO_COLOR) return false;
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== "") return FORCE_COLOR !== "0" && FORCE_COLOR !== "false";
  if (TERM === "dumb") return false;
  return io.stdout.isTTY === true;
}
