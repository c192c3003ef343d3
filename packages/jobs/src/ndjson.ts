import { MalformedResponseError } from "./errors.ts";

/** The longest line the parser holds: a line past it is an error, not an ever-growing allocation. */
export const MAX_LINE_CHARS = 1 << 20;

/**
 * The lines of a byte stream, as they arrive: a line split across chunks, several lines in one chunk, a
 * final line without a newline and CRLF endings are all handled; empty lines are skipped. Memory stays
 * that of the longest line, however long the stream runs.
 */
export async function* lines(body: ReadableStream<Uint8Array>, maxChars: number = MAX_LINE_CHARS): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let buffer = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let start = 0;
      for (let end = buffer.indexOf("\n"); end !== -1; end = buffer.indexOf("\n", start)) {
        const line = buffer.slice(start, end).replace(/\r$/, "");
        start = end + 1;
        if (line.trim()) yield line;
      }
      buffer = buffer.slice(start);
      if (buffer.length > maxChars) {
        throw new MalformedResponseError(`A line of the stream is longer than ${maxChars} characters; stopped rather than hold it.`);
      }
      if (done) {
        const last = buffer.replace(/\r$/, "");
        if (last.trim()) yield last;
        return;
      }
    }
  } finally {
    // Stopping early (break, an error) cancels the body, which closes the connection.
    await reader.cancel().catch(() => {});
  }
}
