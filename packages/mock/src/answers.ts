/** The API's own answer to a request, before faults bend it, and the helpers every handler builds one with. */

export interface Answer {
  status: number;
  body: string;
  /** The page asked for, for fault matching; undefined off the list. */
  page: number | undefined;
  cursor: string | null;
  stream?: AsyncIterable<string> | undefined;
  /** A binary body (a dataset's file), sent as application/octet-stream. */
  bytes?: Uint8Array | undefined;
}

const OFF_THE_LIST = { page: undefined, cursor: null };

/** An error answer with FastAPI's `{"detail": …}` body, as the real API sends. */
export const error = (status: number, detail: string): Answer => ({ status, body: JSON.stringify({ detail }), ...OFF_THE_LIST });

/** A 200 with `value` as its JSON body. */
export const ok = (value: unknown): Answer => ({ status: 200, body: JSON.stringify(value), ...OFF_THE_LIST });

/** A 200 whose body is sent line by line as it is made. */
export const streamed = (stream: AsyncIterable<string>): Answer => ({ status: 200, body: "", stream, ...OFF_THE_LIST });
