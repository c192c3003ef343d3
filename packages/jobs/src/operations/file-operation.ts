/**
 * The table's operations that move a whole file (`sutro.api.uploadToDataset`, `downloadFromDataset`): a body
 * sent as a multipart form built by the platform's FormData, an answer read as a Blob. Loaded with the first
 * of them. Both hold the file whole; `sutro.datasets.upload()` and `download()` stream it from and to disk.
 */
import type { RequestOptions } from "../config/options.ts";
import { InvalidRequestError } from "../errors/errors.ts";
import type { Outgoing } from "../transport/transport.ts";
import { type Api, kept, type Reading, readJSON } from "./request.ts";

/** What of an operation's row this needs (operation.ts, OperationSpec). */
interface FileSpec {
  method: string;
  form?: boolean | undefined;
  binary?: boolean | undefined;
  retry: boolean;
  schema?: string | undefined;
  notSucceeded?: boolean | undefined;
}

/** The body's fields as a form: strings as they are, files with their names (a file's name is what the API keeps). */
function formOf(id: string, body: unknown): FormData {
  if (typeof body !== "object" || body === null) throw new InvalidRequestError(`${id}() takes its body as an object of form fields.`);
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (value instanceof Blob) {
      if (!(value instanceof File)) {
        throw new InvalidRequestError(`${id}(): ${name} must be a File, not a bare Blob: its name is what the API calls the file.`);
      }
      form.append(name, value, value.name);
    } else if (typeof value === "string") form.append(name, value);
    else throw new InvalidRequestError(`${id}(): the form field ${name} must be a string or a File, got ${typeof value}.`);
  }
  return form;
}

/**
 * Sends a file operation through the client's transport (its retries as the row says, timeouts, typed errors):
 * the body as a form or as JSON, the answer as a Blob when it is bytes, read as JSON otherwise.
 */
export function sendFile<T>(
  api: Api,
  id: string,
  spec: FileSpec,
  url: string,
  body: unknown,
  options: RequestOptions,
  pick?: (answer: unknown) => T,
): Promise<T> {
  const { method, retry, binary } = spec;
  // A JSON body goes as every operation's does. A form goes as a Request the platform writes (multipart and its
  // boundary), with the client's headers, which the transport adds only to the requests it builds itself.
  const outgoing: Outgoing = spec.form
    ? {
        method,
        url,
        retry,
        binary,
        request: new Request(url, { method, headers: { ...api.headers, ...options.headers }, body: formOf(id, body) }),
      }
    : { method, url, retry, binary, body: JSON.stringify(body) };
  // A binary answer has no schema: only its error answers, JSON, are read here.
  const reading: Reading = { schema: spec.schema ?? "", notSucceeded: spec.notSucceeded };
  return api.transport.send(outgoing, options, (reply) =>
    binary && reply.status >= 200 && reply.status < 300 ? kept(reply.body, pick) : readJSON(api, outgoing, reply, reading, pick),
  );
}
