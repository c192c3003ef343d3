// Code samples for every operation of the reference (Redoc's x-codeSamples), made from the spec
// when the docs are generated, never written into the spec by hand: the SDK's own method first, the
// generated call (`sutro.api.<operationId>`) second where the operation has one, curl third. Each runs
// unchanged against the bundled mock (it seeds the jobs and the dataset the examples name);
// tests/docs-samples.test.ts type-checks the TypeScript ones and runs all of them.

const METHODS = ["get", "put", "post", "delete", "patch"];

/** The file and dataset the upload samples name (a multipart body has no example in the spec to take them from). */
const UPLOAD_FILE = "reviews-0001.parquet";

/**
 * Query parameters a sample leaves out: a cursor is what the page before answered, never a value to copy.
 * The friendly samples page with iterate() instead.
 */
const ANSWERED_BEFORE = new Set(["cursor"]);

/** The example value of a parameter or a request body, as the spec gives it. */
function exampleOf(node) {
  if (node?.example !== undefined) return node.example;
  if (node?.schema?.example !== undefined) return node.schema.example;
  const first = node?.examples && Object.values(node.examples)[0];
  return first?.value ?? first;
}

const literal = (value, indent) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
const str = (value) => JSON.stringify(value);
/** `job_priority` → `priority`, any other `snake_case` → `camelCase`: the SDK's names for the body's fields. */
const camel = (name) => (name === "job_priority" ? "priority" : name.replace(/_([a-z])/g, (_, c) => c.toUpperCase()));
const camelKeys = (body) => Object.fromEntries(Object.entries(body).map(([key, value]) => [camel(key), value]));
/** A value as a TypeScript literal: keys bare where they can be, arrays of plain values on one line. */
function options(value, indent = "") {
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== "object")) return `[${value.map(str).join(", ")}]`;
  if (value === null || typeof value !== "object") return str(value);
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((item) => `${inner}${options(item, inner)}`)
    : Object.entries(value).map(([key, item]) => `${inner}${/^[A-Za-z_$][\w$]*$/.test(key) ? key : str(key)}: ${options(item, inner)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${open}\n${entries.join(",\n")},\n${indent}${close}`;
}

/**
 * The SDK's own method for each operation, given the operation's examples (`id` the path's job id,
 * `query` and `body`). These are what a user writes; the generated call is shown beside them.
 */
const FRIENDLY = {
  listJobs: ({ query }) => [
    `const page = await sutro.jobs.list({ limit: ${query.limit ?? 50} });`,
    "console.log(page.jobs.map((job) => [job.job_id, job.status]));",
    "// Every job, newest first, page after page:",
    "let count = 0;",
    'for await (const job of sutro.jobs.iterate()) if (job.status === "SUCCEEDED") count++;',
    'console.log(count, "jobs succeeded");',
  ],
  tryAuthentication: () => ["console.log(await sutro.checkAuth()); // true, or an AuthenticationError"],
  createJob: ({ body }) => [`const { jobId } = await sutro.jobs.create(${options(camelKeys(body))});`, "console.log(jobId);"],
  getJob: ({ id }) => [`const job = await sutro.jobs.get(${str(id)});`, "console.log(job.status, job.num_rows, job.job_cost);"],
  getJobStatus: ({ id }) => [`console.log(await sutro.jobs.status(${str(id)}));`],
  streamJobProgress: ({ id }) => [`for await (const update of sutro.jobs.progress(${str(id)})) {`, "  console.log(update);", "}"],
  getResultsUrl: ({ id, query }) => [
    `const { urls, artifact } = await sutro.jobs.resultsURL(${str(id)}, { expiresIn: ${query.expires_in_seconds ?? 3600} });`,
    "console.log(artifact.filename, urls.get);",
  ],
  cancelJob: ({ id }) => [`const { cancelled, message } = await sutro.jobs.cancel(${str(id)});`, "console.log(cancelled, message);"],
  getJobResults: ({ body }) => [
    `const rows = await sutro.jobs.results(${str(body.job_id)}, { includeInputs: ${body.include_inputs === true} });`,
    "console.log(rows);",
  ],
  getQuotas: () => ["console.log(await sutro.quotas());"],
  createDataset: () => ["const { datasetId } = await sutro.datasets.create();", "console.log(datasetId);"],
  uploadToDataset: () => [
    "// A Parquet file (the downloadFromDataset sample fetches one), or a directory of them: checked before",
    "// any byte is sent, streamed from disk, into a new dataset (or pass { datasetId }).",
    `const { datasetId, files } = await sutro.datasets.upload(${str(UPLOAD_FILE)});`,
    "console.log(datasetId, files);",
  ],
  listDatasets: () => ["console.log(await sutro.datasets.list());"],
  listDatasetFiles: ({ body }) => [`console.log(await sutro.datasets.files(${str(body.dataset_id)}));`],
  downloadFromDataset: ({ body }) => [
    `const { path, bytes } = await sutro.datasets.download(${str(body.dataset_id)}, ${str(body.file_name)}, { to: ${str(body.file_name)} });`,
    "console.log(path, bytes);",
  ],
};

const program = (call, imports = []) =>
  [
    ...imports,
    'import { Sutro } from "@sutro/jobs";',
    "",
    "const sutro = new Sutro(); // SUTRO_API_URL and SUTRO_API_KEY, or ~/.sutro/config.json",
    ...call,
  ].join("\n");

/** The samples of one operation: the SDK's method, the generated call where there is one, curl. */
export function samplesFor(path, method, op, parameters) {
  const pathParams = parameters.filter((p) => p.in === "path");
  const queryParams = parameters.filter((p) => p.in === "query" && exampleOf(p) !== undefined && !ANSWERED_BEFORE.has(p.name));
  const body = exampleOf(op.requestBody?.content?.["application/json"]);
  const query = Object.fromEntries(queryParams.map((p) => [p.name, exampleOf(p)]));
  const friendly = FRIENDLY[op.operationId];
  if (!friendly)
    throw new Error(`${op.operationId} has no sample of the SDK's own method: add one to FRIENDLY in scripts/code-samples.mjs`);
  const samples = [{ lang: "JavaScript", label: "TypeScript", source: program(friendly({ id: exampleOf(pathParams[0]), query, body })) }];

  // A streamed answer has no sutro.api method. A multipart upload and a binary download have one, which holds
  // the whole file; their samples say so, and that the SDK's own method streams it.
  const answers = Object.keys(op.responses?.["200"]?.content ?? {});
  const multipart = op.requestBody?.content?.["multipart/form-data"] !== undefined;
  const binary = answers.includes("application/octet-stream");
  if (multipart) {
    const call = [
      "// The whole file as a File, sent as a multipart form; sutro.datasets.upload() checks it and streams it from disk.",
      "const { dataset_id } = await sutro.api.createDataset({});",
      `const file = new File([await openAsBlob(${str(UPLOAD_FILE)})], ${str(UPLOAD_FILE)});`,
      "const data = await sutro.api.uploadToDataset({ body: { dataset_id, file } });",
      "console.log(data);",
    ];
    samples.push({ lang: "TypeScript", label: "TypeScript (sutro.api)", source: program(call, ['import { openAsBlob } from "node:fs";']) });
  } else if (binary) {
    const call = [
      "// The file's bytes as a Blob, held in memory; sutro.datasets.download() streams them to disk.",
      `const file = await sutro.api.downloadFromDataset({ body: ${literal(body, "")} });`,
      "console.log(file.size);",
    ];
    samples.push({ lang: "TypeScript", label: "TypeScript (sutro.api)", source: program(call) });
  } else if (!answers.some((type) => type.includes("ndjson"))) {
    const args = [];
    if (pathParams.length) args.push(`path: ${str(Object.fromEntries(pathParams.map((p) => [p.name, exampleOf(p)])))}`);
    if (queryParams.length) args.push(`query: ${str(query)}`);
    if (body !== undefined) args.push(`body: ${literal(body, "  ")}`);
    const call = [`const data = await sutro.api.${op.operationId}({${args.length ? ` ${args.join(", ")} ` : ""}});`, "console.log(data);"];
    samples.push({ lang: "TypeScript", label: "TypeScript (sutro.api)", source: program(call) });
  }

  const filled = pathParams.reduce((at, p) => at.replace(`{${p.name}}`, encodeURIComponent(String(exampleOf(p)))), path);
  const search = queryParams.map((p) => `${p.name}=${encodeURIComponent(String(exampleOf(p)))}`).join("&");
  // An upload goes into a dataset of its own each time: a file name is unique within a dataset.
  const created = multipart
    ? [
        `DATASET_ID=$(curl -s "$SUTRO_API_URL/create-dataset" -H "Authorization: Key $SUTRO_API_KEY" | sed -E 's/.*"dataset_id": *"([^"]+)".*/\\1/')`,
      ]
    : [];
  const curl = [
    ...created,
    `curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} "$SUTRO_API_URL${filled}${search ? `?${search}` : ""}" \\`,
    `  -H "Authorization: Key $SUTRO_API_KEY"${body === undefined && !multipart ? "" : " \\"}`,
    ...(body === undefined
      ? []
      : ['  -H "Content-Type: application/json" \\', `  -d '${JSON.stringify(body).replace(/'/g, "'\\''")}'${binary ? " \\" : ""}`]),
    ...(multipart ? ['  -F dataset_id="$DATASET_ID" \\', `  -F file=@${UPLOAD_FILE}`] : []),
    ...(binary ? [`  -o ${body?.file_name}`] : []),
  ].join("\n");
  samples.push({ lang: "curl", label: "curl", source: curl });
  return samples;
}

/** Every operation's samples, by operationId; `spec` has its $refs to files inlined. */
export function allSamples(spec) {
  const deref = (node) =>
    node?.$ref
      ? node.$ref
          .split("/")
          .slice(1)
          .reduce((at, key) => at?.[key], spec)
      : node;
  const out = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref);
      out[op.operationId] = { path, method, samples: samplesFor(path, method, op, parameters) };
    }
  }
  return out;
}
