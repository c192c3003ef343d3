import { normalizeApiURL, Sutro } from "@sutro/jobs";
import { configPath, readConfig, writeConfig } from "./config-file.ts";
import { UsageError } from "./errors.ts";
import { type Io, write } from "./io.ts";
import { readLine, readSecret, readStdin } from "./prompt.ts";

export interface LoginOptions {
  apiURL: string | undefined;
  apiKey: string | undefined;
  apiKeyStdin: boolean;
  allowInsecureHTTP: boolean;
  timeout: number | undefined;
  maxRetries: number | undefined;
}

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
  const apiKey = options.apiKey ?? (options.apiKeyStdin ? await readStdin(io) : await readSecret(io, "Sutro API key (input hidden): "));

  const { timeout, maxRetries, allowInsecureHTTP } = options;
  const sutro = new Sutro({ apiURL, apiKey, timeout, maxRetries, allowInsecureHTTP, logLevel: "off" });
  await sutro.checkAuth({ signal });

  // base_url is the older name of api_url: dropped, so no stale deployment lingers beside the new one.
  const { base_url: _, ...kept } = saved;
  writeConfig(path, { ...kept, api_url: sutro.apiURL, api_key: apiKey });
  await write(io.stdout, `Logged in to ${sutro.apiURL} with ${sutro.apiKeyHint}. Saved to ${path}.\n`);
}

/** Removes the key, keeping the deployment URL and anything else in the file. */
export async function logout(io: Io): Promise<void> {
  const path = configPath();
  const saved = readConfig(path);
  if (!("api_key" in saved)) {
    await write(io.stdout, `Not logged in: ${path} holds no key.\n`);
    return;
  }
  const { api_key: _, ...rest } = saved;
  writeConfig(path, rest);
  await write(io.stdout, `Logged out: removed the key from ${path}.\n`);
}

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
