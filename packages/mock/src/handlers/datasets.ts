/**
 * The datasets resource: Parquet files uploaded ahead of a job, held in memory. Each upload is checked as the
 * API checks it (Parquet by its magic bytes and footer, the dataset's schema, a name unique in the dataset),
 * and its rows are read once, so that a job created over the dataset gets them as its inputs.
 */
import { randomUUID } from "node:crypto";
import { type FileMetaData, parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { type Answer, error, ok } from "../answers.ts";
import type { IncomingRequest } from "../contract.ts";

/** A file of a dataset: its bytes as uploaded, and its rows as read. */
interface StoredFile {
  file_name: string;
  file_id: string;
  uploaded_at: string;
  size_bytes: number;
  row_count: number;
  schema: Record<string, string>;
  bytes: Uint8Array;
  rows: Record<string, unknown>[];
}

export interface StoredDataset {
  dataset_id: string;
  created_at: string;
  files: StoredFile[];
}

/** The datasets of the mock's account, newest last. */
export type Datasets = Map<string, StoredDataset>;

const PAR1 = [0x50, 0x41, 0x52, 0x31];

const isParquet = (bytes: Uint8Array) => bytes.length >= 12 && PAR1.every((b, i) => bytes[i] === b && bytes[bytes.length - 4 + i] === b);

const described = (schema: Record<string, string>) =>
  `(${Object.entries(schema)
    .map(([name, type]) => `${name}: ${type}`)
    .join(", ")})`;

/** GET /create-dataset. */
export function createDataset(datasets: Datasets): Answer {
  const dataset_id = `dataset-${randomUUID()}`;
  datasets.set(dataset_id, { dataset_id, created_at: new Date().toISOString(), files: [] });
  return ok({ dataset_id });
}

/** POST /list-datasets: newest first. */
export function listDatasets(datasets: Datasets): Answer {
  return ok({
    datasets: [...datasets.values()].reverse().map((d) => ({
      dataset_id: d.dataset_id,
      name: null,
      created_at: d.created_at,
      file_count: d.files.length,
      total_size_bytes: d.files.reduce((sum, f) => sum + f.size_bytes, 0),
      schema: d.files[0]?.schema ?? null,
    })),
  });
}

/** The dataset a JSON body names, or the answer that refuses it. */
function named(datasets: Datasets, body: unknown): StoredDataset | Answer {
  const id = (body as { dataset_id?: unknown } | undefined)?.dataset_id;
  if (typeof id !== "string" || id === "") return error(422, "dataset_id is required.");
  return datasets.get(id) ?? error(404, `Dataset ${id} not found.`);
}

/** POST /list-dataset-files: in upload order. */
export function listDatasetFiles(datasets: Datasets, body: unknown): Answer {
  const dataset = named(datasets, body);
  if ("status" in dataset) return dataset;
  return ok({ files: dataset.files.map(({ bytes: _, rows: __, ...file }) => file) });
}

/** POST /download-from-dataset: the file's bytes as uploaded. */
export function downloadFromDataset(datasets: Datasets, body: unknown): Answer {
  const dataset = named(datasets, body);
  if ("status" in dataset) return dataset;
  const name = (body as { file_name?: unknown }).file_name;
  const file = dataset.files.find((f) => f.file_name === name);
  if (!file) return error(404, `No file named ${String(name)} in dataset ${dataset.dataset_id}.`);
  return { status: 200, body: "", page: undefined, cursor: null, bytes: file.bytes };
}

/** POST /upload-to-dataset: a multipart form with `dataset_id` and one Parquet `file`. */
export async function uploadToDataset(datasets: Datasets, request: IncomingRequest): Promise<Answer> {
  let form: FormData;
  try {
    // The platform's own multipart parser (undici's in Node, Deno's, Bun's).
    form = await new Response((request.bytes ?? new Uint8Array()) as Uint8Array<ArrayBuffer>, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return error(422, "The body must be a multipart form with dataset_id and file.");
  }
  const dataset = named(datasets, { dataset_id: form.get("dataset_id") });
  if ("status" in dataset) return dataset;
  const file = form.get("file");
  if (!file || typeof file === "string") return error(422, "file is required.");
  const file_name = file.name;
  if (dataset.files.some((f) => f.file_name === file_name)) {
    return error(400, `A file named ${file_name} already exists in dataset ${dataset.dataset_id}.`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isParquet(bytes)) return error(400, `${file_name} is not a Parquet file.`);
  let schema: Record<string, string>;
  let rows: Record<string, unknown>[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const metadata = parquetMetadata(buffer);
    schema = schemaOf(metadata);
    rows = (await parquetReadObjects({ file: buffer, metadata, compressors })) as Record<string, unknown>[];
  } catch (cause) {
    return error(400, `${file_name} is not a readable Parquet file: ${(cause as Error).message}`);
  }
  const first = dataset.files[0]?.schema;
  if (first && described(first) !== described(schema)) {
    return error(400, `Schema mismatch: ${file_name} has columns ${described(schema)}, the dataset has ${described(first)}.`);
  }
  return ok({ file_id: store(dataset, file_name, bytes, schema, rows) });
}

/** A file's columns and their types, as list-dataset-files shows them. */
export const schemaOf = (metadata: FileMetaData): Record<string, string> =>
  Object.fromEntries(
    parquetSchema(metadata).children.map((c) => [
      c.element.name,
      String(c.element.logical_type?.type ?? c.element.converted_type ?? c.element.type ?? "group"),
    ]),
  );

/** Adds a checked file to the dataset; returns its new id. */
export function store(
  dataset: StoredDataset,
  file_name: string,
  bytes: Uint8Array,
  schema: Record<string, string>,
  rows: Record<string, unknown>[],
): string {
  const file_id = `file-${randomUUID()}`;
  dataset.files.push({
    file_name,
    file_id,
    uploaded_at: new Date().toISOString(),
    size_bytes: bytes.length,
    row_count: rows.length,
    schema,
    bytes,
    rows,
  });
  return file_id;
}

/** The inputs of a job created over a dataset: the column's values, file after file; or the answer that refuses it. */
export function datasetInputs(dataset: StoredDataset, column: unknown): unknown[] | Answer {
  const schema = dataset.files[0]?.schema;
  if (!schema) return error(400, `Dataset ${dataset.dataset_id} has no files.`);
  if (typeof column !== "string" || !(column in schema)) {
    return error(400, `column_name must name a column of dataset ${dataset.dataset_id}: ${Object.keys(schema).join(", ")}.`);
  }
  return dataset.files.flatMap((f) => f.rows.map((row) => row[column]));
}
