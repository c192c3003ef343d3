/**
 * A browser page that calls another origin gets only "Failed to fetch" when that origin's CORS policy
 * refuses it: the page cannot tell a refusal from a network failure, so the words name both, with the origin
 * to allow.
 */
export function corsHint(url: string): string {
  const scope = globalThis as { document?: unknown; WorkerGlobalScope?: unknown; location?: { origin?: string } };
  const origin = scope.location?.origin;
  if ((scope.document === undefined && scope.WorkerGlobalScope === undefined) || !origin?.startsWith("http")) return "";
  let target: string;
  try {
    target = new URL(url).origin;
  } catch {
    return "";
  }
  if (target === origin) return "";
  return ` In a browser, this is also what a request refused by CORS looks like: ${target} must allow the origin ${origin} (Access-Control-Allow-Origin, with the Authorization header for the API).`;
}
