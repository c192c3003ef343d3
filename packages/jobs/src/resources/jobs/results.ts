/**
 * The results' columns checked and turned into rows. Loaded with the first results call, so a client that
 * never reads results never carries it.
 */
import { MalformedResponseError } from "../../errors/errors.ts";
import type { ResultsUrl } from "../../model/types.ts";

/** Which extra columns `results()` asks for. */
export interface ResultsParams {
  /** Each row's input beside its output. */
  includeInputs?: boolean | undefined;
  /** Each row's cumulative log-probability. */
  includeCumulativeLogprobs?: boolean | undefined;
}

/** Where a results file's presigned link comes from: `jobs.resultsURL()`, for `download()` and `rows()`. */
export interface ResultsLinks {
  resultsURL(
    jobId: string,
    params: ResultsParams,
    options: { signal?: AbortSignal | undefined; headers?: Record<string, string> | undefined },
  ): Promise<ResultsUrl>;
}

/** The results as the API sends them: equal-length arrays by column, one item per input row. */
export type ResultColumns = { outputs: string[] } & { readonly [column: string]: readonly unknown[] };

/** One input row's result: the API's columns in camelCase; the job's id column and any column the SDK does not know keep their names. */
export interface ResultRow {
  /** The model's output; a JSON string for structured outputs. */
  output: string;
  /** The row's input, with `includeInputs`. */
  input?: unknown;
  /** The row's cumulative log-probability, with `includeCumulativeLogprobs`. */
  cumulativeLogprob?: number | null;
  /** The row's confidence score, when the job (a Sutro Function) gives one. */
  confidenceScore?: number | null;
  /** Any other column: the job's id column, or one the API added since. */
  [column: string]: unknown;
}

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

/** What keeps an answer's `results` from being columns to read, if anything. */
function resultsProblem(results: unknown): string | undefined {
  if (results === undefined) return 'no "results"';
  if (typeof results !== "object" || results === null || Array.isArray(results)) return '"results" that is not an object of columns';
  if (!Array.isArray((results as Record<string, unknown>).outputs)) return '"results" without an "outputs" column';
  return undefined;
}

/** The columns of a POST /job-results answer, checked: an object of equal-length arrays, `outputs` among them. */
export function columnsOf(answer: { results: ResultColumns }): ResultColumns {
  const problem = resultsProblem(answer.results);
  if (problem)
    throw new MalformedResponseError(`POST /job-results answered with ${problem}, so there are no rows to read.`, { body: answer });
  checkColumns(answer.results, answer);
  return answer.results;
}

/** The rows of a POST /job-results answer, its columns checked. */
export function rowsOf(answer: { results: ResultColumns }): ResultRow[] {
  return toRows(columnsOf(answer));
}

/** The columns rows take under their own names: `output` and `input`. */
const OWN = new Set(["outputs", "inputs"]);

/**
 * Other columns of the API, named in camelCase in rows (the project's naming rule); any other column, the
 * job's id column included, keeps its name as sent.
 */
const CAMEL = new Map([
  ["cumulative_logprobs", "cumulativeLogprob"],
  ["confidence_score", "confidenceScore"],
]);

/** Every column but outputs and inputs, under the name rows give it. */
export function extraColumns(columns: ResultColumns): [string, readonly unknown[]][] {
  const extra: [string, readonly unknown[]][] = [];
  for (const name in columns) if (!OWN.has(name)) extra.push([CAMEL.get(name) ?? name, columns[name] as readonly unknown[]]);
  return extra;
}

/** Adds the extra columns' values of row `i` to `row`: defined, not assigned, so `__proto__` is a column like any other. */
export function addExtras(row: object, extra: readonly [string, readonly unknown[]][], i: number): void {
  for (const [name, values] of extra)
    Object.defineProperty(row, name, { value: values[i], enumerable: true, writable: true, configurable: true });
}

/** Row `i` of the columns, as `results()` gives it; `rows()` makes its rows with it too, one at a time. */
export function rowMaker(columns: ResultColumns): (i: number) => ResultRow {
  const { outputs, inputs } = columns;
  const extra = extraColumns(columns);
  // The usual shapes as literals: each row has its final shape at once, in half the time.
  if (!extra.length)
    return inputs ? (i) => ({ output: outputs[i] as string, input: inputs[i] }) : (i) => ({ output: outputs[i] as string });
  return (i) => {
    const row: ResultRow = inputs ? { output: outputs[i] as string, input: inputs[i] } : { output: outputs[i] as string };
    addExtras(row, extra, i);
    return row;
  };
}

/** One row per input, in input order. */
function toRows(columns: ResultColumns): ResultRow[] {
  const make = rowMaker(columns);
  return columns.outputs.map((_, i) => make(i));
}
