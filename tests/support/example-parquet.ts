/**
 * The Parquet file of reviews in the mock's example dataset (a mock started with `examples: true`), as bytes:
 * a real file for tests that need one to upload. Any answer but the file fails the test.
 */
export async function exampleParquet(apiURL: string, apiKey: string): Promise<Uint8Array> {
  const response = await fetch(`${apiURL}/download-from-dataset`, {
    method: "POST",
    headers: { Authorization: `Key ${apiKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ dataset_id: "dataset-3f6c1a52-8d0e-4b8e-9a57-2f1d6c0b9e41", file_name: "reviews-0001.parquet" }),
  });
  if (!response.ok) throw new Error(`The example dataset's file: ${response.status} ${await response.text()}`);
  return new Uint8Array(await response.arrayBuffer());
}
