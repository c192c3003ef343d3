/**
 * Fault injection: rules that make chosen requests misbehave the way real
 * networks and servers do, so tests and users can replay an incident.
 * The same rules come from code (`faults: [...]`) or the CLI (`--fault page=3,attempt=1,status=503`).
 */
export interface FaultRule {
  // Which requests. Every selector given must match; none given matches every request.
  /** The page asked for, from 1 (its offset / limit + 1); unpaginated requests have no page. */
  page?: number | undefined;
  /** The nth time this exact URL (path and query) was requested, from 1: `attempt: 1` is the first try, not its retries. */
  attempt?: number | undefined;
  /** The nth request the server received, from 1. */
  request?: number | undefined;
  /** Fire at most this many times in all. */
  times?: number | undefined;
  /**
   * Which server: the API (default) or the results files behind presigned URLs (implied by `resetAt`,
   * `newEtag` and `contentLength`). For a results file, `attempt` counts the requests for that file.
   */
  target?: "api" | "artifacts" | undefined;

  // What happens. `delay` combines with any other; the rest exclude each other.
  /** Wait this long (ms) before answering. */
  delay?: number | undefined;
  /** Answer with this status and an error body. */
  status?: number | undefined;
  /** With `status`: a `Retry-After` header in seconds. */
  retryAfter?: number | undefined;
  /** With `status`: a `Retry-After` header as the HTTP date this many seconds from now. */
  retryAfterDate?: number | undefined;
  /** With `status`: a `retry-after-ms` header. */
  retryAfterMs?: number | undefined;
  /** With `status`: a `Retry-After` header with exactly this text, valid or not (`-5`, `1 2`, an HTTP date). */
  retryAfterRaw?: string | undefined;
  /** Drop the connection before any header, or halfway through the body. */
  reset?: "before-headers" | "mid-body" | undefined;
  /** Send the first half of the JSON body as if it were all of it. */
  truncate?: boolean | undefined;
  /** Answer 200 with an HTML page, as a misconfigured proxy or base URL does. */
  html?: boolean | undefined;
  /** Answer 200 with a body of the wrong shape. */
  shape?: "jobs-not-array" | "bad-next-cursor" | "not-an-object" | undefined;
  /**
   * Bend a progress stream after its first line: `cut` sends half of the next line and drops the
   * connection, `stall` goes silent for `delay` ms (default 2 000), `garbage` slips in a line that is not
   * JSON, `unknown-type` one of an update type nobody knows.
   */
  stream?: "cut" | "stall" | "garbage" | "unknown-type" | undefined;
  /** A results file: drop the connection once the body reaches this byte of the file. */
  resetAt?: number | undefined;
  /** A results file: go silent for `delay` ms (default 2 000) once the body reaches this byte, then go on. */
  stallAt?: number | undefined;
  /** A results file: replace it before answering (new bytes, new ETag), as a re-export of the results does. */
  newEtag?: boolean | undefined;
  /** A results file: replace it before answering with one of this many bytes (new bytes, new ETag); results-url then says so. */
  newSize?: number | undefined;
  /** A results file: declare this Content-Length and send that many bytes, whatever the file's size. */
  contentLength?: number | undefined;
  /** Answer the page with `next_cursor` equal to the cursor it was asked with, so a naive client pages forever. */
  loop?: boolean | undefined;
  /**
   * A request's body (an upload): drop the connection once this many of its bytes have arrived, before the
   * server has read it all, so nothing is stored: a reset while the client is still sending.
   */
  uploadResetAt?: number | undefined;
}

const SHAPES = ["jobs-not-array", "bad-next-cursor", "not-an-object"] as const;
const STREAMS = ["cut", "stall", "garbage", "unknown-type"] as const;
const RESETS = ["before-headers", "mid-body"] as const;
const TARGETS = ["api", "artifacts"] as const;

/** Which server a rule bends: the results files when it says so or does what only they can. */
export function targetOf(rule: FaultRule): "api" | "artifacts" {
  if (rule.target) return rule.target;
  const fileOnly =
    rule.resetAt !== undefined ||
    rule.stallAt !== undefined ||
    rule.newEtag ||
    rule.newSize !== undefined ||
    rule.contentLength !== undefined;
  return fileOnly ? "artifacts" : "api";
}

/** Where a request stands, for matching. */
export interface FaultContext {
  page: number | undefined;
  attempt: number;
  request: number;
  /** Whether the answer is a stream (the progress stream): the only answers a `stream` rule bends. */
  stream: boolean;
}

export function matches(rule: FaultRule, context: FaultContext): boolean {
  return (
    (rule.page === undefined || rule.page === context.page) &&
    (rule.attempt === undefined || rule.attempt === context.attempt) &&
    (rule.request === undefined || rule.request === context.request) &&
    (rule.stream === undefined || context.stream)
  );
}

/** The `--fault` keys that take a whole number, and the field each sets. */
const WHOLE_NUMBERS: Record<string, keyof FaultRule> = {
  page: "page",
  attempt: "attempt",
  request: "request",
  times: "times",
  delay: "delay",
  status: "status",
  "retry-after": "retryAfter",
  "retry-after-date": "retryAfterDate",
  "retry-after-ms": "retryAfterMs",
  "reset-at": "resetAt",
  "stall-at": "stallAt",
  "content-length": "contentLength",
  "new-size": "newSize",
  "upload-reset-at": "uploadResetAt",
};

/** The keys that take one of a few words: the field, the words, and how the error lists them. */
const CHOICES: Record<string, { field: keyof FaultRule; words: readonly string[]; joiner: string }> = {
  target: { field: "target", words: TARGETS, joiner: " or " },
  reset: { field: "reset", words: RESETS, joiner: " or " },
  stream: { field: "stream", words: STREAMS, joiner: ", " },
  shape: { field: "shape", words: SHAPES, joiner: ", " },
};

/** The keys that are on when given (`html`), off with `=false`. */
const SWITCHES: Record<string, keyof FaultRule> = { truncate: "truncate", html: "html", loop: "loop", "new-etag": "newEtag" };

const KNOWN =
  "page, attempt, request, times, delay, status, retry-after, retry-after-date, retry-after-ms, retry-after-raw, reset, truncate, html, shape, loop, stream, target, reset-at, stall-at, new-etag, new-size, content-length, upload-reset-at";

/** `page=3,attempt=1,status=503,retry-after=2` → a FaultRule. Throws with a readable message on a bad spec. */
export function parseFault(spec: string): FaultRule {
  const rule: Record<string, unknown> = {};
  for (const part of spec
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [key = "", value = "true"] = part.split("=", 2);
    const choice = CHOICES[key];
    if (WHOLE_NUMBERS[key]) {
      if (!/^\d+$/.test(value)) throw new Error(`--fault ${key} takes a whole number, got "${value}"`);
      rule[WHOLE_NUMBERS[key]] = Number(value);
    } else if (choice) {
      if (!choice.words.includes(value)) throw new Error(`--fault ${key} takes ${choice.words.join(choice.joiner)}`);
      rule[choice.field] = value;
    } else if (SWITCHES[key]) {
      rule[SWITCHES[key]] = value !== "false";
    } else if (key === "retry-after-raw") {
      rule.retryAfterRaw = value;
    } else {
      throw new Error(`--fault does not know "${key}"; it takes ${KNOWN}`);
    }
  }
  return rule as FaultRule;
}
