/** How an API fault bends a 2xx answer or a progress stream (the `shape`, `html`, `loop` and `stream` faults). */
import type { FaultRule } from "./faults.ts";

const HTML_PAGE =
  "<!doctype html><html><head><title>Welcome</title></head><body><h1>It works!</h1><p>This is not the API.</p></body></html>";

/** A progress stream bent the way `rule` says, after its first line. */
export async function* bendStream(lines: AsyncIterable<string>, rule: FaultRule | undefined): AsyncGenerator<string, void, undefined> {
  let first = true;
  for await (const line of lines) {
    if (first || !rule?.stream) {
      yield line;
      first = false;
      continue;
    }
    if (rule.stream === "cut") return void (yield line.slice(0, Math.floor(line.length / 2)));
    if (rule.stream === "stall") await new Promise((resolve) => setTimeout(resolve, rule.delay ?? 2_000));
    if (rule.stream === "garbage") yield "<html>Bad gateway</html>\n";
    if (rule.stream === "unknown-type") yield `${JSON.stringify({ update_type: "eta", result: 12 })}\n`;
    yield line;
  }
}

/** A 2xx answer bent the way `rule` says. */
export function bendAnswer(rule: FaultRule, body: string, cursor: string | null): { status: number; body: string; html?: boolean } {
  if (rule.html) return { status: 200, body: HTML_PAGE, html: true };
  const parsed = JSON.parse(body) as Record<string, unknown>;
  if (rule.shape === "jobs-not-array") return { status: 200, body: JSON.stringify({ ...parsed, jobs: { count: 3 } }) };
  if (rule.shape === "bad-next-cursor") return { status: 200, body: JSON.stringify({ ...parsed, next_cursor: 42 }) };
  // A bare array: a list's jobs, or any other answer wrapped in one.
  if (rule.shape === "not-an-object") return { status: 200, body: JSON.stringify(parsed.jobs ?? [parsed]) };
  if (rule.loop && cursor !== null) return { status: 200, body: JSON.stringify({ ...parsed, next_cursor: cursor }) };
  return { status: 200, body };
}
