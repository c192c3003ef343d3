// Run by datasets.mjs in a process of its own: a deployment that takes uploads and drops their bytes (so only
// the client's cost is measured), answering the dataset calls an upload makes.
import { createServer } from "node:http";

const answer = (res, body) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
const server = createServer((req, res) => {
  let bytes = 0;
  req.on("data", (chunk) => {
    bytes += chunk.length;
  });
  req.on("end", () => {
    if (req.url === "/v1/create-dataset") return answer(res, { dataset_id: "dataset-bench" });
    if (req.url === "/v1/list-dataset-files") return answer(res, { files: [] });
    if (req.url === "/v1/upload-to-dataset") return answer(res, { file_id: `file-${bytes}` });
    res.writeHead(404).end();
  });
});
server.listen(0, "127.0.0.1", () => console.log(`http://127.0.0.1:${server.address().port}/v1`));
