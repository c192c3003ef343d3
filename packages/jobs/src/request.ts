import type { Client } from "openapi-fetch";
import { errorForStatus, MalformedResponseError, type RequestInfo } from "./errors.ts";
import { schemas } from "./generated/schemas.ts";
import type { RequestOptions, ResolvedConfig } from "./options.ts";
import { retryAfterMs } from "./retry.ts";
import type { Transport } from "./transport.ts";
import type { paths } from "./types.ts";
import { validate } from "./validate.ts";

/** What the resources share: the typed client, the transport under it and the resolved options. */
export interface Api {
  raw: Client<paths>;
  transport: Transport;
  config: ResolvedConfig;
}

type Fetch = (request: Request) => Promise<Response>;
/** One openapi-fetch call made with the fetch it is given, asked to leave a 2xx body as text. */
type RawCall = (fetch: Fetch) => Promise<{ data?: string; error?: unknown; response: Response }>;

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
  const { data, error, response } = await call((req) => {
    request = { method: req.method, url: req.url };
    return api.transport(req, options);
  });
  const { status, headers } = response;
  if (!response.ok) {
    throw errorForStatus({ status, body: error, headers, request, keySource: api.config.keySource, retryAfter: retryAfterMs(headers) });
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
    const issues = validate(body, { $ref: `#/components/schemas/${schemaName}` }, schemas);
    if (issues.length) {
      throw new MalformedResponseError(
        `${request.method} ${request.url} answered with a body that does not match the spec's ${schemaName}: ${issues.slice(0, 5).join("; ")}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ""}.`,
        { ...fields, body },
      );
    }
  }
  return body;
}
