import type { Command } from "../command.ts";
import { configPath, readConfig, writeConfig } from "../config-file.ts";
import { type Io, write } from "../io.ts";

export const command: Command = {
  name: "logout",
  synopsis: "logout",
  summary: "remove the saved key (the deployment URL stays)",
  help: `Usage: sutro-jobs logout

Removes the key from ~/.sutro/config.json; the deployment URL stays.`,
  options: {},
  async run({ io }) {
    await logout(io);
    return undefined;
  },
};

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
