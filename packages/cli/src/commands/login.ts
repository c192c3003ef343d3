import { normalizeApiURL, Sutro } from "@sutro/jobs";
import { type Command, GLOBAL_HELP } from "../command.ts";
import { configPath, readConfig, writeConfig } from "../config-file.ts";
import { UsageError } from "../errors.ts";
import { type Io, write } from "../io.ts";
import { readLine, readSecret, readStdin } from "../prompt.ts";

export interface LoginOptions {
  apiURL: string | undefined;
  apiKey: string | undefined;
  apiKeyStdin: boolean;
  allowInsecureHTTP: boolean;
  timeout: number | undefined;
  maxRetries: number | undefined;
}

export const command: Command = {
  name: "login",
  synopsis: "login",
  summary: "save your deployment URL and a checked key to ~/.sutro/config.json",
  help: `Usage: sutro-jobs login [--api-url URL] [--api-key-stdin]

Asks for your deployment URL (from the Sutro app), then the key without echo,
checks the key against that deployment, and saves {"api_url", "api_key"} to
~/.sutro/config.json, readable by you only. For scripts: --api-url URL and
--api-key-stdin (the key from a pipe), or --api-key KEY.

${GLOBAL_HELP}`,
  options: { "api-key-stdin": { type: "boolean" } },
  async run({ flags, args, io, signal, credentials, timeout, maxRetries }) {
    if (args.length) throw new UsageError("login takes no arguments; give the URL with --api-url.");
    await login(io, { ...credentials, apiKeyStdin: flags["api-key-stdin"] === true, timeout, maxRetries }, signal);
    return undefined;
  },
};

/** The deployment URL: the flag, else asked on the terminal. Checked before the key is asked for. */
async function deploymentURL(io: Io, options: LoginOptions): Promise<string> {
  if (options.apiURL !== undefined) return normalizeApiURL(options.apiURL, "--api-url", options.allowInsecureHTTP);
  if (options.apiKeyStdin || !io.stdin.isTTY) {
    throw new UsageError("Give the deployment URL with --api-url URL (it is shown in the Sutro app next to your API keys).");
  }
  return normalizeApiURL(await readLine(io, "Deployment URL (from the Sutro app): "), "The deployment URL", options.allowInsecureHTTP);
}

/**
 * Asks for the deployment URL, then the key, checks the key against that deployment
 * (GET /v1/try-authentication), and only then saves both where the Python CLI keeps them.
 */
export async function login(io: Io, options: LoginOptions, signal: AbortSignal): Promise<void> {
  const path = configPath();
  const saved = readConfig(path);
  const apiURL = await deploymentURL(io, options);
  const apiKey =
    options.apiKey ?? (options.apiKeyStdin ? (await readStdin(io)).trim() : await readSecret(io, "Sutro API key (input hidden): "));

  const { timeout, maxRetries, allowInsecureHTTP } = options;
  const sutro = new Sutro({ apiURL, apiKey, timeout, maxRetries, allowInsecureHTTP, logLevel: "off" });
  await sutro.checkAuth({ signal });

  // base_url is the older name of api_url: dropped, so no stale deployment lingers beside the new one.
  const { base_url: _, ...kept } = saved;
  writeConfig(path, { ...kept, api_url: sutro.apiURL, api_key: apiKey });
  await write(io.stdout, `Logged in to ${sutro.apiURL} with ${sutro.apiKeyHint}. Saved to ${path}.\n`);
}
