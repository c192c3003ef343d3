import type { Client } from "openapi-fetch";
import { errorForStatus, MalformedResponseError, type RequestInfo } from "./errors.ts";
import type { RequestOptions, ResolvedConfig } from "./options.ts";
import { retryAfterMs } from "./retry.ts";
import { bufferedText, type Transport } from "./transport.ts";
import type { paths } from "./types.ts";

/** What the resources share: the typed client, the transport under it and the resolved options. */
export interface Api {
  raw: Client<paths>;
  transport: Transport;
  config: ResolvedConfig;
}

type Fetch = (request: Request) => Promise<Response>;
/** One openapi-fetch call made with the fetch it is given; its parsing is not used (`parseAs: "stream"`). */
type RawCall = (fetch: Fetch) => Promise<{ response: Response }>;

/** An error body as JSON when it is JSON, else its text (as openapi-fetch gives `raw` callers). */
function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
}

/**
 * Makes one raw call through the transport with this call's options, turns a
 * non-2xx response into its typed error, and parses the 2xx body as JSON
 * (checked against the spec's `schemaName` when `validate` is on).
 */
export async function requestJSON(
  api: Api,
  call: RawCall,
  options: RequestOptions,
  schemaName: string,
  /** The structural problem that would break the caller, if any; checked even when `validate` is off. */
  shapeProblem: (body: unknown) => string | undefined,
): Promise<unknown> {
  let request: RequestInfo = { method: "GET", url: api.config.baseURL };
  const { response } = await call((req) => {
    request = { method: req.method, url: req.url };
    return api.transport(req, options, true);
  });
  const { status, headers } = response;
  // The transport read the body and kept it aside: openapi-fetch had nothing to read twice.
  const data = bufferedText(response) ?? "";
  if (!response.ok) {
    throw errorForStatus({
      status,
      body: parseOrText(data),
      headers,
      request,
      keySource: api.config.keySource,
      retryAfter: retryAfterMs(headers),
    });
  }
  const fields = { status, headers, request, body: data };
  let body: unknown;
  try {
    body = JSON.parse(data ?? "");
  } catch (cause) {
    const type = headers.get("content-type") ?? "no content type";
    const what = data ? `"${snippet(data)}"` : "an empty body";
    throw new MalformedResponseError(
      `${request.method} ${request.url} answered ${status} with ${what} (${type}), which is not the JSON the API sends. Check the base URL: it may point at a web page or a proxy rather than the API.`,
      { ...fields, cause },
    );
  }
  const problem = shapeProblem(body);
  if (problem) {
    throw new MalformedResponseError(
      `${request.method} ${request.url} answered with ${problem}, which the spec's ${schemaName} does not allow. The call failed as a whole, so nothing was silently dropped.`,
      { ...fields, body },
    );
  }
  if (api.config.validate) {
    const { specProblems } = await import("./spec-check.ts");
    const issues = specProblems(body, schemaName);
    if (issues.length) {
      throw new MalformedResponseError(
        `${request.method} ${request.url} answered with a body that does not match the spec's ${schemaName}: ${issues.slice(0, 5).join("; ")}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ""}.`,
        { ...fields, body },
      );
    }
  }
  return body;
}
