/**
 * The results' columns checked and turned into rows. Loaded with the first results call, so a client that
 * never reads results never carries it.
 */
import { MalformedResponseError } from "./errors.ts";
import type { ResultColumns, ResultRow } from "./jobs.ts";

/** Every column an array, all of one length: otherwise rows would be matched to the wrong inputs. */
export function checkColumns(columns: ResultColumns, answer: unknown): void {
  const lengths = new Map<string, number>();
  for (const [name, values] of Object.entries(columns)) {
    if (!Array.isArray(values)) throw new MalformedResponseError(`The results column "${name}" is not an array.`, { body: answer });
    lengths.set(name, values.length);
  }
  if (new Set(lengths.values()).size > 1) {
    const said = [...lengths].map(([name, length]) => `${name} ${length}`).join(", ");
    throw new MalformedResponseError(`The results columns have different lengths (${said}), so rows cannot be matched to inputs.`, {
      body: answer,
    });
  }
}

/** One row per input, in input order. */
export function toRows(
  outputs: string[],
  inputs: readonly unknown[] | undefined,
  logprobs: readonly unknown[] | undefined,
  others: Record<string, readonly unknown[]>,
): ResultRow[] {
  const extra = Object.entries(others);
  // Rows of one shape, built field by field: as fast as a hand-written map over the columns.
  return outputs.map((output, i) => {
    const row: ResultRow = { output };
    if (inputs) row.input = inputs[i];
    if (logprobs) row.cumulativeLogprob = logprobs[i] as number | null;
    for (const [name, values] of extra) row[name] = values[i];
    return row;
  });
}
