import assert from "node:assert/strict";
import { APIError, SutroError } from "../../src/index.ts";
import { API_KEY, type Case } from "./harness.ts";

const STATUSES = [400, 401, 403, 404, 409, 410, 422, 429, 500, 503, 524];
const TEXTS = ["The limit is out of range.", "Nope!", "Did you mean list-jobs?", "no punctuation at all", "Trailing space. "];

/** Every body shape servers send: FastAPI's detail (prose or a validation list), message, error, a proxy's text. */
function bodies(text: string): string[] {
  return [
    JSON.stringify({ detail: text }),
    JSON.stringify({ detail: [{ loc: ["query", "limit"], msg: text, type: "value_error" }] }),
    JSON.stringify({ message: text }),
    JSON.stringify({ error: text }),
    text,
  ];
}

export const messageCases: Case[] = [
  {
    name: "every error kind reads as clean sentences, whatever punctuation the server's own text ends with",
    run: async (rt) => {
      let checked = 0;
      for (const status of STATUSES) {
        for (const text of TEXTS) {
          for (const body of bodies(text)) {
            const fetch = async () => new Response(body, { status, headers: { "retry-after": "2" } });
            const sutro = new rt.Sutro({ apiKey: API_KEY, apiURL: "https://acme.sutro.example", fetch, maxRetries: 0, logLevel: "off" });
            try {
              await sutro.jobs.list({ limit: 5 });
              assert.fail("expected an error");
            } catch (error) {
              assert.ok(error instanceof APIError && error instanceof SutroError);
              assert.ok(error.message.includes(text.trim()), `${status} ${body}: the server's text is shown: ${error.message}`);
              assert.doesNotMatch(error.message, /[.!?]\.(\s|$)|\s\.|\s{2}/, `${status} ${body}: ${error.message}`);
              assert.match(error.message, /[.!?]$/);
              checked++;
            }
          }
        }
      }
      assert.equal(checked, STATUSES.length * TEXTS.length * 5);
    },
  },
];
