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

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colorEnabled(io: Io): boolean {
  return io.stdout.isTTY === true && !io.env.NO_COLOR;
}
