/**
 * Which deployment a client talks to, and with which key. Each customer has a
 * deployment of their own whose keys work only there, so the URL and the key
 * are resolved as a pair: both from the options, or both from the environment,
 * or both from the config file, never one from each.
 */ import { ConfigurationError, InvalidRequestError, MissingApiKeyError, MissingApiUrlError, RETIRED_ADVICE } from "./errors.ts";
/** The placeholder origin of the API reference, for messages. */ export const EXAMPLE_API_URL =
  "https://your-sutro-deployment.example.com";
/** The variable that names your deployment, as the official SDK reads it. */ export const ENV_API_URL = "SUTRO_API_URL";
/** The variable that holds the deployment's key, read only together with SUTRO_API_URL. */ export const ENV_API_KEY = "SUTRO_API_KEY";
/** The old name of SUTRO_API_URL, still read when SUTRO_API_URL is unset, as the official SDK does. */ export const ENV_LEGACY_URL =
  "SUTRO_BASE_URL";
/** The web entry's: options only. */ export const NO_AMBIENT = {
  env: () => undefined,
  config: () => undefined,
  configPath: undefined,
};
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
/**
 * Hosts of the retired central API. They answer 410 today; refusing them before
 * any request keeps a key from reaching a host it was never issued for.
 */ const RETIRED_HOSTS = /(^|\.)(api\.sutro\.sh|serve\.sutro\.sh|api\.materialized\.dev)$|--tensor-factory-fastapi-app\.modal\.run$/i;
const ACCEPTED_FORMS = `${EXAMPLE_API_URL} or ${EXAMPLE_API_URL}/v1`;
function refuse(message) {
  throw new ConfigurationError(message);
}
export function checkApiKey(key, where) {
  if (typeof key !== "string") throw new InvalidRequestError(`${where} must be a string.`);
  if (key === "") throw new MissingApiKeyError(`${where} is empty. Give the key itself, e.g. sk_live_….`);
  // A CR/LF would split the header; other bytes would make fetch throw a message that quotes the key.
  if (/[^\x21-\x7e]/.test(key)) {
    throw new InvalidRequestError(
      `${where} contains whitespace, a control character or a non-ASCII character. Remove any newline or space around the key.`,
    );
  }
  return key;
}
/**
 * The deployment's origin with or without `/v1` (and a trailing slash) becomes
 * `<origin>/v1`; anything else is refused before any request.
 */ export function normalizeApiURL(value, where, allowInsecureHTTP = false) {
  if (typeof value !== "string") throw new InvalidRequestError(`${where} must be a string URL like ${ACCEPTED_FORMS}.`);
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    // Not echoed: a key pasted into the URL's place would end up in the message.
    refuse(`${where} is not a URL. Use your deployment's URL, like ${ACCEPTED_FORMS}.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") refuse(`${where} must be an https:// URL, not ${url.protocol}.`);
  // Never echo credentials found in a URL back into a message.
  if (url.username || url.password) refuse(`${where} must not carry a user name or password; pass the key as \`apiKey\`.`);
  const shown = `${url.origin}${url.pathname}`;
  if (url.search || url.hash) refuse(`${where} must not have a query or fragment (${shown}…). Use ${ACCEPTED_FORMS}.`);
  if (!/^\/(v1\/?)?$/.test(url.pathname.replace(/\/+$/, "/"))) {
    refuse(`${where} has the path "${url.pathname}"; every API path lives under /v1 of the deployment. Use ${ACCEPTED_FORMS}.`);
  }
  if (RETIRED_HOSTS.test(url.hostname)) refuse(`${where} names ${url.hostname}, which is retired and answers 410 Gone. ${RETIRED_ADVICE}`);
  if (url.protocol === "http:" && !LOOPBACK.test(url.hostname) && !allowInsecureHTTP) {
    refuse(
      `${where} uses plain http:// to ${url.hostname}, which would send the API key unencrypted. Use https://, or set allowInsecureHTTP: true if you really mean it.`,
    );
  }
  return `${url.origin}/v1`;
}
const text = (value) => (typeof value === "string" && value !== "" ? value : undefined);
/** `apiURL`, or its older name `baseURL`; giving both with different values is a mistake worth stopping. */ function explicitURL(options) {
  const { apiURL, baseURL } = options;
  if (apiURL !== undefined && baseURL !== undefined && apiURL !== baseURL) {
    throw new InvalidRequestError("Give apiURL or baseURL (its older name), not both with different values.");
  }
  const name = apiURL !== undefined ? "apiURL" : baseURL !== undefined ? "baseURL" : undefined;
  return name === undefined
    ? undefined
    : {
        value: apiURL ?? baseURL,
        source: {
          kind: "option",
        },
        label: `\`${name}\``,
      };
}
function findPair(options, ambient) {
  const url = explicitURL(options);
  if (url !== undefined || options.apiKey !== undefined) {
    return {
      url,
      key:
        options.apiKey === undefined
          ? undefined
          : {
              value: options.apiKey,
              source: {
                kind: "option",
              },
              label: "`apiKey`",
            },
      why: "A key given in code is used only with a URL given in code, and the other way round.",
      legacyNames: options.apiURL === undefined && options.baseURL !== undefined ? ["baseURL"] : [],
    };
  }
  const envURLName = [ENV_API_URL, ENV_LEGACY_URL].find((name) => ambient.env(name) !== undefined);
  const envKey = ambient.env(ENV_API_KEY);
  if (envURLName !== undefined || envKey !== undefined) {
    return {
      url:
        envURLName === undefined
          ? undefined
          : {
              value: ambient.env(envURLName),
              source: {
                kind: "env",
                name: envURLName,
              },
              label: envURLName,
            },
      key:
        envKey === undefined
          ? undefined
          : {
              value: envKey,
              source: {
                kind: "env",
                name: ENV_API_KEY,
              },
              label: ENV_API_KEY,
            },
      why: "The environment is used as a pair: the config file's values are never mixed in.",
      legacyNames: envURLName === ENV_LEGACY_URL ? [ENV_LEGACY_URL] : [],
    };
  }
  const config = ambient.config();
  if (config === undefined) return undefined;
  const { path, fields } = config;
  const field = ["api_url", "base_url"].find((name) => text(fields[name]) !== undefined);
  const key = text(fields.api_key);
  if (field === undefined && key === undefined) return undefined;
  return {
    url:
      field === undefined
        ? undefined
        : {
            value: fields[field],
            source: {
              kind: "config",
              path,
              field,
            },
            label: `${field} in ${path}`,
          },
    key:
      key === undefined
        ? undefined
        : {
            value: key,
            source: {
              kind: "config",
              path,
              field: "api_key",
            },
            label: `api_key in ${path}`,
          },
    why: "A saved key is used only with the deployment URL saved beside it (`sutro-jobs set-api-url` clears the key).",
    legacyNames: field === "base_url" ? ["base_url"] : [],
  };
}
/** How to give a deployment, said by every error that lacks one. */ function ways(ambient) {
  if (ambient.configPath === undefined) return "pass both `apiURL` and `apiKey` to new Sutro({ apiURL, apiKey }).";
  return `pass both \`apiURL\` and \`apiKey\` to new Sutro(), set both ${ENV_API_URL} and ${ENV_API_KEY}, or log in with \`sutro-jobs login\` so that ${ambient.configPath} holds both api_url and api_key.`;
}
/**
 * The URL and key to use: from the options, else the environment pair, else the
 * config file pair. A pair with one half missing is an error, never completed
 * from another source: that is how a key would reach a deployment it was not
 * issued for.
 */ export function resolveDeployment(options, ambient) {
  const pair = findPair(options, ambient);
  if (pair === undefined) {
    throw new MissingApiUrlError(`No Sutro deployment is configured: a URL and its key are needed. To give them, ${ways(ambient)}`);
  }
  const { url, key, why } = pair;
  if (url === undefined || key === undefined) {
    const [has, lacks] =
      url === undefined ? [key?.label, ENV_NAMES[key?.source.kind ?? "option"].url] : [url.label, ENV_NAMES[url.source.kind].key];
    const message = `${has} is set but ${lacks} is not. ${why} To fix it, ${ways(ambient)}`;
    throw url === undefined ? new MissingApiUrlError(message) : new MissingApiKeyError(message);
  }
  return {
    apiURL: normalizeApiURL(url.value, url.label, options.allowInsecureHTTP === true),
    apiURLSource: url.source,
    apiKey: checkApiKey(key.value, key.label),
    apiKeySource: key.source,
    legacyNames: pair.legacyNames,
  };
}
/** What each kind of source calls the half that is missing. */ const ENV_NAMES = {
  option: {
    url: "`apiURL`",
    key: "`apiKey`",
  },
  env: {
    url: ENV_API_URL,
    key: ENV_API_KEY,
  },
  config: {
    url: "api_url",
    key: "api_key",
  },
};
/** `sk_live_…abcd`: enough to tell keys apart, never enough to use one. */ export function maskApiKey(key) {
  const prefix = /^[a-z]+_[a-z]+_/i.exec(key)?.[0] ?? "";
  return key.length >= prefix.length + 12 ? `${prefix}…${key.slice(-4)}` : `${prefix}…`;
}
/** The URL normalised when it is valid; otherwise its origin and path only, never a user name, password or query. */ function shownURL(
  value,
  allowInsecureHTTP,
) {
  try {
    return normalizeApiURL(value, "", allowInsecureHTTP);
  } catch {
    try {
      const url = new URL(String(value).trim());
      return `${url.origin}${url.pathname}`;
    } catch {
      return "(not a URL)";
    }
  }
}
/** Which deployment and key a client would use, and from where, without making one (the CLI's `config show`). */ export function describeDeployment(
  options,
  ambient,
) {
  const report = {
    apiURL: undefined,
    apiKey: undefined,
    legacyNames: [],
    configFile: ambient.configPath,
    problem: undefined,
  };
  try {
    const pair = findPair(options, ambient);
    if (pair?.url) {
      report.apiURL = {
        value: shownURL(pair.url.value, options.allowInsecureHTTP === true),
        source: pair.url.source,
      };
    }
    if (pair?.key)
      report.apiKey = {
        hint: maskApiKey(String(pair.key.value)),
        source: pair.key.source,
      };
    report.legacyNames = pair?.legacyNames ?? [];
    resolveDeployment(options, ambient);
  } catch (error) {
    if (!(error instanceof InvalidRequestError)) throw error;
    report.problem = error;
  }
  return report;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL3BhY2thZ2VzL2pvYnMvc3JjL2RlcGxveW1lbnQudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBXaGljaCBkZXBsb3ltZW50IGEgY2xpZW50IHRhbGtzIHRvLCBhbmQgd2l0aCB3aGljaCBrZXkuIEVhY2ggY3VzdG9tZXIgaGFzIGFcbiAqIGRlcGxveW1lbnQgb2YgdGhlaXIgb3duIHdob3NlIGtleXMgd29yayBvbmx5IHRoZXJlLCBzbyB0aGUgVVJMIGFuZCB0aGUga2V5XG4gKiBhcmUgcmVzb2x2ZWQgYXMgYSBwYWlyOiBib3RoIGZyb20gdGhlIG9wdGlvbnMsIG9yIGJvdGggZnJvbSB0aGUgZW52aXJvbm1lbnQsXG4gKiBvciBib3RoIGZyb20gdGhlIGNvbmZpZyBmaWxlLCBuZXZlciBvbmUgZnJvbSBlYWNoLlxuICovXG5pbXBvcnQge1xuICBDb25maWd1cmF0aW9uRXJyb3IsXG4gIHR5cGUgQ3JlZGVudGlhbFNvdXJjZSxcbiAgSW52YWxpZFJlcXVlc3RFcnJvcixcbiAgTWlzc2luZ0FwaUtleUVycm9yLFxuICBNaXNzaW5nQXBpVXJsRXJyb3IsXG4gIFJFVElSRURfQURWSUNFLFxufSBmcm9tIFwiLi9lcnJvcnMudHNcIjtcblxuLyoqIFRoZSBwbGFjZWhvbGRlciBvcmlnaW4gb2YgdGhlIEFQSSByZWZlcmVuY2UsIGZvciBtZXNzYWdlcy4gKi9cbmV4cG9ydCBjb25zdCBFWEFNUExFX0FQSV9VUkwgPSBcImh0dHBzOi8veW91ci1zdXRyby1kZXBsb3ltZW50LmV4YW1wbGUuY29tXCI7XG5cbi8qKiBUaGUgdmFyaWFibGUgdGhhdCBuYW1lcyB5b3VyIGRlcGxveW1lbnQsIGFzIHRoZSBvZmZpY2lhbCBTREsgcmVhZHMgaXQuICovXG5leHBvcnQgY29uc3QgRU5WX0FQSV9VUkwgPSBcIlNVVFJPX0FQSV9VUkxcIjtcbi8qKiBUaGUgdmFyaWFibGUgdGhhdCBob2xkcyB0aGUgZGVwbG95bWVudCdzIGtleSwgcmVhZCBvbmx5IHRvZ2V0aGVyIHdpdGggU1VUUk9fQVBJX1VSTC4gKi9cbmV4cG9ydCBjb25zdCBFTlZfQVBJX0tFWSA9IFwiU1VUUk9fQVBJX0tFWVwiO1xuLyoqIFRoZSBvbGQgbmFtZSBvZiBTVVRST19BUElfVVJMLCBzdGlsbCByZWFkIHdoZW4gU1VUUk9fQVBJX1VSTCBpcyB1bnNldCwgYXMgdGhlIG9mZmljaWFsIFNESyBkb2VzLiAqL1xuZXhwb3J0IGNvbnN0IEVOVl9MRUdBQ1lfVVJMID0gXCJTVVRST19CQVNFX1VSTFwiO1xuXG4vKiogV2hhdCBhIHJ1bnRpbWUgZW50cnkgY2FuIGZpbmQgb3V0c2lkZSB0aGUgb3B0aW9ucy4gRXZlcnkgcmVhZCBpcyBsYXp5OiBvbmx5IHdoYXQgaXMgc3RpbGwgbWlzc2luZyBpcyBsb29rZWQgdXAuICovXG5leHBvcnQgaW50ZXJmYWNlIEFtYmllbnQge1xuICAvKiogQSB2YXJpYWJsZSdzIHZhbHVlOyB1bmRlZmluZWQgd2hlbiB1bnNldCwgZW1wdHksIG9yIG5vdCByZWFkYWJsZSAoRGVubyB3aXRob3V0IC0tYWxsb3ctZW52KS4gKi9cbiAgZW52KG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqXG4gICAqIFRoZSBjb25maWcgZmlsZSdzIGZpZWxkcywgcmVhZCBhdCBtb3N0IG9uY2U7IHVuZGVmaW5lZCB3aGVuIHRoZXJlIGlzIG5vIGZpbGUgKG9yIG5vIHBlcm1pc3Npb24gdG8gcmVhZFxuICAgKiBpdCkuIFRocm93cyBDb25maWd1cmF0aW9uRXJyb3Igd2hlbiB0aGUgZmlsZSBpcyB0aGVyZSBidXQgdW51c2FibGUgKG5vdCBKU09OLCBhIGRpcmVjdG9yeSkuXG4gICAqL1xuICBjb25maWcoKTogeyBwYXRoOiBzdHJpbmc7IGZpZWxkczogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfSB8IHVuZGVmaW5lZDtcbiAgLyoqIFRoZSBjb25maWcgZmlsZSdzIHBhdGgsIGZvciBtZXNzYWdlczsgdW5kZWZpbmVkIHdoZXJlIG5vbmUgaXMgcmVhZCAoYnJvd3NlcnMpLiAqL1xuICBjb25maWdQYXRoOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBUaGUgd2ViIGVudHJ5J3M6IG9wdGlvbnMgb25seS4gKi9cbmV4cG9ydCBjb25zdCBOT19BTUJJRU5UOiBBbWJpZW50ID0geyBlbnY6ICgpID0+IHVuZGVmaW5lZCwgY29uZmlnOiAoKSA9PiB1bmRlZmluZWQsIGNvbmZpZ1BhdGg6IHVuZGVmaW5lZCB9O1xuXG4vKiogQSBrZXkgYW5kIHRoZSBkZXBsb3ltZW50IGl0IGJlbG9uZ3MgdG8sIGVhY2ggd2l0aCB3aGVyZSBpdCBjYW1lIGZyb20uICovXG5leHBvcnQgaW50ZXJmYWNlIERlcGxveW1lbnQge1xuICAvKiogYDxvcmlnaW4+L3YxYC4gKi9cbiAgYXBpVVJMOiBzdHJpbmc7XG4gIC8qKiBXaGVyZSB0aGUgVVJMIGNhbWUgZnJvbS4gKi9cbiAgYXBpVVJMU291cmNlOiBDcmVkZW50aWFsU291cmNlO1xuICAvKiogVGhlIGtleSAobmV2ZXIgc2hvd246IHNlZSBtYXNrQXBpS2V5KS4gKi9cbiAgYXBpS2V5OiBzdHJpbmc7XG4gIC8qKiBXaGVyZSB0aGUga2V5IGNhbWUgZnJvbS4gKi9cbiAgYXBpS2V5U291cmNlOiBDcmVkZW50aWFsU291cmNlO1xuICAvKiogTGVnYWN5IG5hbWVzIHRoYXQgc3VwcGxpZWQgYSB2YWx1ZSAoYFNVVFJPX0JBU0VfVVJMYCwgdGhlIGNvbmZpZyBmaWxlJ3MgYGJhc2VfdXJsYCkuICovXG4gIGxlZ2FjeU5hbWVzOiBzdHJpbmdbXTtcbn1cblxuLyoqIFdoYXQgdGhlIGNhbGxlciBwYXNzZWQgaW4gY29kZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRXhwbGljaXRDcmVkZW50aWFscyB7XG4gIC8qKiBUaGUga2V5LCBnaXZlbiBpbiBjb2RlLiAqL1xuICBhcGlLZXk/OiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBUaGUgZGVwbG95bWVudCBVUkwsIGdpdmVuIGluIGNvZGUuICovXG4gIGFwaVVSTD86IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIFRoZSBvbGRlciBuYW1lIG9mIGBhcGlVUkxgLiAqL1xuICBiYXNlVVJMPzogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAvKiogQWxsb3cgcGxhaW4gaHR0cDovLyB0byBhIGhvc3QgdGhhdCBpcyBub3QgbG9vcGJhY2suICovXG4gIGFsbG93SW5zZWN1cmVIVFRQPzogYm9vbGVhbiB8IHVuZGVmaW5lZDtcbn1cblxuY29uc3QgTE9PUEJBQ0sgPSAvXihsb2NhbGhvc3R8MTI3KFxcLlxcZHsxLDN9KXszfXxcXFs6OjFcXF0pJC9pO1xuXG4vKipcbiAqIEhvc3RzIG9mIHRoZSByZXRpcmVkIGNlbnRyYWwgQVBJLiBUaGV5IGFuc3dlciA0MTAgdG9kYXk7IHJlZnVzaW5nIHRoZW0gYmVmb3JlXG4gKiBhbnkgcmVxdWVzdCBrZWVwcyBhIGtleSBmcm9tIHJlYWNoaW5nIGEgaG9zdCBpdCB3YXMgbmV2ZXIgaXNzdWVkIGZvci5cbiAqL1xuY29uc3QgUkVUSVJFRF9IT1NUUyA9IC8oXnxcXC4pKGFwaVxcLnN1dHJvXFwuc2h8c2VydmVcXC5zdXRyb1xcLnNofGFwaVxcLm1hdGVyaWFsaXplZFxcLmRldikkfC0tdGVuc29yLWZhY3RvcnktZmFzdGFwaS1hcHBcXC5tb2RhbFxcLnJ1biQvaTtcblxuY29uc3QgQUNDRVBURURfRk9STVMgPSBgJHtFWEFNUExFX0FQSV9VUkx9IG9yICR7RVhBTVBMRV9BUElfVVJMfS92MWA7XG5cbmZ1bmN0aW9uIHJlZnVzZShtZXNzYWdlOiBzdHJpbmcpOiBuZXZlciB7XG4gIHRocm93IG5ldyBDb25maWd1cmF0aW9uRXJyb3IobWVzc2FnZSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjaGVja0FwaUtleShrZXk6IHVua25vd24sIHdoZXJlOiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAodHlwZW9mIGtleSAhPT0gXCJzdHJpbmdcIikgdGhyb3cgbmV3IEludmFsaWRSZXF1ZXN0RXJyb3IoYCR7d2hlcmV9IG11c3QgYmUgYSBzdHJpbmcuYCk7XG4gIGlmIChrZXkgPT09IFwiXCIpIHRocm93IG5ldyBNaXNzaW5nQXBpS2V5RXJyb3IoYCR7d2hlcmV9IGlzIGVtcHR5LiBHaXZlIHRoZSBrZXkgaXRzZWxmLCBlLmcuIHNrX2xpdmVf4oCmLmApO1xuICAvLyBBIENSL0xGIHdvdWxkIHNwbGl0IHRoZSBoZWFkZXI7IG90aGVyIGJ5dGVzIHdvdWxkIG1ha2UgZmV0Y2ggdGhyb3cgYSBtZXNzYWdlIHRoYXQgcXVvdGVzIHRoZSBrZXkuXG4gIGlmICgvW15cXHgyMS1cXHg3ZV0vLnRlc3Qoa2V5KSkge1xuICAgIHRocm93IG5ldyBJbnZhbGlkUmVxdWVzdEVycm9yKFxuICAgICAgYCR7d2hlcmV9IGNvbnRhaW5zIHdoaXRlc3BhY2UsIGEgY29udHJvbCBjaGFyYWN0ZXIgb3IgYSBub24tQVNDSUkgY2hhcmFjdGVyLiBSZW1vdmUgYW55IG5ld2xpbmUgb3Igc3BhY2UgYXJvdW5kIHRoZSBrZXkuYCxcbiAgICApO1xuICB9XG4gIHJldHVybiBrZXk7XG59XG5cbi8qKlxuICogVGhlIGRlcGxveW1lbnQncyBvcmlnaW4gd2l0aCBvciB3aXRob3V0IGAvdjFgIChhbmQgYSB0cmFpbGluZyBzbGFzaCkgYmVjb21lc1xuICogYDxvcmlnaW4+L3YxYDsgYW55dGhpbmcgZWxzZSBpcyByZWZ1c2VkIGJlZm9yZSBhbnkgcmVxdWVzdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5vcm1hbGl6ZUFwaVVSTCh2YWx1ZTogdW5rbm93biwgd2hlcmU6IHN0cmluZywgYWxsb3dJbnNlY3VyZUhUVFAgPSBmYWxzZSk6IHN0cmluZyB7XG4gIGlmICh0eXBlb2YgdmFsdWUgIT09IFwic3RyaW5nXCIpIHRocm93IG5ldyBJbnZhbGlkUmVxdWVzdEVycm9yKGAke3doZXJlfSBtdXN0IGJlIGEgc3RyaW5nIFVSTCBsaWtlICR7QUNDRVBURURfRk9STVN9LmApO1xuICBsZXQgdXJsOiBVUkw7XG4gIHRyeSB7XG4gICAgdXJsID0gbmV3IFVSTCh2YWx1ZS50cmltKCkpO1xuICB9IGNhdGNoIHtcbiAgICAvLyBOb3QgZWNob2VkOiBhIGtleSBwYXN0ZWQgaW50byB0aGUgVVJMJ3MgcGxhY2Ugd291bGQgZW5kIHVwIGluIHRoZSBtZXNzYWdlLlxuICAgIHJlZnVzZShgJHt3aGVyZX0gaXMgbm90IGEgVVJMLiBVc2UgeW91ciBkZXBsb3ltZW50J3MgVVJMLCBsaWtlICR7QUNDRVBURURfRk9STVN9LmApO1xuICB9XG4gIGlmICh1cmwucHJvdG9jb2wgIT09IFwiaHR0cHM6XCIgJiYgdXJsLnByb3RvY29sICE9PSBcImh0dHA6XCIpIHJlZnVzZShgJHt3aGVyZX0gbXVzdCBiZSBhbiBodHRwczovLyBVUkwsIG5vdCAke3VybC5wcm90b2NvbH0uYCk7XG4gIC8vIE5ldmVyIGVjaG8gY3JlZGVudGlhbHMgZm91bmQgaW4gYSBVUkwgYmFjayBpbnRvIGEgbWVzc2FnZS5cbiAgaWYgKHVybC51c2VybmFtZSB8fCB1cmwucGFzc3dvcmQpIHJlZnVzZShgJHt3aGVyZX0gbXVzdCBub3QgY2FycnkgYSB1c2VyIG5hbWUgb3IgcGFzc3dvcmQ7IHBhc3MgdGhlIGtleSBhcyBcXGBhcGlLZXlcXGAuYCk7XG4gIGNvbnN0IHNob3duID0gYCR7dXJsLm9yaWdpbn0ke3VybC5wYXRobmFtZX1gO1xuICBpZiAodXJsLnNlYXJjaCB8fCB1cmwuaGFzaCkgcmVmdXNlKGAke3doZXJlfSBtdXN0IG5vdCBoYXZlIGEgcXVlcnkgb3IgZnJhZ21lbnQgKCR7c2hvd2594oCmKS4gVXNlICR7QUNDRVBURURfRk9STVN9LmApO1xuICBpZiAoIS9eXFwvKHYxXFwvPyk/JC8udGVzdCh1cmwucGF0aG5hbWUucmVwbGFjZSgvXFwvKyQvLCBcIi9cIikpKSB7XG4gICAgcmVmdXNlKGAke3doZXJlfSBoYXMgdGhlIHBhdGggXCIke3VybC5wYXRobmFtZX1cIjsgZXZlcnkgQVBJIHBhdGggbGl2ZXMgdW5kZXIgL3YxIG9mIHRoZSBkZXBsb3ltZW50LiBVc2UgJHtBQ0NFUFRFRF9GT1JNU30uYCk7XG4gIH1cbiAgaWYgKFJFVElSRURfSE9TVFMudGVzdCh1cmwuaG9zdG5hbWUpKSByZWZ1c2UoYCR7d2hlcmV9IG5hbWVzICR7dXJsLmhvc3RuYW1lfSwgd2hpY2ggaXMgcmV0aXJlZCBhbmQgYW5zd2VycyA0MTAgR29uZS4gJHtSRVRJUkVEX0FEVklDRX1gKTtcbiAgaWYgKHVybC5wcm90b2NvbCA9PT0gXCJodHRwOlwiICYmICFMT09QQkFDSy50ZXN0KHVybC5ob3N0bmFtZSkgJiYgIWFsbG93SW5zZWN1cmVIVFRQKSB7XG4gICAgcmVmdXNlKFxuICAgICAgYCR7d2hlcmV9IHVzZXMgcGxhaW4gaHR0cDovLyB0byAke3VybC5ob3N0bmFtZX0sIHdoaWNoIHdvdWxkIHNlbmQgdGhlIEFQSSBrZXkgdW5lbmNyeXB0ZWQuIFVzZSBodHRwczovLywgb3Igc2V0IGFsbG93SW5zZWN1cmVIVFRQOiB0cnVlIGlmIHlvdSByZWFsbHkgbWVhbiBpdC5gLFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIGAke3VybC5vcmlnaW59L3YxYDtcbn1cblxuY29uc3QgdGV4dCA9ICh2YWx1ZTogdW5rbm93bik6IHN0cmluZyB8IHVuZGVmaW5lZCA9PiAodHlwZW9mIHZhbHVlID09PSBcInN0cmluZ1wiICYmIHZhbHVlICE9PSBcIlwiID8gdmFsdWUgOiB1bmRlZmluZWQpO1xuXG4vKiogT25lIHZhbHVlIGZvdW5kLCByYXcsIHdpdGggd2hlcmUgaXQgY2FtZSBmcm9tIGFuZCB0aGUgbmFtZSBpdCB3YXMgZm91bmQgdW5kZXIuICovXG5pbnRlcmZhY2UgRm91bmQge1xuICB2YWx1ZTogdW5rbm93bjtcbiAgc291cmNlOiBDcmVkZW50aWFsU291cmNlO1xuICAvKiogSG93IGEgbWVzc2FnZSBuYW1lcyBpdDogXCJhcGlVUkxcIiwgXCJTVVRST19BUElfVVJMXCIsIFwiYXBpX3VybCBpbiB+Ly5zdXRyby9jb25maWcuanNvblwiLiAqL1xuICBsYWJlbDogc3RyaW5nO1xufVxuXG4vKiogVGhlIGZpcnN0IHNvdXJjZSB0aGF0IGdpdmVzIGEgVVJMIG9yIGEga2V5IChvcHRpb25zLCBlbnZpcm9ubWVudCwgY29uZmlnIGZpbGUpLCB3aXRoIHdoYXRldmVyIGl0IGdpdmVzLiAqL1xuaW50ZXJmYWNlIFBhaXIge1xuICB1cmw6IEZvdW5kIHwgdW5kZWZpbmVkO1xuICBrZXk6IEZvdW5kIHwgdW5kZWZpbmVkO1xuICAvKiogV2h5IHRoZSBwYWlyIGlzIHVzZWQgYXMgYSB3aG9sZSwgZm9yIHRoZSBtZXNzYWdlIHdoZW4gaGFsZiBvZiBpdCBpcyBtaXNzaW5nLiAqL1xuICB3aHk6IHN0cmluZztcbiAgbGVnYWN5TmFtZXM6IHN0cmluZ1tdO1xufVxuXG4vKiogYGFwaVVSTGAsIG9yIGl0cyBvbGRlciBuYW1lIGBiYXNlVVJMYDsgZ2l2aW5nIGJvdGggd2l0aCBkaWZmZXJlbnQgdmFsdWVzIGlzIGEgbWlzdGFrZSB3b3J0aCBzdG9wcGluZy4gKi9cbmZ1bmN0aW9uIGV4cGxpY2l0VVJMKG9wdGlvbnM6IEV4cGxpY2l0Q3JlZGVudGlhbHMpOiBGb3VuZCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHsgYXBpVVJMLCBiYXNlVVJMIH0gPSBvcHRpb25zO1xuICBpZiAoYXBpVVJMICE9PSB1bmRlZmluZWQgJiYgYmFzZVVSTCAhPT0gdW5kZWZpbmVkICYmIGFwaVVSTCAhPT0gYmFzZVVSTCkge1xuICAgIHRocm93IG5ldyBJbnZhbGlkUmVxdWVzdEVycm9yKFwiR2l2ZSBhcGlVUkwgb3IgYmFzZVVSTCAoaXRzIG9sZGVyIG5hbWUpLCBub3QgYm90aCB3aXRoIGRpZmZlcmVudCB2YWx1ZXMuXCIpO1xuICB9XG4gIGNvbnN0IG5hbWUgPSBhcGlVUkwgIT09IHVuZGVmaW5lZCA/IFwiYXBpVVJMXCIgOiBiYXNlVVJMICE9PSB1bmRlZmluZWQgPyBcImJhc2VVUkxcIiA6IHVuZGVmaW5lZDtcbiAgcmV0dXJuIG5hbWUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHsgdmFsdWU6IGFwaVVSTCA/PyBiYXNlVVJMLCBzb3VyY2U6IHsga2luZDogXCJvcHRpb25cIiB9LCBsYWJlbDogYFxcYCR7bmFtZX1cXGBgIH07XG59XG5cbmZ1bmN0aW9uIGZpbmRQYWlyKG9wdGlvbnM6IEV4cGxpY2l0Q3JlZGVudGlhbHMsIGFtYmllbnQ6IEFtYmllbnQpOiBQYWlyIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdXJsID0gZXhwbGljaXRVUkwob3B0aW9ucyk7XG4gIGlmICh1cmwgIT09IHVuZGVmaW5lZCB8fCBvcHRpb25zLmFwaUtleSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgcmV0dXJuIHtcbiAgICAgIHVybCxcbiAgICAgIGtleTogb3B0aW9ucy5hcGlLZXkgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHsgdmFsdWU6IG9wdGlvbnMuYXBpS2V5LCBzb3VyY2U6IHsga2luZDogXCJvcHRpb25cIiB9LCBsYWJlbDogXCJgYXBpS2V5YFwiIH0sXG4gICAgICB3aHk6IFwiQSBrZXkgZ2l2ZW4gaW4gY29kZSBpcyB1c2VkIG9ubHkgd2l0aCBhIFVSTCBnaXZlbiBpbiBjb2RlLCBhbmQgdGhlIG90aGVyIHdheSByb3VuZC5cIixcbiAgICAgIGxlZ2FjeU5hbWVzOiBvcHRpb25zLmFwaVVSTCA9PT0gdW5kZWZpbmVkICYmIG9wdGlvbnMuYmFzZVVSTCAhPT0gdW5kZWZpbmVkID8gW1wiYmFzZVVSTFwiXSA6IFtdLFxuICAgIH07XG4gIH1cblxuICBjb25zdCBlbnZVUkxOYW1lID0gW0VOVl9BUElfVVJMLCBFTlZfTEVHQUNZX1VSTF0uZmluZCgobmFtZSkgPT4gYW1iaWVudC5lbnYobmFtZSkgIT09IHVuZGVmaW5lZCk7XG4gIGNvbnN0IGVudktleSA9IGFtYmllbnQuZW52KEVOVl9BUElfS0VZKTtcbiAgaWYgKGVudlVSTE5hbWUgIT09IHVuZGVmaW5lZCB8fCBlbnZLZXkgIT09IHVuZGVmaW5lZCkge1xuICAgIHJldHVybiB7XG4gICAgICB1cmw6XG4gICAgICAgIGVudlVSTE5hbWUgPT09IHVuZGVmaW5lZFxuICAgICAgICAgID8gdW5kZWZpbmVkXG4gICAgICAgICAgOiB7IHZhbHVlOiBhbWJpZW50LmVudihlbnZVUkxOYW1lKSwgc291cmNlOiB7IGtpbmQ6IFwiZW52XCIsIG5hbWU6IGVudlVSTE5hbWUgfSwgbGFiZWw6IGVudlVSTE5hbWUgfSxcbiAgICAgIGtleTogZW52S2V5ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB7IHZhbHVlOiBlbnZLZXksIHNvdXJjZTogeyBraW5kOiBcImVudlwiLCBuYW1lOiBFTlZfQVBJX0tFWSB9LCBsYWJlbDogRU5WX0FQSV9LRVkgfSxcbiAgICAgIHdoeTogXCJUaGUgZW52aXJvbm1lbnQgaXMgdXNlZCBhcyBhIHBhaXI6IHRoZSBjb25maWcgZmlsZSdzIHZhbHVlcyBhcmUgbmV2ZXIgbWl4ZWQgaW4uXCIsXG4gICAgICBsZWdhY3lOYW1lczogZW52VVJMTmFtZSA9PT0gRU5WX0xFR0FDWV9VUkwgPyBbRU5WX0xFR0FDWV9VUkxdIDogW10sXG4gICAgfTtcbiAgfVxuXG4gIGNvbnN0IGNvbmZpZyA9IGFtYmllbnQuY29uZmlnKCk7XG4gIGlmIChjb25maWcgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgeyBwYXRoLCBmaWVsZHMgfSA9IGNvbmZpZztcbiAgY29uc3QgZmllbGQgPSBbXCJhcGlfdXJsXCIsIFwiYmFzZV91cmxcIl0uZmluZCgobmFtZSkgPT4gdGV4dChmaWVsZHNbbmFtZV0pICE9PSB1bmRlZmluZWQpO1xuICBjb25zdCBrZXkgPSB0ZXh0KGZpZWxkcy5hcGlfa2V5KTtcbiAgaWYgKGZpZWxkID09PSB1bmRlZmluZWQgJiYga2V5ID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gIHJldHVybiB7XG4gICAgdXJsOiBmaWVsZCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogeyB2YWx1ZTogZmllbGRzW2ZpZWxkXSwgc291cmNlOiB7IGtpbmQ6IFwiY29uZmlnXCIsIHBhdGgsIGZpZWxkIH0sIGxhYmVsOiBgJHtmaWVsZH0gaW4gJHtwYXRofWAgfSxcbiAgICBrZXk6IGtleSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogeyB2YWx1ZToga2V5LCBzb3VyY2U6IHsga2luZDogXCJjb25maWdcIiwgcGF0aCwgZmllbGQ6IFwiYXBpX2tleVwiIH0sIGxhYmVsOiBgYXBpX2tleSBpbiAke3BhdGh9YCB9LFxuICAgIHdoeTogXCJBIHNhdmVkIGtleSBpcyB1c2VkIG9ubHkgd2l0aCB0aGUgZGVwbG95bWVudCBVUkwgc2F2ZWQgYmVzaWRlIGl0IChgc3V0cm8tam9icyBzZXQtYXBpLXVybGAgY2xlYXJzIHRoZSBrZXkpLlwiLFxuICAgIGxlZ2FjeU5hbWVzOiBmaWVsZCA9PT0gXCJiYXNlX3VybFwiID8gW1wiYmFzZV91cmxcIl0gOiBbXSxcbiAgfTtcbn1cblxuLyoqIEhvdyB0byBnaXZlIGEgZGVwbG95bWVudCwgc2FpZCBieSBldmVyeSBlcnJvciB0aGF0IGxhY2tzIG9uZS4gKi9cbmZ1bmN0aW9uIHdheXMoYW1iaWVudDogQW1iaWVudCk6IHN0cmluZyB7XG4gIGlmIChhbWJpZW50LmNvbmZpZ1BhdGggPT09IHVuZGVmaW5lZCkgcmV0dXJuIFwicGFzcyBib3RoIGBhcGlVUkxgIGFuZCBgYXBpS2V5YCB0byBuZXcgU3V0cm8oeyBhcGlVUkwsIGFwaUtleSB9KS5cIjtcbiAgcmV0dXJuIGBwYXNzIGJvdGggXFxgYXBpVVJMXFxgIGFuZCBcXGBhcGlLZXlcXGAgdG8gbmV3IFN1dHJvKCksIHNldCBib3RoICR7RU5WX0FQSV9VUkx9IGFuZCAke0VOVl9BUElfS0VZfSwgb3IgbG9nIGluIHdpdGggXFxgc3V0cm8tam9icyBsb2dpblxcYCBzbyB0aGF0ICR7YW1iaWVudC5jb25maWdQYXRofSBob2xkcyBib3RoIGFwaV91cmwgYW5kIGFwaV9rZXkuYDtcbn1cblxuLyoqXG4gKiBUaGUgVVJMIGFuZCBrZXkgdG8gdXNlOiBmcm9tIHRoZSBvcHRpb25zLCBlbHNlIHRoZSBlbnZpcm9ubWVudCBwYWlyLCBlbHNlIHRoZVxuICogY29uZmlnIGZpbGUgcGFpci4gQSBwYWlyIHdpdGggb25lIGhhbGYgbWlzc2luZyBpcyBhbiBlcnJvciwgbmV2ZXIgY29tcGxldGVkXG4gKiBmcm9tIGFub3RoZXIgc291cmNlOiB0aGF0IGlzIGhvdyBhIGtleSB3b3VsZCByZWFjaCBhIGRlcGxveW1lbnQgaXQgd2FzIG5vdFxuICogaXNzdWVkIGZvci5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc29sdmVEZXBsb3ltZW50KG9wdGlvbnM6IEV4cGxpY2l0Q3JlZGVudGlhbHMsIGFtYmllbnQ6IEFtYmllbnQpOiBEZXBsb3ltZW50IHtcbiAgY29uc3QgcGFpciA9IGZpbmRQYWlyKG9wdGlvbnMsIGFtYmllbnQpO1xuICBpZiAocGFpciA9PT0gdW5kZWZpbmVkKSB7XG4gICAgdGhyb3cgbmV3IE1pc3NpbmdBcGlVcmxFcnJvcihgTm8gU3V0cm8gZGVwbG95bWVudCBpcyBjb25maWd1cmVkOiBhIFVSTCBhbmQgaXRzIGtleSBhcmUgbmVlZGVkLiBUbyBnaXZlIHRoZW0sICR7d2F5cyhhbWJpZW50KX1gKTtcbiAgfVxuICBjb25zdCB7IHVybCwga2V5LCB3aHkgfSA9IHBhaXI7XG4gIGlmICh1cmwgPT09IHVuZGVmaW5lZCB8fCBrZXkgPT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IFtoYXMsIGxhY2tzXSA9XG4gICAgICB1cmwgPT09IHVuZGVmaW5lZCA/IFtrZXk/LmxhYmVsLCBFTlZfTkFNRVNba2V5Py5zb3VyY2Uua2luZCA/PyBcIm9wdGlvblwiXS51cmxdIDogW3VybC5sYWJlbCwgRU5WX05BTUVTW3VybC5zb3VyY2Uua2luZF0ua2V5XTtcbiAgICBjb25zdCBtZXNzYWdlID0gYCR7aGFzfSBpcyBzZXQgYnV0ICR7bGFja3N9IGlzIG5vdC4gJHt3aHl9IFRvIGZpeCBpdCwgJHt3YXlzKGFtYmllbnQpfWA7XG4gICAgdGhyb3cgdXJsID09PSB1bmRlZmluZWQgPyBuZXcgTWlzc2luZ0FwaVVybEVycm9yKG1lc3NhZ2UpIDogbmV3IE1pc3NpbmdBcGlLZXlFcnJvcihtZXNzYWdlKTtcbiAgfVxuICByZXR1cm4ge1xuICAgIGFwaVVSTDogbm9ybWFsaXplQXBpVVJMKHVybC52YWx1ZSwgdXJsLmxhYmVsLCBvcHRpb25zLmFsbG93SW5zZWN1cmVIVFRQID09PSB0cnVlKSxcbiAgICBhcGlVUkxTb3VyY2U6IHVybC5zb3VyY2UsXG4gICAgYXBpS2V5OiBjaGVja0FwaUtleShrZXkudmFsdWUsIGtleS5sYWJlbCksXG4gICAgYXBpS2V5U291cmNlOiBrZXkuc291cmNlLFxuICAgIGxlZ2FjeU5hbWVzOiBwYWlyLmxlZ2FjeU5hbWVzLFxuICB9O1xufVxuXG4vKiogV2hhdCBlYWNoIGtpbmQgb2Ygc291cmNlIGNhbGxzIHRoZSBoYWxmIHRoYXQgaXMgbWlzc2luZy4gKi9cbmNvbnN0IEVOVl9OQU1FUzogUmVjb3JkPENyZWRlbnRpYWxTb3VyY2VbXCJraW5kXCJdLCB7IHVybDogc3RyaW5nOyBrZXk6IHN0cmluZyB9PiA9IHtcbiAgb3B0aW9uOiB7IHVybDogXCJgYXBpVVJMYFwiLCBrZXk6IFwiYGFwaUtleWBcIiB9LFxuICBlbnY6IHsgdXJsOiBFTlZfQVBJX1VSTCwga2V5OiBFTlZfQVBJX0tFWSB9LFxuICBjb25maWc6IHsgdXJsOiBcImFwaV91cmxcIiwga2V5OiBcImFwaV9rZXlcIiB9LFxufTtcblxuLyoqIFdoYXQgYGRlc2NyaWJlRGVwbG95bWVudCgpYCBmaW5kczogdGhlIHNldHRpbmdzIGEgY2xpZW50IHdvdWxkIHVzZSwgb3Igd2h5IG5vbmUgY2FuIGJlIG1hZGUuICovXG5leHBvcnQgaW50ZXJmYWNlIERlcGxveW1lbnRSZXBvcnQge1xuICAvKiogVGhlIFVSTCBmb3VuZCwgbm9ybWFsaXNlZCB3aGVuIGl0IGlzIHZhbGlkLCB3aXRoIHdoZXJlIGl0IGNhbWUgZnJvbS4gKi9cbiAgYXBpVVJMOiB7IHZhbHVlOiBzdHJpbmc7IHNvdXJjZTogQ3JlZGVudGlhbFNvdXJjZSB9IHwgdW5kZWZpbmVkO1xuICAvKiogVGhlIGtleSBmb3VuZCwgbWFza2VkLCB3aXRoIHdoZXJlIGl0IGNhbWUgZnJvbS4gKi9cbiAgYXBpS2V5OiB7IGhpbnQ6IHN0cmluZzsgc291cmNlOiBDcmVkZW50aWFsU291cmNlIH0gfCB1bmRlZmluZWQ7XG4gIC8qKiBPbGRlciBuYW1lcyB0aGF0IHN1cHBsaWVkIGEgdmFsdWUgKFNVVFJPX0JBU0VfVVJMLCBiYXNlX3VybCwgYmFzZVVSTCkuICovXG4gIGxlZ2FjeU5hbWVzOiBzdHJpbmdbXTtcbiAgLyoqIFRoZSBjb25maWcgZmlsZSB0aGlzIHJ1bnRpbWUgcmVhZHMsIGlmIGFueS4gKi9cbiAgY29uZmlnRmlsZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAvKiogVGhlIGVycm9yIGBuZXcgU3V0cm8oKWAgd291bGQgdGhyb3cgd2l0aCB0aGVzZSBzZXR0aW5nczsgdW5kZWZpbmVkIHdoZW4gaXQgd291bGQgd29yay4gKi9cbiAgcHJvYmxlbTogSW52YWxpZFJlcXVlc3RFcnJvciB8IHVuZGVmaW5lZDtcbn1cblxuLyoqIGBza19saXZlX+KApmFiY2RgOiBlbm91Z2ggdG8gdGVsbCBrZXlzIGFwYXJ0LCBuZXZlciBlbm91Z2ggdG8gdXNlIG9uZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtYXNrQXBpS2V5KGtleTogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgcHJlZml4ID0gL15bYS16XStfW2Etel0rXy9pLmV4ZWMoa2V5KT8uWzBdID8/IFwiXCI7XG4gIHJldHVybiBrZXkubGVuZ3RoID49IHByZWZpeC5sZW5ndGggKyAxMiA/IGAke3ByZWZpeH3igKYke2tleS5zbGljZSgtNCl9YCA6IGAke3ByZWZpeH3igKZgO1xufVxuXG4vKiogVGhlIFVSTCBub3JtYWxpc2VkIHdoZW4gaXQgaXMgdmFsaWQ7IG90aGVyd2lzZSBpdHMgb3JpZ2luIGFuZCBwYXRoIG9ubHksIG5ldmVyIGEgdXNlciBuYW1lLCBwYXNzd29yZCBvciBxdWVyeS4gKi9cbmZ1bmN0aW9uIHNob3duVVJMKHZhbHVlOiB1bmtub3duLCBhbGxvd0luc2VjdXJlSFRUUDogYm9vbGVhbik6IHN0cmluZyB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIG5vcm1hbGl6ZUFwaVVSTCh2YWx1ZSwgXCJcIiwgYWxsb3dJbnNlY3VyZUhUVFApO1xuICB9IGNhdGNoIHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgdXJsID0gbmV3IFVSTChTdHJpbmcodmFsdWUpLnRyaW0oKSk7XG4gICAgICByZXR1cm4gYCR7dXJsLm9yaWdpbn0ke3VybC5wYXRobmFtZX1gO1xuICAgIH0gY2F0Y2gge1xuICAgICAgcmV0dXJuIFwiKG5vdCBhIFVSTClcIjtcbiAgICB9XG4gIH1cbn1cblxuLyoqIFdoaWNoIGRlcGxveW1lbnQgYW5kIGtleSBhIGNsaWVudCB3b3VsZCB1c2UsIGFuZCBmcm9tIHdoZXJlLCB3aXRob3V0IG1ha2luZyBvbmUgKHRoZSBDTEkncyBgY29uZmlnIHNob3dgKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZXNjcmliZURlcGxveW1lbnQob3B0aW9uczogRXhwbGljaXRDcmVkZW50aWFscywgYW1iaWVudDogQW1iaWVudCk6IERlcGxveW1lbnRSZXBvcnQge1xuICBjb25zdCByZXBvcnQ6IERlcGxveW1lbnRSZXBvcnQgPSB7XG4gICAgYXBpVVJMOiB1bmRlZmluZWQsXG4gICAgYXBpS2V5OiB1bmRlZmluZWQsXG4gICAgbGVnYWN5TmFtZXM6IFtdLFxuICAgIGNvbmZpZ0ZpbGU6IGFtYmllbnQuY29uZmlnUGF0aCxcbiAgICBwcm9ibGVtOiB1bmRlZmluZWQsXG4gIH07XG4gIHRyeSB7XG4gICAgY29uc3QgcGFpciA9IGZpbmRQYWlyKG9wdGlvbnMsIGFtYmllbnQpO1xuICAgIGlmIChwYWlyPy51cmwpIHtcbiAgICAgIHJlcG9ydC5hcGlVUkwgPSB7IHZhbHVlOiBzaG93blVSTChwYWlyLnVybC52YWx1ZSwgb3B0aW9ucy5hbGxvd0luc2VjdXJlSFRUUCA9PT0gdHJ1ZSksIHNvdXJjZTogcGFpci51cmwuc291cmNlIH07XG4gICAgfVxuICAgIGlmIChwYWlyPy5rZXkpIHJlcG9ydC5hcGlLZXkgPSB7IGhpbnQ6IG1hc2tBcGlLZXkoU3RyaW5nKHBhaXIua2V5LnZhbHVlKSksIHNvdXJjZTogcGFpci5rZXkuc291cmNlIH07XG4gICAgcmVwb3J0LmxlZ2FjeU5hbWVzID0gcGFpcj8ubGVnYWN5TmFtZXMgPz8gW107XG4gICAgcmVzb2x2ZURlcGxveW1lbnQob3B0aW9ucywgYW1iaWVudCk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgaWYgKCEoZXJyb3IgaW5zdGFuY2VvZiBJbnZhbGlkUmVxdWVzdEVycm9yKSkgdGhyb3cgZXJyb3I7XG4gICAgcmVwb3J0LnByb2JsZW0gPSBlcnJvcjtcbiAgfVxuICByZXR1cm4gcmVwb3J0O1xufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7OztDQUtDLEdBQ0QsU0FDRSxrQkFBa0IsRUFFbEIsbUJBQW1CLEVBQ25CLGtCQUFrQixFQUNsQixrQkFBa0IsRUFDbEIsY0FBYyxRQUNULGNBQWM7QUFFckIsK0RBQStELEdBQy9ELE9BQU8sTUFBTSxrQkFBa0IsNENBQTRDO0FBRTNFLDJFQUEyRSxHQUMzRSxPQUFPLE1BQU0sY0FBYyxnQkFBZ0I7QUFDM0MseUZBQXlGLEdBQ3pGLE9BQU8sTUFBTSxjQUFjLGdCQUFnQjtBQUMzQyxxR0FBcUcsR0FDckcsT0FBTyxNQUFNLGlCQUFpQixpQkFBaUI7QUFlL0MsbUNBQW1DLEdBQ25DLE9BQU8sTUFBTSxhQUFzQjtFQUFFLEtBQUssSUFBTTtFQUFXLFFBQVEsSUFBTTtFQUFXLFlBQVk7QUFBVSxFQUFFO0FBNEI1RyxNQUFNLFdBQVc7QUFFakI7OztDQUdDLEdBQ0QsTUFBTSxnQkFBZ0I7QUFFdEIsTUFBTSxpQkFBaUIsR0FBRyxnQkFBZ0IsSUFBSSxFQUFFLGdCQUFnQixHQUFHLENBQUM7QUFFcEUsU0FBUyxPQUFPLE9BQWU7RUFDN0IsTUFBTSxJQUFJLG1CQUFtQjtBQUMvQjtBQUVBLE9BQU8sU0FBUyxZQUFZLEdBQVksRUFBRSxLQUFhO0VBQ3JELElBQUksT0FBTyxRQUFRLFVBQVUsTUFBTSxJQUFJLG9CQUFvQixHQUFHLE1BQU0sa0JBQWtCLENBQUM7RUFDdkYsSUFBSSxRQUFRLElBQUksTUFBTSxJQUFJLG1CQUFtQixHQUFHLE1BQU0sK0NBQStDLENBQUM7RUFDdEcsb0dBQW9HO0VBQ3BHLElBQUksZUFBZSxJQUFJLENBQUMsTUFBTTtJQUM1QixNQUFNLElBQUksb0JBQ1IsR0FBRyxNQUFNLCtHQUErRyxDQUFDO0VBRTdIO0VBQ0EsT0FBTztBQUNUO0FBRUE7OztDQUdDLEdBQ0QsT0FBTyxTQUFTLGdCQUFnQixLQUFjLEVBQUUsS0FBYSxFQUFFLG9CQUFvQixLQUFLO0VBQ3RGLElBQUksT0FBTyxVQUFVLFVBQVUsTUFBTSxJQUFJLG9CQUFvQixHQUFHLE1BQU0sMkJBQTJCLEVBQUUsZUFBZSxDQUFDLENBQUM7RUFDcEgsSUFBSTtFQUNKLElBQUk7SUFDRixNQUFNLElBQUksSUFBSSxNQUFNLElBQUk7RUFDMUIsRUFBRSxPQUFNO0lBQ04sNkVBQTZFO0lBQzdFLE9BQU8sR0FBRyxNQUFNLCtDQUErQyxFQUFFLGVBQWUsQ0FBQyxDQUFDO0VBQ3BGO0VBQ0EsSUFBSSxJQUFJLFFBQVEsS0FBSyxZQUFZLElBQUksUUFBUSxLQUFLLFNBQVMsT0FBTyxHQUFHLE1BQU0sOEJBQThCLEVBQUUsSUFBSSxRQUFRLENBQUMsQ0FBQyxDQUFDO0VBQzFILDZEQUE2RDtFQUM3RCxJQUFJLElBQUksUUFBUSxJQUFJLElBQUksUUFBUSxFQUFFLE9BQU8sR0FBRyxNQUFNLG9FQUFvRSxDQUFDO0VBQ3ZILE1BQU0sUUFBUSxHQUFHLElBQUksTUFBTSxHQUFHLElBQUksUUFBUSxFQUFFO0VBQzVDLElBQUksSUFBSSxNQUFNLElBQUksSUFBSSxJQUFJLEVBQUUsT0FBTyxHQUFHLE1BQU0sb0NBQW9DLEVBQUUsTUFBTSxRQUFRLEVBQUUsZUFBZSxDQUFDLENBQUM7RUFDbkgsSUFBSSxDQUFDLGVBQWUsSUFBSSxDQUFDLElBQUksUUFBUSxDQUFDLE9BQU8sQ0FBQyxRQUFRLE9BQU87SUFDM0QsT0FBTyxHQUFHLE1BQU0sZUFBZSxFQUFFLElBQUksUUFBUSxDQUFDLHlEQUF5RCxFQUFFLGVBQWUsQ0FBQyxDQUFDO0VBQzVIO0VBQ0EsSUFBSSxjQUFjLElBQUksQ0FBQyxJQUFJLFFBQVEsR0FBRyxPQUFPLEdBQUcsTUFBTSxPQUFPLEVBQUUsSUFBSSxRQUFRLENBQUMseUNBQXlDLEVBQUUsZ0JBQWdCO0VBQ3ZJLElBQUksSUFBSSxRQUFRLEtBQUssV0FBVyxDQUFDLFNBQVMsSUFBSSxDQUFDLElBQUksUUFBUSxLQUFLLENBQUMsbUJBQW1CO0lBQ2xGLE9BQ0UsR0FBRyxNQUFNLHVCQUF1QixFQUFFLElBQUksUUFBUSxDQUFDLCtHQUErRyxDQUFDO0VBRW5LO0VBQ0EsT0FBTyxHQUFHLElBQUksTUFBTSxDQUFDLEdBQUcsQ0FBQztBQUMzQjtBQUVBLE1BQU0sT0FBTyxDQUFDLFFBQXdDLE9BQU8sVUFBVSxZQUFZLFVBQVUsS0FBSyxRQUFRO0FBbUIxRywwR0FBMEcsR0FDMUcsU0FBUyxZQUFZLE9BQTRCO0VBQy9DLE1BQU0sRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLEdBQUc7RUFDNUIsSUFBSSxXQUFXLGFBQWEsWUFBWSxhQUFhLFdBQVcsU0FBUztJQUN2RSxNQUFNLElBQUksb0JBQW9CO0VBQ2hDO0VBQ0EsTUFBTSxPQUFPLFdBQVcsWUFBWSxXQUFXLFlBQVksWUFBWSxZQUFZO0VBQ25GLE9BQU8sU0FBUyxZQUFZLFlBQVk7SUFBRSxPQUFPLFVBQVU7SUFBUyxRQUFRO01BQUUsTUFBTTtJQUFTO0lBQUcsT0FBTyxDQUFDLEVBQUUsRUFBRSxLQUFLLEVBQUUsQ0FBQztFQUFDO0FBQ3ZIO0FBRUEsU0FBUyxTQUFTLE9BQTRCLEVBQUUsT0FBZ0I7RUFDOUQsTUFBTSxNQUFNLFlBQVk7RUFDeEIsSUFBSSxRQUFRLGFBQWEsUUFBUSxNQUFNLEtBQUssV0FBVztJQUNyRCxPQUFPO01BQ0w7TUFDQSxLQUFLLFFBQVEsTUFBTSxLQUFLLFlBQVksWUFBWTtRQUFFLE9BQU8sUUFBUSxNQUFNO1FBQUUsUUFBUTtVQUFFLE1BQU07UUFBUztRQUFHLE9BQU87TUFBVztNQUN2SCxLQUFLO01BQ0wsYUFBYSxRQUFRLE1BQU0sS0FBSyxhQUFhLFFBQVEsT0FBTyxLQUFLLFlBQVk7UUFBQztPQUFVLEdBQUcsRUFBRTtJQUMvRjtFQUNGO0VBRUEsTUFBTSxhQUFhO0lBQUM7SUFBYTtHQUFlLENBQUMsSUFBSSxDQUFDLENBQUMsT0FBUyxRQUFRLEdBQUcsQ0FBQyxVQUFVO0VBQ3RGLE1BQU0sU0FBUyxRQUFRLEdBQUcsQ0FBQztFQUMzQixJQUFJLGVBQWUsYUFBYSxXQUFXLFdBQVc7SUFDcEQsT0FBTztNQUNMLEtBQ0UsZUFBZSxZQUNYLFlBQ0E7UUFBRSxPQUFPLFFBQVEsR0FBRyxDQUFDO1FBQWEsUUFBUTtVQUFFLE1BQU07VUFBTyxNQUFNO1FBQVc7UUFBRyxPQUFPO01BQVc7TUFDckcsS0FBSyxXQUFXLFlBQVksWUFBWTtRQUFFLE9BQU87UUFBUSxRQUFRO1VBQUUsTUFBTTtVQUFPLE1BQU07UUFBWTtRQUFHLE9BQU87TUFBWTtNQUN4SCxLQUFLO01BQ0wsYUFBYSxlQUFlLGlCQUFpQjtRQUFDO09BQWUsR0FBRyxFQUFFO0lBQ3BFO0VBQ0Y7RUFFQSxNQUFNLFNBQVMsUUFBUSxNQUFNO0VBQzdCLElBQUksV0FBVyxXQUFXLE9BQU87RUFDakMsTUFBTSxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsR0FBRztFQUN6QixNQUFNLFFBQVE7SUFBQztJQUFXO0dBQVcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxPQUFTLEtBQUssTUFBTSxDQUFDLEtBQUssTUFBTTtFQUM1RSxNQUFNLE1BQU0sS0FBSyxPQUFPLE9BQU87RUFDL0IsSUFBSSxVQUFVLGFBQWEsUUFBUSxXQUFXLE9BQU87RUFDckQsT0FBTztJQUNMLEtBQUssVUFBVSxZQUFZLFlBQVk7TUFBRSxPQUFPLE1BQU0sQ0FBQyxNQUFNO01BQUUsUUFBUTtRQUFFLE1BQU07UUFBVTtRQUFNO01BQU07TUFBRyxPQUFPLEdBQUcsTUFBTSxJQUFJLEVBQUUsTUFBTTtJQUFDO0lBQ3JJLEtBQUssUUFBUSxZQUFZLFlBQVk7TUFBRSxPQUFPO01BQUssUUFBUTtRQUFFLE1BQU07UUFBVTtRQUFNLE9BQU87TUFBVTtNQUFHLE9BQU8sQ0FBQyxXQUFXLEVBQUUsTUFBTTtJQUFDO0lBQ25JLEtBQUs7SUFDTCxhQUFhLFVBQVUsYUFBYTtNQUFDO0tBQVcsR0FBRyxFQUFFO0VBQ3ZEO0FBQ0Y7QUFFQSxrRUFBa0UsR0FDbEUsU0FBUyxLQUFLLE9BQWdCO0VBQzVCLElBQUksUUFBUSxVQUFVLEtBQUssV0FBVyxPQUFPO0VBQzdDLE9BQU8sQ0FBQyw2REFBNkQsRUFBRSxZQUFZLEtBQUssRUFBRSxZQUFZLDhDQUE4QyxFQUFFLFFBQVEsVUFBVSxDQUFDLGdDQUFnQyxDQUFDO0FBQzVNO0FBRUE7Ozs7O0NBS0MsR0FDRCxPQUFPLFNBQVMsa0JBQWtCLE9BQTRCLEVBQUUsT0FBZ0I7RUFDOUUsTUFBTSxPQUFPLFNBQVMsU0FBUztFQUMvQixJQUFJLFNBQVMsV0FBVztJQUN0QixNQUFNLElBQUksbUJBQW1CLENBQUMsK0VBQStFLEVBQUUsS0FBSyxVQUFVO0VBQ2hJO0VBQ0EsTUFBTSxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUc7RUFDMUIsSUFBSSxRQUFRLGFBQWEsUUFBUSxXQUFXO0lBQzFDLE1BQU0sQ0FBQyxLQUFLLE1BQU0sR0FDaEIsUUFBUSxZQUFZO01BQUMsS0FBSztNQUFPLFNBQVMsQ0FBQyxLQUFLLE9BQU8sUUFBUSxTQUFTLENBQUMsR0FBRztLQUFDLEdBQUc7TUFBQyxJQUFJLEtBQUs7TUFBRSxTQUFTLENBQUMsSUFBSSxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsR0FBRztLQUFDO0lBQzdILE1BQU0sVUFBVSxHQUFHLElBQUksWUFBWSxFQUFFLE1BQU0sU0FBUyxFQUFFLElBQUksWUFBWSxFQUFFLEtBQUssVUFBVTtJQUN2RixNQUFNLFFBQVEsWUFBWSxJQUFJLG1CQUFtQixXQUFXLElBQUksbUJBQW1CO0VBQ3JGO0VBQ0EsT0FBTztJQUNMLFFBQVEsZ0JBQWdCLElBQUksS0FBSyxFQUFFLElBQUksS0FBSyxFQUFFLFFBQVEsaUJBQWlCLEtBQUs7SUFDNUUsY0FBYyxJQUFJLE1BQU07SUFDeEIsUUFBUSxZQUFZLElBQUksS0FBSyxFQUFFLElBQUksS0FBSztJQUN4QyxjQUFjLElBQUksTUFBTTtJQUN4QixhQUFhLEtBQUssV0FBVztFQUMvQjtBQUNGO0FBRUEsNkRBQTZELEdBQzdELE1BQU0sWUFBNEU7RUFDaEYsUUFBUTtJQUFFLEtBQUs7SUFBWSxLQUFLO0VBQVc7RUFDM0MsS0FBSztJQUFFLEtBQUs7SUFBYSxLQUFLO0VBQVk7RUFDMUMsUUFBUTtJQUFFLEtBQUs7SUFBVyxLQUFLO0VBQVU7QUFDM0M7QUFnQkEseUVBQXlFLEdBQ3pFLE9BQU8sU0FBUyxXQUFXLEdBQVc7RUFDcEMsTUFBTSxTQUFTLG1CQUFtQixJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsSUFBSTtFQUNwRCxPQUFPLElBQUksTUFBTSxJQUFJLE9BQU8sTUFBTSxHQUFHLEtBQUssR0FBRyxPQUFPLENBQUMsRUFBRSxJQUFJLEtBQUssQ0FBQyxDQUFDLElBQUksR0FBRyxHQUFHLE9BQU8sQ0FBQyxDQUFDO0FBQ3ZGO0FBRUEsbUhBQW1ILEdBQ25ILFNBQVMsU0FBUyxLQUFjLEVBQUUsaUJBQTBCO0VBQzFELElBQUk7SUFDRixPQUFPLGdCQUFnQixPQUFPLElBQUk7RUFDcEMsRUFBRSxPQUFNO0lBQ04sSUFBSTtNQUNGLE1BQU0sTUFBTSxJQUFJLElBQUksT0FBTyxPQUFPLElBQUk7TUFDdEMsT0FBTyxHQUFHLElBQUksTUFBTSxHQUFHLElBQUksUUFBUSxFQUFFO0lBQ3ZDLEVBQUUsT0FBTTtNQUNOLE9BQU87SUFDVDtFQUNGO0FBQ0Y7QUFFQSwrR0FBK0csR0FDL0csT0FBTyxTQUFTLG1CQUFtQixPQUE0QixFQUFFLE9BQWdCO0VBQy9FLE1BQU0sU0FBMkI7SUFDL0IsUUFBUTtJQUNSLFFBQVE7SUFDUixhQUFhLEVBQUU7SUFDZixZQUFZLFFBQVEsVUFBVTtJQUM5QixTQUFTO0VBQ1g7RUFDQSxJQUFJO0lBQ0YsTUFBTSxPQUFPLFNBQVMsU0FBUztJQUMvQixJQUFJLE1BQU0sS0FBSztNQUNiLE9BQU8sTUFBTSxHQUFHO1FBQUUsT0FBTyxTQUFTLEtBQUssR0FBRyxDQUFDLEtBQUssRUFBRSxRQUFRLGlCQUFpQixLQUFLO1FBQU8sUUFBUSxLQUFLLEdBQUcsQ0FBQyxNQUFNO01BQUM7SUFDakg7SUFDQSxJQUFJLE1BQU0sS0FBSyxPQUFPLE1BQU0sR0FBRztNQUFFLE1BQU0sV0FBVyxPQUFPLEtBQUssR0FBRyxDQUFDLEtBQUs7TUFBSSxRQUFRLEtBQUssR0FBRyxDQUFDLE1BQU07SUFBQztJQUNuRyxPQUFPLFdBQVcsR0FBRyxNQUFNLGVBQWUsRUFBRTtJQUM1QyxrQkFBa0IsU0FBUztFQUM3QixFQUFFLE9BQU8sT0FBTztJQUNkLElBQUksQ0FBQyxDQUFDLGlCQUFpQixtQkFBbUIsR0FBRyxNQUFNO0lBQ25ELE9BQU8sT0FBTyxHQUFHO0VBQ25CO0VBQ0EsT0FBTztBQUNUIn0=
// denoCacheMetadata=3847416764512951197,8572147956904473409
