/** Every command of `sutro-jobs`, in the order the main help lists them; each file holds one, with its flags and help. */
import type { Command } from "../command.ts";
import { command as cancel } from "./cancel.ts";
import { command as config } from "./config.ts";
import { command as datasets } from "./datasets.ts";
import { command as download } from "./download.ts";
import { command as infer } from "./infer.ts";
import { command as list } from "./list.ts";
import { command as login } from "./login.ts";
import { command as logout } from "./logout.ts";
import { command as quotas } from "./quotas.ts";
import { command as results } from "./results.ts";
import { command as setApiUrl } from "./set-api-url.ts";
import { command as status } from "./status.ts";
import { command as submit } from "./submit.ts";
import { command as watch } from "./watch.ts";

export const COMMANDS: readonly Command[] = [
  list,
  infer,
  submit,
  status,
  watch,
  cancel,
  results,
  download,
  datasets,
  quotas,
  login,
  logout,
  setApiUrl,
  config,
];
