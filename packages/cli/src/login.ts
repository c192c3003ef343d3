import { DEFAULT_BASE_URL, Sutro } from "@sutro/jobs";
import { configPath, readConfig, writeConfig } from "./config-file.ts";
import { type Io, write } from "./io.ts";
import { readSecret, readStdin } from "./prompt.ts";

export interface LoginOptions {
  apiKeyStdin: boolean;
  baseURL: string | undefined;
  timeout: number | undefined;
  maxRetries: number | undefined;
}

/** Checks the key against the API first, then saves it where the Python CLI keeps it. */
export async function login(io: Io, options: LoginOptions, signal: AbortSignal): Promise<void> {
  const path = configPath();
  const saved = readConfig(path);
  const baseURL = options.baseURL ?? io.env.SUTRO_BASE_URL ?? (typeof saved.base_url === "string" ? saved.base_url : DEFAULT_BASE_URL);
  const apiKey = options.apiKeyStdin ? await readStdin(io) : await readSecret(io, "Sutro API key (input hidden): ");

  const sutro = new Sutro({ apiKey, baseURL, timeout: options.timeout, maxRetries: options.maxRetries, logLevel: "off" });
  await sutro.jobs.list({ limit: 1 }, { signal });

  writeConfig(path, { ...saved, api_key: apiKey, base_url: sutro.baseURL });
  await write(io.stdout, `Logged in to ${sutro.baseURL} with ${sutro.apiKeyHint}. Saved to ${path}.\n`);
}

/** Removes the key, keeping the base URL and anything else in the file. */
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
