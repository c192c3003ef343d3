/** What the handlers of one mock API share: its options and the jobs, their lives and results files. */
import type { StoredArtifact } from "./artifacts.ts";
import type { MockApiOptions } from "./contract.ts";
import type { LiveDataset, MockJob } from "./dataset.ts";
import type { Datasets } from "./handlers/datasets.ts";
import type { Lives } from "./lifecycle.ts";

export interface MockState {
  options: MockApiOptions;
  dataset: LiveDataset;
  lives: Lives;
  seed: number;
  /** The results files handed out, by key. */
  artifacts: Map<string, StoredArtifact>;
  /** The datasets uploaded (the Datasets API), by id, oldest first. */
  datasets: Datasets;
  /** The job with this id as it is now, or undefined. */
  find(jobId: string): MockJob | undefined;
}
