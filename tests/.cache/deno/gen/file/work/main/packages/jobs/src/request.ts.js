import { errorForStatus, MalformedResponseError } from "./errors.ts";
import { retryAfterMs } from "./retry.ts";

/** An error body as JSON when it is JSON, else its text (as openapi-fetch gives `raw` callers). */ function parseOrText(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
function snippet(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
}
/**
 * GETs a path of the spec with its typed query, turns a non-2xx reply into its
 * typed error, and parses the 2xx body as JSON (checked against the spec's
 * `schemaName` when `validate` is on).
 */ export async function getJSON(
  api,
  path,
  query,
  options,
  /** The spec's schema for the 2xx body, or a pick by the body when the API answers in more than one shape. */ schema,
  /** The structural problem that would break the caller, if any; checked even when `validate` is off. */ shapeProblem,
) {
  let search = "";
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) search += `${search ? "&" : "?"}${key}=${encodeURIComponent(value)}`;
  }
  const request = {
    method: "GET",
    url: `${api.config.apiURL}${path}${search}`,
  };
  const { status, headers, text } = await api.transport.send(request, options);
  const data = text ?? "";
  if (status < 200 || status > 299) {
    throw errorForStatus({
      status,
      body: parseOrText(data),
      headers,
      request,
      keySource: api.config.apiKeySource,
      retryAfter: retryAfterMs(headers),
    });
  }
  const fields = {
    status,
    headers,
    request,
    body: data,
  };
  let body;
  try {
    body = JSON.parse(data);
  } catch (cause) {
    const type = headers.get("content-type") ?? "no content type";
    const what = data ? `"${snippet(data)}"` : "an empty body";
    throw new MalformedResponseError(
      `${request.method} ${request.url} answered ${status} with ${what} (${type}), which is not the JSON the API sends. Check the deployment URL: it may point at a web page or a proxy rather than the API.`,
      {
        ...fields,
        cause,
      },
    );
  }
  const schemaName = typeof schema === "string" ? schema : schema(body);
  const problem = shapeProblem(body);
  if (problem) {
    throw new MalformedResponseError(
      `${request.method} ${request.url} answered with ${problem}, which the spec's ${schemaName} does not allow. The call failed as a whole, so nothing was silently dropped.`,
      {
        ...fields,
        body,
      },
    );
  }
  if (api.config.validate) {
    const { specProblems } = await import("./spec-check.ts");
    const issues = specProblems(body, schemaName);
    if (issues.length) {
      throw new MalformedResponseError(
        `${request.method} ${request.url} answered with a body that does not match the spec's ${schemaName}: ${issues.slice(0, 5).join("; ")}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ""}.`,
        {
          ...fields,
          body,
        },
      );
    }
  }
  return body;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL3BhY2thZ2VzL2pvYnMvc3JjL3JlcXVlc3QudHMiXSwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgZXJyb3JGb3JTdGF0dXMsIE1hbGZvcm1lZFJlc3BvbnNlRXJyb3IsIHR5cGUgUmVxdWVzdEluZm8gfSBmcm9tIFwiLi9lcnJvcnMudHNcIjtcbmltcG9ydCB0eXBlIHsgUmVxdWVzdE9wdGlvbnMsIFJlc29sdmVkQ29uZmlnIH0gZnJvbSBcIi4vb3B0aW9ucy50c1wiO1xuaW1wb3J0IHsgcmV0cnlBZnRlck1zIH0gZnJvbSBcIi4vcmV0cnkudHNcIjtcbmltcG9ydCB0eXBlIHsgVHJhbnNwb3J0IH0gZnJvbSBcIi4vdHJhbnNwb3J0LnRzXCI7XG5pbXBvcnQgdHlwZSB7IHBhdGhzIH0gZnJvbSBcIi4vdHlwZXMudHNcIjtcblxuLyoqIFdoYXQgdGhlIHJlc291cmNlcyBzaGFyZTogdGhlIHRyYW5zcG9ydCBhbmQgdGhlIHJlc29sdmVkIG9wdGlvbnMuICovXG5leHBvcnQgaW50ZXJmYWNlIEFwaSB7XG4gIHRyYW5zcG9ydDogVHJhbnNwb3J0O1xuICBjb25maWc6IFJlc29sdmVkQ29uZmlnO1xufVxuXG4vKiogVGhlIHF1ZXJ5IHBhcmFtZXRlcnMgdGhlIHNwZWMgZ2l2ZXMgYSBHRVQgcGF0aC4gKi9cbnR5cGUgUXVlcnlPZjxQIGV4dGVuZHMga2V5b2YgcGF0aHM+ID0gcGF0aHNbUF0gZXh0ZW5kcyB7IGdldDogeyBwYXJhbWV0ZXJzOiB7IHF1ZXJ5PzogaW5mZXIgUSB9IH0gfVxuICA/IFtOb25OdWxsYWJsZTxRPl0gZXh0ZW5kcyBbbmV2ZXJdXG4gICAgPyBSZWNvcmQ8c3RyaW5nLCBuZXZlcj5cbiAgICA6IHsgW0sgaW4ga2V5b2YgTm9uTnVsbGFibGU8UT5dPzogTm9uTnVsbGFibGU8UT5bS10gfCB1bmRlZmluZWQgfVxuICA6IG5ldmVyO1xuXG4vKiogQW4gZXJyb3IgYm9keSBhcyBKU09OIHdoZW4gaXQgaXMgSlNPTiwgZWxzZSBpdHMgdGV4dCAoYXMgb3BlbmFwaS1mZXRjaCBnaXZlcyBgcmF3YCBjYWxsZXJzKS4gKi9cbmZ1bmN0aW9uIHBhcnNlT3JUZXh0KHRleHQ6IHN0cmluZyk6IHVua25vd24ge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKHRleHQpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdGV4dDtcbiAgfVxufVxuXG5mdW5jdGlvbiBzbmlwcGV0KHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGZsYXQgPSB0ZXh0LnJlcGxhY2UoL1xccysvZywgXCIgXCIpLnRyaW0oKTtcbiAgcmV0dXJuIGZsYXQubGVuZ3RoID4gODAgPyBgJHtmbGF0LnNsaWNlKDAsIDgwKX3igKZgIDogZmxhdDtcbn1cblxuLyoqXG4gKiBHRVRzIGEgcGF0aCBvZiB0aGUgc3BlYyB3aXRoIGl0cyB0eXBlZCBxdWVyeSwgdHVybnMgYSBub24tMnh4IHJlcGx5IGludG8gaXRzXG4gKiB0eXBlZCBlcnJvciwgYW5kIHBhcnNlcyB0aGUgMnh4IGJvZHkgYXMgSlNPTiAoY2hlY2tlZCBhZ2FpbnN0IHRoZSBzcGVjJ3NcbiAqIGBzY2hlbWFOYW1lYCB3aGVuIGB2YWxpZGF0ZWAgaXMgb24pLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZ2V0SlNPTjxQIGV4dGVuZHMga2V5b2YgcGF0aHM+KFxuICBhcGk6IEFwaSxcbiAgcGF0aDogUCxcbiAgcXVlcnk6IFF1ZXJ5T2Y8UD4sXG4gIG9wdGlvbnM6IFJlcXVlc3RPcHRpb25zLFxuICAvKiogVGhlIHNwZWMncyBzY2hlbWEgZm9yIHRoZSAyeHggYm9keSwgb3IgYSBwaWNrIGJ5IHRoZSBib2R5IHdoZW4gdGhlIEFQSSBhbnN3ZXJzIGluIG1vcmUgdGhhbiBvbmUgc2hhcGUuICovXG4gIHNjaGVtYTogc3RyaW5nIHwgKChib2R5OiB1bmtub3duKSA9PiBzdHJpbmcpLFxuICAvKiogVGhlIHN0cnVjdHVyYWwgcHJvYmxlbSB0aGF0IHdvdWxkIGJyZWFrIHRoZSBjYWxsZXIsIGlmIGFueTsgY2hlY2tlZCBldmVuIHdoZW4gYHZhbGlkYXRlYCBpcyBvZmYuICovXG4gIHNoYXBlUHJvYmxlbTogKGJvZHk6IHVua25vd24pID0+IHN0cmluZyB8IHVuZGVmaW5lZCxcbik6IFByb21pc2U8dW5rbm93bj4ge1xuICBsZXQgc2VhcmNoID0gXCJcIjtcbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgT2JqZWN0LmVudHJpZXMocXVlcnkgYXMgUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgbnVtYmVyIHwgdW5kZWZpbmVkPikpIHtcbiAgICBpZiAodmFsdWUgIT09IHVuZGVmaW5lZCkgc2VhcmNoICs9IGAke3NlYXJjaCA/IFwiJlwiIDogXCI/XCJ9JHtrZXl9PSR7ZW5jb2RlVVJJQ29tcG9uZW50KHZhbHVlKX1gO1xuICB9XG4gIGNvbnN0IHJlcXVlc3Q6IFJlcXVlc3RJbmZvID0geyBtZXRob2Q6IFwiR0VUXCIsIHVybDogYCR7YXBpLmNvbmZpZy5hcGlVUkx9JHtwYXRofSR7c2VhcmNofWAgfTtcbiAgY29uc3QgeyBzdGF0dXMsIGhlYWRlcnMsIHRleHQgfSA9IGF3YWl0IGFwaS50cmFuc3BvcnQuc2VuZChyZXF1ZXN0LCBvcHRpb25zKTtcbiAgY29uc3QgZGF0YSA9IHRleHQgPz8gXCJcIjtcbiAgaWYgKHN0YXR1cyA8IDIwMCB8fCBzdGF0dXMgPiAyOTkpIHtcbiAgICB0aHJvdyBlcnJvckZvclN0YXR1cyh7XG4gICAgICBzdGF0dXMsXG4gICAgICBib2R5OiBwYXJzZU9yVGV4dChkYXRhKSxcbiAgICAgIGhlYWRlcnMsXG4gICAgICByZXF1ZXN0LFxuICAgICAga2V5U291cmNlOiBhcGkuY29uZmlnLmFwaUtleVNvdXJjZSxcbiAgICAgIHJldHJ5QWZ0ZXI6IHJldHJ5QWZ0ZXJNcyhoZWFkZXJzKSxcbiAgICB9KTtcbiAgfVxuICBjb25zdCBmaWVsZHMgPSB7IHN0YXR1cywgaGVhZGVycywgcmVxdWVzdCwgYm9keTogZGF0YSB9O1xuICBsZXQgYm9keTogdW5rbm93bjtcbiAgdHJ5IHtcbiAgICBib2R5ID0gSlNPTi5wYXJzZShkYXRhKTtcbiAgfSBjYXRjaCAoY2F1c2UpIHtcbiAgICBjb25zdCB0eXBlID0gaGVhZGVycy5nZXQoXCJjb250ZW50LXR5cGVcIikgPz8gXCJubyBjb250ZW50IHR5cGVcIjtcbiAgICBjb25zdCB3aGF0ID0gZGF0YSA/IGBcIiR7c25pcHBldChkYXRhKX1cImAgOiBcImFuIGVtcHR5IGJvZHlcIjtcbiAgICB0aHJvdyBuZXcgTWFsZm9ybWVkUmVzcG9uc2VFcnJvcihcbiAgICAgIGAke3JlcXVlc3QubWV0aG9kfSAke3JlcXVlc3QudXJsfSBhbnN3ZXJlZCAke3N0YXR1c30gd2l0aCAke3doYXR9ICgke3R5cGV9KSwgd2hpY2ggaXMgbm90IHRoZSBKU09OIHRoZSBBUEkgc2VuZHMuIENoZWNrIHRoZSBkZXBsb3ltZW50IFVSTDogaXQgbWF5IHBvaW50IGF0IGEgd2ViIHBhZ2Ugb3IgYSBwcm94eSByYXRoZXIgdGhhbiB0aGUgQVBJLmAsXG4gICAgICB7IC4uLmZpZWxkcywgY2F1c2UgfSxcbiAgICApO1xuICB9XG4gIGNvbnN0IHNjaGVtYU5hbWUgPSB0eXBlb2Ygc2NoZW1hID09PSBcInN0cmluZ1wiID8gc2NoZW1hIDogc2NoZW1hKGJvZHkpO1xuICBjb25zdCBwcm9ibGVtID0gc2hhcGVQcm9ibGVtKGJvZHkpO1xuICBpZiAocHJvYmxlbSkge1xuICAgIHRocm93IG5ldyBNYWxmb3JtZWRSZXNwb25zZUVycm9yKFxuICAgICAgYCR7cmVxdWVzdC5tZXRob2R9ICR7cmVxdWVzdC51cmx9IGFuc3dlcmVkIHdpdGggJHtwcm9ibGVtfSwgd2hpY2ggdGhlIHNwZWMncyAke3NjaGVtYU5hbWV9IGRvZXMgbm90IGFsbG93LiBUaGUgY2FsbCBmYWlsZWQgYXMgYSB3aG9sZSwgc28gbm90aGluZyB3YXMgc2lsZW50bHkgZHJvcHBlZC5gLFxuICAgICAgeyAuLi5maWVsZHMsIGJvZHkgfSxcbiAgICApO1xuICB9XG4gIGlmIChhcGkuY29uZmlnLnZhbGlkYXRlKSB7XG4gICAgY29uc3QgeyBzcGVjUHJvYmxlbXMgfSA9IGF3YWl0IGltcG9ydChcIi4vc3BlYy1jaGVjay50c1wiKTtcbiAgICBjb25zdCBpc3N1ZXMgPSBzcGVjUHJvYmxlbXMoYm9keSwgc2NoZW1hTmFtZSk7XG4gICAgaWYgKGlzc3Vlcy5sZW5ndGgpIHtcbiAgICAgIHRocm93IG5ldyBNYWxmb3JtZWRSZXNwb25zZUVycm9yKFxuICAgICAgICBgJHtyZXF1ZXN0Lm1ldGhvZH0gJHtyZXF1ZXN0LnVybH0gYW5zd2VyZWQgd2l0aCBhIGJvZHkgdGhhdCBkb2VzIG5vdCBtYXRjaCB0aGUgc3BlYydzICR7c2NoZW1hTmFtZX06ICR7aXNzdWVzLnNsaWNlKDAsIDUpLmpvaW4oXCI7IFwiKX0ke2lzc3Vlcy5sZW5ndGggPiA1ID8gYCAoYW5kICR7aXNzdWVzLmxlbmd0aCAtIDV9IG1vcmUpYCA6IFwiXCJ9LmAsXG4gICAgICAgIHsgLi4uZmllbGRzLCBib2R5IH0sXG4gICAgICApO1xuICAgIH1cbiAgfVxuICByZXR1cm4gYm9keTtcbn1cbiJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQSxTQUFTLGNBQWMsRUFBRSxzQkFBc0IsUUFBMEIsY0FBYztBQUV2RixTQUFTLFlBQVksUUFBUSxhQUFhO0FBaUIxQyxpR0FBaUcsR0FDakcsU0FBUyxZQUFZLElBQVk7RUFDL0IsSUFBSTtJQUNGLE9BQU8sS0FBSyxLQUFLLENBQUM7RUFDcEIsRUFBRSxPQUFNO0lBQ04sT0FBTztFQUNUO0FBQ0Y7QUFFQSxTQUFTLFFBQVEsSUFBWTtFQUMzQixNQUFNLE9BQU8sS0FBSyxPQUFPLENBQUMsUUFBUSxLQUFLLElBQUk7RUFDM0MsT0FBTyxLQUFLLE1BQU0sR0FBRyxLQUFLLEdBQUcsS0FBSyxLQUFLLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQyxHQUFHO0FBQ3REO0FBRUE7Ozs7Q0FJQyxHQUNELE9BQU8sZUFBZSxRQUNwQixHQUFRLEVBQ1IsSUFBTyxFQUNQLEtBQWlCLEVBQ2pCLE9BQXVCLEVBQ3ZCLDJHQUEyRyxHQUMzRyxNQUE0QyxFQUM1QyxxR0FBcUcsR0FDckcsWUFBbUQ7RUFFbkQsSUFBSSxTQUFTO0VBQ2IsS0FBSyxNQUFNLENBQUMsS0FBSyxNQUFNLElBQUksT0FBTyxPQUFPLENBQUMsT0FBdUQ7SUFDL0YsSUFBSSxVQUFVLFdBQVcsVUFBVSxHQUFHLFNBQVMsTUFBTSxNQUFNLElBQUksQ0FBQyxFQUFFLG1CQUFtQixRQUFRO0VBQy9GO0VBQ0EsTUFBTSxVQUF1QjtJQUFFLFFBQVE7SUFBTyxLQUFLLEdBQUcsSUFBSSxNQUFNLENBQUMsTUFBTSxHQUFHLE9BQU8sUUFBUTtFQUFDO0VBQzFGLE1BQU0sRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxHQUFHLE1BQU0sSUFBSSxTQUFTLENBQUMsSUFBSSxDQUFDLFNBQVM7RUFDcEUsTUFBTSxPQUFPLFFBQVE7RUFDckIsSUFBSSxTQUFTLE9BQU8sU0FBUyxLQUFLO0lBQ2hDLE1BQU0sZUFBZTtNQUNuQjtNQUNBLE1BQU0sWUFBWTtNQUNsQjtNQUNBO01BQ0EsV0FBVyxJQUFJLE1BQU0sQ0FBQyxZQUFZO01BQ2xDLFlBQVksYUFBYTtJQUMzQjtFQUNGO0VBQ0EsTUFBTSxTQUFTO0lBQUU7SUFBUTtJQUFTO0lBQVMsTUFBTTtFQUFLO0VBQ3RELElBQUk7RUFDSixJQUFJO0lBQ0YsT0FBTyxLQUFLLEtBQUssQ0FBQztFQUNwQixFQUFFLE9BQU8sT0FBTztJQUNkLE1BQU0sT0FBTyxRQUFRLEdBQUcsQ0FBQyxtQkFBbUI7SUFDNUMsTUFBTSxPQUFPLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxNQUFNLENBQUMsQ0FBQyxHQUFHO0lBQzNDLE1BQU0sSUFBSSx1QkFDUixHQUFHLFFBQVEsTUFBTSxDQUFDLENBQUMsRUFBRSxRQUFRLEdBQUcsQ0FBQyxVQUFVLEVBQUUsT0FBTyxNQUFNLEVBQUUsS0FBSyxFQUFFLEVBQUUsS0FBSyw0SEFBNEgsQ0FBQyxFQUN2TTtNQUFFLEdBQUcsTUFBTTtNQUFFO0lBQU07RUFFdkI7RUFDQSxNQUFNLGFBQWEsT0FBTyxXQUFXLFdBQVcsU0FBUyxPQUFPO0VBQ2hFLE1BQU0sVUFBVSxhQUFhO0VBQzdCLElBQUksU0FBUztJQUNYLE1BQU0sSUFBSSx1QkFDUixHQUFHLFFBQVEsTUFBTSxDQUFDLENBQUMsRUFBRSxRQUFRLEdBQUcsQ0FBQyxlQUFlLEVBQUUsUUFBUSxtQkFBbUIsRUFBRSxXQUFXLDZFQUE2RSxDQUFDLEVBQ3hLO01BQUUsR0FBRyxNQUFNO01BQUU7SUFBSztFQUV0QjtFQUNBLElBQUksSUFBSSxNQUFNLENBQUMsUUFBUSxFQUFFO0lBQ3ZCLE1BQU0sRUFBRSxZQUFZLEVBQUUsR0FBRyxNQUFNLE1BQU0sQ0FBQztJQUN0QyxNQUFNLFNBQVMsYUFBYSxNQUFNO0lBQ2xDLElBQUksT0FBTyxNQUFNLEVBQUU7TUFDakIsTUFBTSxJQUFJLHVCQUNSLEdBQUcsUUFBUSxNQUFNLENBQUMsQ0FBQyxFQUFFLFFBQVEsR0FBRyxDQUFDLHFEQUFxRCxFQUFFLFdBQVcsRUFBRSxFQUFFLE9BQU8sS0FBSyxDQUFDLEdBQUcsR0FBRyxJQUFJLENBQUMsUUFBUSxPQUFPLE1BQU0sR0FBRyxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU8sTUFBTSxHQUFHLEVBQUUsTUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUMsRUFDck07UUFBRSxHQUFHLE1BQU07UUFBRTtNQUFLO0lBRXRCO0VBQ0Y7RUFDQSxPQUFPO0FBQ1QifQ==
// denoCacheMetadata=475653731514436955,6593972629038770075
