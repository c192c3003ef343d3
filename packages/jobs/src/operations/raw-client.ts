/**
 * openapi-fetch's client behind `sutro.raw`, loaded with its first use. Every raw request carries the key, so
 * each goes only to the client's deployment: a request that a per-call `baseUrl` or a middleware points
 * anywhere else is refused before it is sent.
 */
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import { InvalidRequestError } from "../errors/errors.ts";
import type { paths } from "../model/types.ts";

/** What `sutro.raw` is made with: the deployment's `/v1` URL, the client's headers and its transport's fetch. */
export interface RawOptions extends ClientOptions {
  baseUrl: string;
  fetch: (request: Request) => Promise<Response>;
}

/** openapi-fetch's client, its fetch refusing any URL outside the deployment; the module's default, as openapi-fetch's. */
export default function deploymentClient(options: RawOptions): Client<paths> {
  const { baseUrl, fetch } = options;
  return createClient<paths>({
    ...options,
    fetch: (request) =>
      request.url.startsWith(`${baseUrl}/`)
        ? fetch(request)
        : Promise.reject(
            new InvalidRequestError(
              `sutro.raw sends requests only to the client's deployment, ${baseUrl} (they carry its key): a request to ${new URL(request.url).origin} was refused before it was sent.`,
            ),
          ),
  });
}
