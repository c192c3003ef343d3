#!/usr/bin/env node
import { Sutro } from "@sutro/jobs";
// `pnpm start`: the README's main job on a fresh clone. Starts the bundled mock
// server on loopback and lists its newest jobs through the built SDK, so no
// API key or network is needed.
import { startMockServer } from "@sutro/jobs-mock";

const server = await startMockServer({ jobs: 250, seed: 1, apiKey: "sk_test_mock" });
try {
  const sutro = new Sutro({ apiKey: "sk_test_mock", baseURL: server.url });
  const page = await sutro.jobs.list({ limit: 25 });
  console.log(`The 25 newest of ${server.dataset.size} jobs on the mock server at ${server.url}:\n`);
  console.table(
    page.jobs.map((job) => ({
      id: job.job_id,
      status: job.status,
      model: job.model,
      created: job.datetime_created,
      rows: job.num_rows,
      cost: job.job_cost ?? job.cost_estimate,
    })),
  );
  let total = 0;
  for await (const _ of sutro.jobs.iterate({ pageSize: 100 })) total++;
  console.log(`\niterate() walked all ${total} jobs, ${Math.ceil(total / 100)} pages of 100.`);
} finally {
  await server.close();
}
