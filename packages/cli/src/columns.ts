import type { Job, WithUnknownFields } from "@sutro/jobs";
import { UsageError } from "./errors.ts";
import { humanCost, humanInteger, humanTime, plain } from "./format.ts";

export interface Column {
  /** Name for --fields and the table header. */
  name: string;
  /** The API's field, used as the key in JSON and the header in CSV. */
  field: string;
  /** The table's rendering. */
  show: (value: unknown) => string;
  align: "left" | "right";
}

const column = (name: string, field: string, show: (value: unknown) => string = plain, align: Column["align"] = "left"): Column => ({
  name,
  field,
  show,
  align,
});

export const COLUMNS: readonly Column[] = [
  column("id", "job_id"),
  column("name", "name"),
  column("status", "status"),
  column("model", "model"),
  column("priority", "job_priority", plain, "right"),
  column("created", "datetime_created", humanTime),
  column("started", "datetime_started", humanTime),
  column("completed", "datetime_completed", humanTime),
  column("rows", "num_rows", humanInteger, "right"),
  column("input_tokens", "input_tokens", humanInteger, "right"),
  column("output_tokens", "output_tokens", humanInteger, "right"),
  column("cost", "job_cost", humanCost, "right"),
  column("estimate", "cost_estimate", humanCost, "right"),
  column("dataset", "dataset_id"),
  column("description", "description"),
  column("failure", "failure_reason", (v) => plain(v && typeof v === "object" && "message" in v ? v.message : v)),
  column("system_prompt", "system_prompt"),
  column("json_schema", "json_schema"),
  column("sampling_params", "sampling_params"),
  column("run_type", "run_type"),
  column("added", "datetime_added", humanTime),
];

export const DEFAULT_COLUMNS = [
  "id",
  "name",
  "status",
  "model",
  "priority",
  "created",
  "completed",
  "rows",
  "input_tokens",
  "output_tokens",
  "cost",
];

/** The columns `--fields` names, by column name or API field name, in the order given. */
export function selectColumns(fields: string | undefined): Column[] {
  const names =
    fields === undefined
      ? DEFAULT_COLUMNS
      : fields
          .split(",")
          .map((f) => f.trim())
          .filter(Boolean);
  if (names.length === 0) throw new UsageError("--fields needs at least one column.");
  return names.map((name) => {
    const found = COLUMNS.find((c) => c.name === name || c.field === name);
    if (!found) throw new UsageError(`--fields: unknown column "${name}". Columns: ${COLUMNS.map((c) => c.name).join(", ")}.`);
    return found;
  });
}

export function fieldValue(job: Job, column: Column): unknown {
  return (job as WithUnknownFields<Job>)[column.field];
}
