import type { Sutro } from "@sutro/jobs";
import { type Command, GLOBAL_HELP, noArguments } from "../command.ts";
import { formatTable } from "../format.ts";
import { type Io, write } from "../io.ts";

export const command: Command = {
  name: "quotas",
  synopsis: "quotas",
  summary: "row and token quotas of each priority",
  help: `Usage: sutro-jobs quotas [--json]

The row and token quotas of each priority (0 prototyping, 1 production).

${GLOBAL_HELP}`,
  options: { json: { type: "boolean" } },
  async run({ flags, args, io, signal, client }) {
    noArguments(args, "quotas");
    await showQuotas(client(), io, flags.json === true, signal);
    return undefined;
  },
};

/** `quotas`: each priority's row and token quotas. */
export async function showQuotas(sutro: Sutro, io: Io, json: boolean, signal: AbortSignal): Promise<void> {
  const quotas = await sutro.quotas({ signal });
  if (json) return void (await write(io.stdout, `${JSON.stringify(quotas, null, 2)}\n`));
  const rows = quotas.map((q) => [String(q.priority), q.row_quota.toLocaleString("en-US"), q.token_quota.toLocaleString("en-US")]);
  await write(io.stdout, formatTable(["PRIORITY", "ROW QUOTA", "TOKEN QUOTA"], rows, [true, true, true]));
}
