import type { DownloadProgress, Sutro } from "@sutro/jobs";
import { type Command, GLOBAL_HELP } from "../command.ts";
import { UsageError } from "../errors.ts";
import { bytes, formatTable, humanInteger, humanTime } from "../format.ts";
import { type Io, write } from "../io.ts";
import { transferProgress } from "../transfer-progress.ts";

const USAGE = `Usage: sutro-jobs datasets create [--json]
       sutro-jobs datasets list [--json]
       sutro-jobs datasets files DATASET_ID [--json]
       sutro-jobs datasets upload [--dataset DATASET_ID] PATH... [--json]
       sutro-jobs datasets download DATASET_ID [FILE] [-o PATH] [--json]`;

export const command: Command = {
  name: "datasets",
  synopsis: "datasets create|list|files|upload|download",
  summary: "Parquet files uploaded ahead of a job (inputs too big for one request)",
  help: `${USAGE}

Datasets hold Parquet files for inputs too big for one request; a job runs over
one with \`sutro-jobs infer DATASET_ID --column NAME --model MODEL\`.

  create                      a new, empty dataset; prints its id
  list                        every dataset, newest first
  files DATASET_ID            a dataset's files, in upload order
  upload PATH...              Parquet files, or directories of them (their .parquet
                              files in name order), into a new dataset, or into
                              --dataset DATASET_ID. Every file is checked before any
                              byte is sent (Parquet, one schema, names unique in the
                              dataset); each streams from disk. An upload whose answer
                              is lost is looked for in the dataset before it is sent
                              again. Prints the dataset id.
  download DATASET_ID [FILE]  one file (to -o PATH, a file or a directory, default
                              the current directory), or without FILE every file of
                              the dataset into the directory -o PATH (default .)

Progress goes to stderr: a bar on a terminal, else a line each tenth.

Options:
  --dataset DATASET_ID  (upload) the dataset to add the files to
  -o, --out PATH        (download) where to save
  --json                print JSON instead of text

${GLOBAL_HELP}`,
  options: { dataset: { type: "string" }, out: { type: "string", short: "o" }, json: { type: "boolean" } },
  async run({ flags, args, io, signal, client }) {
    const [action, ...rest] = args;
    const json = flags.json === true;
    const only = (flag: string, which: string) => {
      if (flags[flag] !== undefined && action !== which) throw new UsageError(`--${flag} belongs to \`datasets ${which}\`.`);
    };
    only("dataset", "upload");
    only("out", "download");
    const count = (min: number, max: number, what: string) => {
      if (rest.length < min || rest.length > max) throw new UsageError(`datasets ${action} takes ${what}.\n${USAGE}`);
    };
    switch (action) {
      case "create": {
        count(0, 0, "no arguments");
        const { datasetId } = await client().datasets.create({ signal });
        await write(io.stdout, json ? `${JSON.stringify({ dataset_id: datasetId })}\n` : `${datasetId}\n`);
        return undefined;
      }
      case "list": {
        count(0, 0, "no arguments");
        const datasets = await client().datasets.list({ signal });
        if (json) return void (await write(io.stdout, `${JSON.stringify(datasets, null, 2)}\n`));
        if (datasets.length === 0) return void (await write(io.stdout, "No datasets.\n"));
        const rows = datasets.map((d) => [
          d.dataset_id,
          humanInteger(d.file_count),
          bytes(d.total_size_bytes ?? 0),
          humanTime(d.created_at),
        ]);
        await write(io.stdout, formatTable(["DATASET", "FILES", "SIZE", "CREATED"], rows, [false, true, true, false]));
        return undefined;
      }
      case "files": {
        count(1, 1, "one DATASET_ID");
        const files = await client().datasets.files(rest[0] as string, { signal });
        if (json) return void (await write(io.stdout, `${JSON.stringify(files, null, 2)}\n`));
        if (files.length === 0) return void (await write(io.stdout, "No files.\n"));
        const rows = files.map((f) => [f.file_name, humanInteger(f.row_count), bytes(f.size_bytes ?? 0), humanTime(f.uploaded_at)]);
        await write(io.stdout, formatTable(["FILE", "ROWS", "SIZE", "UPLOADED"], rows, [false, true, true, false]));
        return undefined;
      }
      case "upload":
        if (rest.length === 0) throw new UsageError(`datasets upload takes at least one PATH.\n${USAGE}`);
        await upload(client(), io, rest, flags.dataset as string | undefined, json, signal);
        return undefined;
      case "download":
        count(1, 2, "DATASET_ID and, optionally, FILE");
        await download(client(), io, rest[0] as string, rest[1], (flags.out as string | undefined) ?? ".", json, signal);
        return undefined;
      default:
        throw new UsageError(
          `${action === undefined ? "datasets needs an action" : `Unknown datasets action "${action}"`}: create, list, files, upload or download.\n${USAGE}`,
        );
    }
  },
};

async function upload(sutro: Sutro, io: Io, paths: string[], datasetId: string | undefined, json: boolean, signal: AbortSignal) {
  const progress = transferProgress(io);
  const result = await sutro.datasets.upload(paths, { datasetId, signal, onProgress: (update) => progress.report(update) });
  progress.end();
  if (json) return void (await write(io.stdout, `${JSON.stringify({ dataset_id: result.datasetId, files: result.files })}\n`));
  await write(io.stdout, `${result.datasetId}\n`);
  io.stderr.write(`Uploaded ${result.files.length} file${result.files.length === 1 ? "" : "s"} to ${result.datasetId}.\n`);
}

async function download(
  sutro: Sutro,
  io: Io,
  datasetId: string,
  fileName: string | undefined,
  out: string,
  json: boolean,
  signal: AbortSignal,
) {
  const progress = transferProgress(io);
  const params = { to: out, signal, onProgress: (update: DownloadProgress) => progress.report(update) };
  const results =
    fileName === undefined
      ? await sutro.datasets.download(datasetId, undefined, params)
      : [await sutro.datasets.download(datasetId, fileName, params)];
  progress.end();
  if (json) return void (await write(io.stdout, `${JSON.stringify(results.map((r) => ({ path: r.path, bytes: r.bytes })))}\n`));
  await write(io.stdout, results.map((r) => `${r.path}\n`).join(""));
}
