import { EXIT, UsageError } from "./errors.ts";
import type { Io } from "./io.ts";

/**
 * Everything piped to stdin, as text: decoded by one streaming decoder, so a character split across two
 * chunks arrives whole, and refused when it is not UTF-8 rather than changed into U+FFFD.
 */
export async function readStdin(io: Io): Promise<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let text = "";
  try {
    for await (const chunk of io.stdin) text += typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    return text + decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) throw new UsageError("stdin is not UTF-8 text: nothing was sent.");
    throw error;
  }
}

/** Asks on the terminal for one line, echoed as typed. */
export async function readLine(io: Io, question: string): Promise<string> {
  const { createInterface } = await import("node:readline/promises");
  const lines = createInterface({ input: io.stdin, output: io.stderr as NodeJS.WritableStream, terminal: false });
  try {
    io.stderr.write(question);
    for await (const line of lines) return line.trim();
    return "";
  } finally {
    lines.close();
  }
}

/** Asks on the terminal without echoing what is typed (backspace works, Ctrl-C cancels). */
export function readSecret(io: Io, question: string): Promise<string> {
  const { stdin } = io;
  if (!stdin.isTTY || !stdin.setRawMode) {
    return Promise.reject(new UsageError("No terminal to ask for the key on: pipe it in with --api-key-stdin."));
  }
  // Echo off before the question shows: a key typed or pasted the moment it appears must not be echoed.
  stdin.setRawMode(true);
  stdin.resume();
  io.stderr.write(question);
  return new Promise((resolve, reject) => {
    let secret = "";
    const finish = (error?: Error) => {
      stdin.removeListener("data", onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      io.stderr.write("\n");
      if (error) reject(error);
      else resolve(secret.trim());
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString()) {
        if (char === "\r" || char === "\n") return finish();
        if (char === "\u0003") return finish(Object.assign(new Error("Cancelled."), { exitCode: EXIT.interrupted }));
        if (char === "\u007f" || char === "\b") secret = secret.slice(0, -1);
        else if (char >= " ") secret += char;
      }
    };
    stdin.on("data", onData);
  });
}
