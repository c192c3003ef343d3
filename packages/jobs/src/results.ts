/**
 * The results' columns checked and turned into rows. Loaded with the first results call, so a client that
 * never reads results never carries it.
 */
import { MalformedResponseError } from "./errors.ts";
import type { ResultColumns, ResultRow } from "./jobs.ts";

/** Every column an array, all of one length: otherwise rows would be matched to the wrong inputs. */
function checkColumns(columns: ResultColumns, answer: unknown): void {
  let length: number | undefined;
  let uneven = false;
  for (const name in columns) {
    const values = columns[name];
    if (!Array.isArray(values)) throw new MalformedResponseError(`The results column "${name}" is not an array.`, { body: answer });
    if (length === undefined) length = values.length;
    else if (values.length !== length) uneven = true;
  }
  if (uneven) {
    const said = Object.entries(columns)
      .map(([name, values]) => `${name} ${values.length}`)
      .join(", ");
    throw new MalformedResponseError(`The results columns have different lengths (${said}), so rows cannot be matched to inputs.`, {
      body: answer,
    });
  }
}

/** The columns of a POST /job-results answer, checked. */
export function columnsOf(answer: { results: ResultColumns }): ResultColumns {
  checkColumns(answer.results, answer);
  return answer.results;
}

/** The rows of a POST /job-results answer, its columns checked. */
export function rowsOf(answer: { results: ResultColumns }): ResultRow[] {
  return toRows(columnsOf(answer));
}

/** The columns rows take under their own names; every other column keeps its name. */
const RENAMED = new Set(["outputs", "inputs", "cumulative_logprobs"]);

/** One row per input, in input order. */
function toRows(columns: ResultColumns): ResultRow[] {
  const { outputs, inputs, cumulative_logprobs: logprobs } = columns;
  const extra: [string, readonly unknown[]][] = [];
  for (const name in columns) if (!RENAMED.has(name)) extra.push([name, columns[name] as readonly unknown[]]);
  // The usual shapes as literals: each row has its final shape at once, in half the time.
  if (!logprobs && !extra.length)
    return inputs ? outputs.map((output, i) => ({ output, input: inputs[i] })) : outputs.map((output) => ({ output }));
  return outputs.map((output, i) => {
    const row: ResultRow = { output };
    if (inputs) row.input = inputs[i];
    if (logprobs) row.cumulativeLogprob = logprobs[i] as number | null;
    for (const [name, values] of extra) row[name] = values[i];
    return row;
  });
}
