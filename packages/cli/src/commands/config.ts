import { type CredentialSource, describeDeployment, type ExplicitCredentials } from "@sutro/jobs";
import { type Command, GLOBAL_HELP } from "../command.ts";
import { UsageError } from "../errors.ts";
import { type Io, write } from "../io.ts";

export const command: Command = {
  name: "config",
  synopsis: "config show",
  summary: "the deployment URL and key in use, and where they come from",
  help: `Usage: sutro-jobs config show

Prints the deployment URL and the API key in use (the key masked), where each comes
from, which older names were read, and what stops a client from being made, if anything.

${GLOBAL_HELP}`,
  options: {},
  async run({ args, io, credentials }) {
    if (args[0] !== "show" || args.length !== 1) throw new UsageError("Did you mean `sutro-jobs config show`?");
    await showConfig(io, credentials);
    return undefined;
  },
};

/** Where a value came from, in the CLI's terms: its flag, variable or config file field. */
function from(source: CredentialSource, flag: string): string {
  if (source.kind === "option") return flag;
  return source.kind === "env" ? source.name : `${source.field} in ${source.path}`;
}

/**
 * Where the settings come from, with the key masked. Asks the SDK, so it shows exactly what a command
 * would use, and works when no client can be made (no key, a broken config file): that is when it is needed.
 */
export async function showConfig(io: Io, credentials: ExplicitCredentials): Promise<void> {
  const report = describeDeployment(credentials);
  const lines = [
    ["deployment", report.apiURL ? `${report.apiURL.value} (from ${from(report.apiURL.source, "--api-url")})` : "none"],
    ["API key", report.apiKey ? `${report.apiKey.hint} (from ${from(report.apiKey.source, "--api-key")})` : "none"],
    ["config file", report.configFile ?? "none"],
  ];
  if (report.legacyNames.length) lines.push(["older names", `${report.legacyNames.join(", ")} (now SUTRO_API_URL, api_url)`]);
  if (report.problem) lines.push(["problem", report.problem.message]);
  await write(io.stdout, lines.map(([name, value]) => `${(name as string).padEnd(12)} ${value}\n`).join(""));
}
