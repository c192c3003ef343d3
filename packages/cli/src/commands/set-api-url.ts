import { normalizeApiURL } from "@sutro/jobs";
import type { Command } from "../command.ts";
import { configPath, readConfig, writeConfig } from "../config-file.ts";
import { UsageError } from "../errors.ts";
import { type Io, write } from "../io.ts";

export const command: Command = {
  name: "set-api-url",
  synopsis: "set-api-url URL",
  summary: "change the saved deployment URL (and clear the saved key)",
  help: `Usage: sutro-jobs set-api-url URL

Saves URL as the deployment in ~/.sutro/config.json and clears the saved key:
a key works only on the deployment it was issued for. Run \`sutro-jobs login\` next.`,
  options: {},
  async run({ args, io, credentials }) {
    if (args.length !== 1)
      throw new UsageError("set-api-url takes one URL, e.g. `sutro-jobs set-api-url https://your-sutro-deployment.example.com`.");
    await setApiUrl(io, args[0] as string, credentials.allowInsecureHTTP);
    return undefined;
  },
};

/** Saves another deployment URL and clears the saved key, which belongs to the old deployment. */
export async function setApiUrl(io: Io, url: string, allowInsecureHTTP: boolean): Promise<void> {
  const apiURL = normalizeApiURL(url, "The deployment URL", allowInsecureHTTP);
  const path = configPath();
  const { api_key, base_url: _, ...kept } = readConfig(path);
  writeConfig(path, { ...kept, api_url: apiURL });
  await write(io.stdout, `Deployment URL set to ${apiURL} in ${path}.\n`);
  if (api_key !== undefined) {
    io.stderr.write(
      "The saved API key was cleared: a key works only on the deployment it was issued for. Run `sutro-jobs login` to save one.\n",
    );
  }
}
