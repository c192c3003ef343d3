/**
 * Presigned storage URLs carry their credential in the query string (X-Amz-Signature, a session token…),
 * valid for up to 7 days. Errors and logs show such URLs without it wherever they appear: a URL given on
 * its own, or inside a body an error quotes.
 */

/** A URL with a query string, in text. */
const URL_WITH_QUERY = /\bhttps?:\/\/[^\s"'<>?]+\?[^\s"'<>]*/gi;

/** A query string that carries a storage credential: S3's, GCS's and Azure's presigned parameters. */
const CREDENTIAL = /x-amz-|x-goog-|signature|(?:^|[?&])sig=|token|credential/i;

/** A presigned URL without its query string, which is the credential. */
export function redactURL(url: string): string {
  const at = url.indexOf("?");
  return at === -1 ? url : `${url.slice(0, at)}?[redacted]`;
}

/** `text` with the query string of every presigned URL in it replaced. */
export function redactText(text: string): string {
  return text.replace(URL_WITH_QUERY, (url) => (CREDENTIAL.test(url.slice(url.indexOf("?"))) ? redactURL(url) : url));
}

/** A parsed body (or its text) with every presigned URL in its strings redacted; the rest as it was. */
export function redactBody(body: unknown): unknown {
  if (typeof body === "string") return redactText(body);
  if (Array.isArray(body)) return body.map(redactBody);
  if (body === null || typeof body !== "object") return body;
  const copy: Record<string, unknown> = {};
  // Defined, not assigned: a key named `__proto__` stays a key.
  for (const [key, value] of Object.entries(body)) {
    Object.defineProperty(copy, key, { value: redactBody(value), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** `error` with presigned URLs redacted from its message (a parser's error quotes the text it choked on). */
export function redactError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const message = redactText(error.message);
  if (message === error.message) return error;
  const copy = new Error(message);
  copy.name = error.name;
  return copy;
}
