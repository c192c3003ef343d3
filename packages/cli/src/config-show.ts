import { type ApiKeySource, DEFAULT_BASE_URL, MissingApiKeyError, type Sutro } from "@sutro/jobs";
import { configPath, readConfig } from "./config-file.ts";
import { type Io, write } from "./io.ts";

function keySource(source: ApiKeySource): string {
  if (source.kind === "option") return "--api-key";
  return source.kind === "env" ? source.name : source.path;
}

/** Where the settings come from, with the key masked. */
export async function showConfig(io: Io, makeClient: () => Sutro, baseURLFlag: string | undefined): Promise<void> {
  const path = configPath();
  const saved = readConfig(path);
  const baseSource =
    baseURLFlag !== undefined
      ? "--base-url"
      : io.env.SUTRO_BASE_URL
        ? "SUTRO_BASE_URL"
        : typeof saved.base_url === "string"
          ? path
          : "default";
  let baseURL: string;
  let key: string;
  try {
    const sutro = makeClient();
    baseURL = sutro.baseURL;
    key = `${sutro.apiKeyHint} (from ${keySource(sutro.apiKeySource)})`;
  } catch (error) {
    if (!(error instanceof MissingApiKeyError)) throw error;
    baseURL = baseURLFlag ?? io.env.SUTRO_BASE_URL ?? (typeof saved.base_url === "string" ? saved.base_url : DEFAULT_BASE_URL);
    key = "none (run `sutro-jobs login`, or set SUTRO_API_KEY)";
  }
  await write(
    io.stdout,
    `base URL     ${baseURL} (${baseSource === "default" ? "default" : `from ${baseSource}`})\nAPI key      ${key}\nconfig file  ${path}\n`,
  );
}
