// Code samples for every operation of the reference (Redoc's x-codeSamples), made from the spec
// when the docs are generated, never written into the spec by hand: the TypeScript SDK call
// (`sutro.api.<operationId>`) and curl against $SUTRO_API_URL. tests/docs-samples.test.ts
// type-checks every TypeScript sample against the built SDK, so a renamed method breaks the build.

const METHODS = ["get", "put", "post", "delete", "patch"];

/** The file and dataset the upload samples name (a multipart body has no example in the spec to take them from). */
const UPLOAD_FILE = "reviews-0001.parquet";
const DATASET_ID = "dataset-3f6c1a52-8d0e-4b8e-9a57-2f1d6c0b9e41";

/** The example value of a parameter or a request body, as the spec gives it. */
function exampleOf(node) {
  if (node?.example !== undefined) return node.example;
  if (node?.schema?.example !== undefined) return node.schema.example;
  const first = node?.examples && Object.values(node.examples)[0];
  return first?.value ?? first;
}

const literal = (value, indent) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);

/** The TypeScript and curl samples of one operation. */
export function samplesFor(path, method, op, parameters) {
  const pathParams = parameters.filter((p) => p.in === "path");
  const queryParams = parameters.filter((p) => p.in === "query" && exampleOf(p) !== undefined);
  const body = exampleOf(op.requestBody?.content?.["application/json"]);
  const args = [];
  if (pathParams.length) args.push(`path: ${JSON.stringify(Object.fromEntries(pathParams.map((p) => [p.name, exampleOf(p)])))}`);
  if (queryParams.length) args.push(`query: ${JSON.stringify(Object.fromEntries(queryParams.map((p) => [p.name, exampleOf(p)])))}`);
  if (body !== undefined) args.push(`body: ${literal(body, "  ")}`);
  // A streamed answer, a multipart upload and a binary download have no sutro.api method: their hand-written
  // methods are the calls to show.
  const answers = Object.keys(op.responses?.["200"]?.content ?? {});
  const streamed = answers.some((type) => type.includes("ndjson"));
  const multipart = op.requestBody?.content?.["multipart/form-data"] !== undefined;
  const binary = answers.includes("application/octet-stream");
  const call = streamed
    ? [`for await (const update of sutro.jobs.progress(${JSON.stringify(exampleOf(pathParams[0]))})) {`, "  console.log(update);", "}"]
    : multipart
      ? [
          `// A Parquet file, or a directory of them; checked before any byte is sent, streamed from disk.`,
          `const { datasetId, files } = await sutro.datasets.upload("${UPLOAD_FILE}", { datasetId: "${DATASET_ID}" });`,
          "console.log(datasetId, files);",
        ]
      : binary
        ? [
            `const { path, bytes } = await sutro.datasets.download(${JSON.stringify(body?.dataset_id)}, ${JSON.stringify(body?.file_name)}, { to: ${JSON.stringify(body?.file_name)} });`,
            "console.log(path, bytes);",
          ]
        : [`const data = await sutro.api.${op.operationId}({${args.length ? ` ${args.join(", ")} ` : ""}});`, "console.log(data);"];
  const typescript = [
    'import { Sutro } from "@sutro/jobs";',
    "",
    "const sutro = new Sutro(); // SUTRO_API_URL and SUTRO_API_KEY, or ~/.sutro/config.json",
    ...call,
  ].join("\n");

  const filled = pathParams.reduce((at, p) => at.replace(`{${p.name}}`, encodeURIComponent(String(exampleOf(p)))), path);
  const query = queryParams.map((p) => `${p.name}=${encodeURIComponent(String(exampleOf(p)))}`).join("&");
  const curl = [
    `curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} "$SUTRO_API_URL${filled}${query ? `?${query}` : ""}" \\`,
    `  -H "Authorization: Key $SUTRO_API_KEY"${body === undefined && !multipart ? "" : " \\"}`,
    ...(body === undefined
      ? []
      : ['  -H "Content-Type: application/json" \\', `  -d '${JSON.stringify(body).replace(/'/g, "'\\''")}'${binary ? " \\" : ""}`]),
    ...(multipart ? [`  -F dataset_id=${DATASET_ID} \\`, `  -F file=@${UPLOAD_FILE}`] : []),
    ...(binary ? [`  -o ${body?.file_name}`] : []),
  ].join("\n");
  return [
    { lang: "JavaScript", label: "TypeScript", source: typescript },
    { lang: "curl", label: "curl", source: curl },
  ];
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
