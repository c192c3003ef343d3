/**
 * What the CLI says of an error. The SDK's messages are written for SDK users (they name options and
 * code); where one would send a CLI user to code they do not have, the CLI says it in its own terms.
 */
import {
  APIUserAbortError,
  ConfigurationError,
  type CredentialSource,
  describeDeployment,
  ENV_API_KEY,
  ENV_API_URL,
  type ExplicitCredentials,
  JobCreationUnknownError,
  JobNotSucceededError,
  normalizeApiURL,
} from "@sutro/jobs";

const WAYS = `run \`sutro-jobs login\`, set both ${ENV_API_URL} and ${ENV_API_KEY}, or pass --api-url with --api-key`;

/** Where a value came from, or where its other half would, in the CLI's terms: a flag, a variable, a field of the config file. */
function place(source: CredentialSource, half: "url" | "key"): string {
  if (source.kind === "option") return half === "url" ? "--api-url" : "--api-key";
  if (source.kind === "env") return half === "url" ? ENV_API_URL : ENV_API_KEY;
  return `${half === "url" ? "api_url" : "api_key"} in ${source.path}`;
}

/**
 * The deployment's problem in the CLI's words (its flags, variables and commands, never the SDK's option
 * names), read from the SDK's own report of where each value came from; undefined to keep the SDK's words.
 */
function deploymentWords(credentials: ExplicitCredentials): string | undefined {
  const { apiURL, apiKey } = describeDeployment(credentials);
  if (!apiURL && !apiKey) return `No Sutro deployment is configured: a URL and its key are needed. To give them, ${WAYS}.`;
  if (!apiURL || !apiKey) {
    const [has, lacks] = apiURL
      ? [place(apiURL.source, "url"), place(apiURL.source, "key")]
      : [place((apiKey as { source: CredentialSource }).source, "key"), place((apiKey as { source: CredentialSource }).source, "url")];
    return `${has} is set but ${lacks} is not: a URL and its key always come from the same place. To fix it, ${WAYS}.`;
  }
  // Refused as plain http:// alone when it would pass with --allow-insecure-http.
  if (!credentials.allowInsecureHTTP) {
    try {
      normalizeApiURL(apiURL.value, "the URL", true);
    } catch {
      return undefined;
    }
    const host = new URL(apiURL.value).hostname;
    return `${place(apiURL.source, "url")} uses plain http:// to ${host}, which would send the API key unencrypted. Use https://, or pass --allow-insecure-http if you really mean it.`;
  }
  return undefined;
}

/** The line `sutro-jobs: …` prints for `error`; `credentials`: the deployment flags given, for a configuration error's words. */
export function cliMessage(error: unknown, credentials: ExplicitCredentials = {}): string {
  if (error instanceof APIUserAbortError) return "Interrupted.";
  if (error instanceof ConfigurationError) {
    const words = deploymentWords(credentials);
    if (words) return words;
  }
  if (error instanceof JobCreationUnknownError) {
    const cause = error.cause;
    const why =
      cause instanceof APIUserAbortError
        ? "Interrupted after the job was sent"
        : `No answer said whether the job was created (${cause instanceof Error ? cause.message.replace(/\.$/, "") : String(cause)})`;
    return `${why}: the job may exist, and may be billed. It is not submitted again; look for it with \`sutro-jobs list --limit 10\` before submitting again.`;
  }
  if (error instanceof JobNotSucceededError && error.jobId !== undefined && error.jobStatus !== undefined) {
    const { jobId, jobStatus } = error;
    const why = error.failureReason?.message ? ` (${error.failureReason.message})` : "";
    const next = ["FAILED", "CANCELLED"].includes(jobStatus)
      ? "It will have none."
      : `Follow it to its end with \`sutro-jobs watch ${jobId}\`.`;
    return `${jobId} is ${jobStatus}${why}: it has results once it has SUCCEEDED. ${next}`;
  }
  return error instanceof Error ? error.message : String(error);
}
