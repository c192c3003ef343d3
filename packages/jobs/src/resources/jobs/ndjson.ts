import { MalformedResponseError } from "../../errors/errors.ts";
import { flatten } from "./flatten.ts";

/** The longest line the parser holds: a line past it is an error, not an ever-growing allocation. */
export const MAX_LINE_CHARS = 1 << 20;

/** A line worth parsing: not empty, not only whitespace; a CR of a CRLF ending removed. */
function content(line: string): string | undefined {
  const text = line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
  // Only a line that starts with whitespace can be all whitespace: the common line skips trim().
  if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === "")) return undefined;
  return text;
}

/**
 * The lines of a byte stream, a batch per chunk as it arrives: a line split across chunks, several lines
 * in one chunk, a final line without a newline and CRLF endings are all handled; empty lines are skipped,
 * but a chunk of nothing else still yields its (empty) batch: any byte received is a sign of life, and a
 * reader's idle timer must hear of a heartbeat of blank lines.
 * Batches, because a fast stream carries thousands of lines a chunk and each `await` costs more than a
 * line's parse. Memory stays that of the longest line, however long the stream runs.
 */
export async function* lineBatches(
  body: ReadableStream<Uint8Array>,
  maxChars: number = MAX_LINE_CHARS,
): AsyncGenerator<string[], void, undefined> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let rest = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      const parts = (rest + (done ? decoder.decode() : decoder.decode(value, { stream: true }))).split("\n");
      rest = done ? "" : (parts.pop() as string);
      if (rest.length > maxChars) {
        throw new MalformedResponseError(`A line of the stream is longer than ${maxChars} characters; stopped rather than hold it.`);
      }
      const batch: string[] = [];
      for (const part of parts) {
        const line = content(part);
        if (line !== undefined) batch.push(line);
      }
      if (done) {
        if (batch.length) yield batch;
        return;
      }
      yield batch;
    }
  } finally {
    // Stopping early (break, an error) cancels the body, which closes the connection.
    await reader.cancel().catch(() => {});
  }
}

/** The lines of a byte stream, one at a time, as `lineBatches` reads them. */
export function lines(body: ReadableStream<Uint8Array>, maxChars: number = MAX_LINE_CHARS): AsyncIterableIterator<string> {
  return flatten(lineBatches(body, maxChars));
}
