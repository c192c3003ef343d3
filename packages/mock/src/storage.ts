/**
 * The object storage behind presigned results URLs: storage's own answers (HEAD, ranges, ETag, expiry),
 * outside the API (no /v1, no key), bent by the artifact faults.
 */
import { ARTIFACT_PREFIX, answerArtifact, artifactBytes } from "./artifacts.ts";
import type { IncomingRequest, Reply } from "./contract.ts";
import type { FaultRule } from "./faults.ts";
import type { MockState } from "./state.ts";

/** `before`, then silence for `ms`, then `after`: a transfer that stalls midway. */
async function* stalled(before: Iterable<Uint8Array>, ms: number, after: Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* before;
  await new Promise((resolve) => setTimeout(resolve, ms));
  yield* after;
}

/** Storage's reply to a request for a results file, bent the way `rule` says. */
export function storageReply(state: MockState, request: IncomingRequest, rule: FaultRule | undefined): Reply {
  const { method, url, headers } = request;
  const key = decodeURIComponent(url.pathname.slice(ARTIFACT_PREFIX.length));
  const file = state.artifacts.get(key);
  if ((rule?.newEtag || rule?.newSize !== undefined) && file) {
    file.version++;
    file.size = rule.newSize ?? file.size;
  }
  const answered =
    rule?.status !== undefined
      ? { status: rule.status, headers: { "content-type": "application/xml" }, body: `<Error><Code>Injected${rule.status}</Code></Error>` }
      : answerArtifact(state.seed, state.artifacts, method, url, headers, Math.floor(Date.now() / 1000));
  let range = "range" in answered ? answered.range : undefined;
  const sent = { ...answered.headers };
  if (range && rule?.contentLength !== undefined) {
    range = [range[0], range[0] + rule.contentLength];
    sent["content-length"] = String(rule.contentLength);
  }
  const cut = range && rule?.resetAt !== undefined && rule.resetAt > range[0] && rule.resetAt < range[1];
  if (range && cut) range = [range[0], rule?.resetAt as number];
  const stallAt = range && rule?.stallAt !== undefined && rule.stallAt > range[0] && rule.stallAt < range[1] ? rule.stallAt : undefined;
  const bytes = (from: number, to: number) =>
    file?.bytes ? chunksOf(file.bytes, from, to) : artifactBytes(state.seed, key, file?.version ?? 0, from, to);
  return {
    status: answered.status,
    headers: sent,
    body: answered.body ?? "",
    stream:
      !range || !file
        ? undefined
        : stallAt === undefined
          ? bytes(...range)
          : stalled(bytes(range[0], stallAt), rule?.delay ?? 2_000, bytes(stallAt, range[1])),
    delay: stallAt === undefined ? (rule?.delay ?? 0) : 0,
    reset: cut ? "mid-body" : undefined,
    truncateTo: undefined,
  };
}

/** `[from, to)` of a real file, in chunks as storage sends them; past its end (a wrong Content-Length), zeros. */
function* chunksOf(bytes: Uint8Array, from: number, to: number): Generator<Uint8Array> {
  for (let at = from; at < to; at += 64 * 1024) {
    const end = Math.min(at + 64 * 1024, to);
    yield at >= bytes.length ? new Uint8Array(end - at) : bytes.subarray(at, Math.min(end, bytes.length));
    if (at < bytes.length && end > bytes.length) yield new Uint8Array(end - bytes.length);
  }
}
