/**
 * Result rows as `infer()` hands them out, built straight from the job's result columns (one object a row,
 * as `jobs.results()` makes): the model's text kept as `raw`, a reasoning model's answer split into
 * `output` and `reasoning`, and with an output schema, the output parsed and checked. A row that fails
 * carries its `error` and leaves the other rows as they are.
 */
import { addExtras, extraColumns, type ResultColumns } from "../../resources/jobs/results.ts";
import type { ResolvedSchema } from "./schema.ts";
import type { InferRow, InferRowError } from "./types.ts";

/** A reasoning model's answer: `{"content": …, "reasoning_content": …}`, or undefined for any other text. */
function reasoned(raw: string): { content: string; reasoning: string | undefined } | undefined {
  if (raw.charCodeAt(0) !== 123 || !raw.includes('"reasoning_content"')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null || !("content" in parsed) || !("reasoning_content" in parsed)) return undefined;
  const { content, reasoning_content } = parsed as { content: unknown; reasoning_content: unknown };
  return {
    content: typeof content === "string" ? content : JSON.stringify(content),
    reasoning: typeof reasoning_content === "string" ? reasoning_content : undefined,
  };
}

type Row = InferRow<unknown> & { reasoning?: string; error?: InferRowError };

/** Sets the row's output from its text: parsed and checked, or its error. A check the schema runs async returns its promise. */
function check(row: Row, text: string, schema: ResolvedSchema): Promise<void> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    row.output = undefined;
    row.error = { kind: "not-json", message: `The output is not JSON: ${(cause as Error).message}` };
    return undefined;
  }
  const settle = (checked: { value: unknown } | { error: InferRowError }) => {
    if ("error" in checked) {
      row.output = undefined;
      row.error = checked.error;
    } else row.output = checked.value;
  };
  const checked = schema.check(parsed);
  if (checked instanceof Promise) return checked.then(settle);
  settle(checked);
  return undefined;
}

/** Every row, in input order; synchronous unless the schema validates asynchronously. */
export function inferRows(columns: ResultColumns, schema: ResolvedSchema | undefined): InferRow<unknown>[] | Promise<InferRow<unknown>[]> {
  const { outputs, inputs } = columns;
  const extra = extraColumns(columns);
  const rows: Row[] = new Array(outputs.length);
  let pending: Promise<void>[] | undefined;
  for (let index = 0; index < outputs.length; index++) {
    const raw = outputs[index] as string;
    const split = reasoned(raw);
    const text = split ? split.content : raw;
    // A literal of the usual shape: each row has its final form at once.
    const row = (inputs ? { index, input: inputs[index], output: text as unknown, raw } : { index, output: text as unknown, raw }) as Row;
    if (split?.reasoning !== undefined) row.reasoning = split.reasoning;
    if (extra.length) addExtras(row, extra, index);
    const waiting = schema ? check(row, text, schema) : undefined;
    if (waiting) {
      pending ??= [];
      pending.push(waiting);
    }
    rows[index] = row;
  }
  return pending ? Promise.all(pending).then(() => rows) : rows;
}
