import type { RequestOptions } from "../../config/options.ts";
import type { DownloadResult } from "../../model/files.ts";
import { type APIPromise, replying } from "../../transport/replies.ts";
import { datasetCalls } from "./lazy.ts";
import type { Dataset, DatasetDownloadParams, DatasetFile, DatasetsContext, UploadFiles, UploadParams, UploadResult } from "./types.ts";

export type * from "./types.ts";

/**
 * `sutro.datasets`: Parquet files uploaded ahead of a job, for inputs too big for one JSON body. Run a job over
 * one with `sutro.jobs.create({ inputs: datasetId, columnName, … })`. The code loads with the first call.
 */
export interface Datasets {
  /** Creates an empty dataset. Not retried: when the outcome is unknown, a DatasetOutcomeUnknownError says so. */
  create(options?: RequestOptions): APIPromise<{ datasetId: string }>;
  /** Every dataset of the account, newest first, as the API sends them. */
  list(options?: RequestOptions): APIPromise<Dataset[]>;
  /** The files of a dataset, in upload order, as the API sends them. */
  files(datasetId: string, options?: RequestOptions): APIPromise<DatasetFile[]>;
  /**
   * Uploads Parquet files, one after another, streamed from disk (or from the Blob), into `datasetId` or a new
   * dataset. Every file is checked before any byte is sent: Parquet at both ends, one schema for all (and the
   * dataset's, when it has files), names unique in the dataset. An upload whose outcome is unknown (the
   * connection dropped or timed out after sending, a 5xx) is not blindly sent again: the dataset's files are
   * listed, and a file of the same name and size counts as uploaded; otherwise it is sent again, at most
   * `maxRetries` times.
   */
  upload(files: UploadFiles, params?: UploadParams): Promise<UploadResult>;
  /**
   * Downloads a file of a dataset to `to`, streamed, never held in memory. A JSON error body in place of the
   * file is a DownloadError, never written.
   */
  download(datasetId: string, fileName: string, params: DatasetDownloadParams): Promise<DownloadResult>;
  /** Every file of the dataset into the directory `to`, one after another, in upload order. */
  download(datasetId: string, fileName: undefined, params: DatasetDownloadParams & { to: string }): Promise<DownloadResult[]>;
}

/** Each method, with where its options are among its arguments when it sends one request (`.withResponse()`). */
const METHODS = { create: 0, list: 0, files: 1, upload: undefined, download: undefined } as const;

/** `sutro.datasets` of a client: each method loads the resource's code (calls.ts) with its first call. */
export function datasets(context: DatasetsContext): Datasets {
  const methods: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [name, at] of Object.entries(METHODS)) {
    const run = async (args: unknown[]) =>
      ((await datasetCalls())[name as keyof Datasets] as (...a: unknown[]) => Promise<unknown>)(context, ...args);
    methods[name] =
      at === undefined
        ? (...args) => run(args)
        : (...args) =>
            replying(args[at] as RequestOptions | undefined, (given) => {
              args[at] = given;
              return run(args);
            });
  }
  return methods as unknown as Datasets;
}
