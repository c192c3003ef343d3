import { checkRequestOptions } from "./options.ts";
import { JobIterator } from "./pagination.ts";
import { checkIterateParams, checkListParams } from "./params.ts";
import { getJSON } from "./request.ts";

function describe(value) {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}
/** The structural checks every list response gets; `validate: true` adds the full schema. */ function listProblem(body) {
  if (!body || typeof body !== "object" || Array.isArray(body)) return `${describe(body)} instead of an object`;
  const { jobs } = body;
  return Array.isArray(jobs) ? undefined : `"jobs" as ${describe(jobs)} instead of an array`;
}
/** A page is a list with a cursor that paging can follow. */ function pageProblem(body) {
  const problem = listProblem(body);
  if (problem) return problem;
  const { next_cursor } = body;
  if (next_cursor !== null && typeof next_cursor !== "string")
    return `"next_cursor" as ${describe(next_cursor)} instead of a string or null`;
  if (next_cursor === "") return `an empty "next_cursor" (the last page says null)`;
  return undefined;
}
/**
 * Older and self-hosted deployments may ignore `limit` and answer a paged call with every job
 * (`{ message, jobs }`, no `next_cursor`): that answer is the one and only page.
 */ function isFullList(body) {
  return typeof body === "object" && body !== null && "message" in body && !("next_cursor" in body);
}
/** A page, or the full list of a server that ignores `limit`. */ function pageOrListProblem(body) {
  return isFullList(body) ? listProblem(body) : pageProblem(body);
}
/** `sutro.jobs`: the jobs of the account. */ export class Jobs {
  #api;
  #warnedUnpaged = false;
  /** Made by the `Sutro` client, which hands it its transport and options; not meant to be called directly. */ constructor(api) {
    this.#api = api;
  }
  async list(params, options) {
    const query = checkListParams(params);
    const checked = checkRequestOptions(options);
    if (query.limit === undefined) return await getJSON(this.#api, "/list-jobs", {}, checked, "JobList", listProblem);
    return this.#page(
      {
        limit: query.limit,
        cursor: query.cursor,
      },
      checked,
    );
  }
  /** One page, its arguments already checked: `iterate` checks them once, not once a page. */ async #page(query, options) {
    const body = await getJSON(this.#api, "/list-jobs", query, options, (b) => (isFullList(b) ? "JobList" : "JobPage"), pageOrListProblem);
    if (!isFullList(body)) return body;
    if (!this.#warnedUnpaged) {
      this.#warnedUnpaged = true;
      this.#api.config.logger.warn(
        `${this.#api.config.apiURL} ignores limit: it answered a page request with every job at once. Treating that as the only page.`,
      );
    }
    return {
      jobs: body.jobs,
      next_cursor: null,
    };
  }
  /**
   * Every job, newest first, following `next_cursor` page by page; at most
   * one page is held in memory. Read `cursor` / `nextCursor` on the returned
   * iterator to checkpoint, and pass one back as `cursor` to resume.
   */ iterate(params) {
    const { pageSize, cursor, prefetch, options } = checkIterateParams(params);
    return new JobIterator(
      (at, signal, deadline) =>
        this.#page(
          {
            limit: pageSize,
            cursor: at,
          },
          {
            ...options,
            signal,
            deadline,
          },
        ),
      {
        cursor,
        prefetch: prefetch === 1,
        signal: options.signal,
        deadline: options.deadline ?? this.#api.config.deadline,
      },
    );
  }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL3BhY2thZ2VzL2pvYnMvc3JjL2pvYnMudHMiXSwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgY2hlY2tSZXF1ZXN0T3B0aW9ucywgdHlwZSBSZXF1ZXN0T3B0aW9ucyB9IGZyb20gXCIuL29wdGlvbnMudHNcIjtcbmltcG9ydCB7IEpvYkl0ZXJhdG9yIH0gZnJvbSBcIi4vcGFnaW5hdGlvbi50c1wiO1xuaW1wb3J0IHtcbiAgY2hlY2tJdGVyYXRlUGFyYW1zLFxuICBjaGVja0xpc3RQYXJhbXMsXG4gIHR5cGUgSXRlcmF0ZVBhcmFtcyxcbiAgdHlwZSBMaXN0QWxsUGFyYW1zLFxuICB0eXBlIExpc3RQYWdlUGFyYW1zLFxuICB0eXBlIExpc3RQYXJhbXMsXG59IGZyb20gXCIuL3BhcmFtcy50c1wiO1xuaW1wb3J0IHsgdHlwZSBBcGksIGdldEpTT04gfSBmcm9tIFwiLi9yZXF1ZXN0LnRzXCI7XG5pbXBvcnQgdHlwZSB7IEpvYkxpc3QsIEpvYlBhZ2UgfSBmcm9tIFwiLi90eXBlcy50c1wiO1xuXG5mdW5jdGlvbiBkZXNjcmliZSh2YWx1ZTogdW5rbm93bik6IHN0cmluZyB7XG4gIHJldHVybiB2YWx1ZSA9PT0gbnVsbCA/IFwibnVsbFwiIDogQXJyYXkuaXNBcnJheSh2YWx1ZSkgPyBcImFuIGFycmF5XCIgOiB0eXBlb2YgdmFsdWU7XG59XG5cbi8qKiBUaGUgc3RydWN0dXJhbCBjaGVja3MgZXZlcnkgbGlzdCByZXNwb25zZSBnZXRzOyBgdmFsaWRhdGU6IHRydWVgIGFkZHMgdGhlIGZ1bGwgc2NoZW1hLiAqL1xuZnVuY3Rpb24gbGlzdFByb2JsZW0oYm9keTogdW5rbm93bik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmICghYm9keSB8fCB0eXBlb2YgYm9keSAhPT0gXCJvYmplY3RcIiB8fCBBcnJheS5pc0FycmF5KGJvZHkpKSByZXR1cm4gYCR7ZGVzY3JpYmUoYm9keSl9IGluc3RlYWQgb2YgYW4gb2JqZWN0YDtcbiAgY29uc3QgeyBqb2JzIH0gPSBib2R5IGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICByZXR1cm4gQXJyYXkuaXNBcnJheShqb2JzKSA/IHVuZGVmaW5lZCA6IGBcImpvYnNcIiBhcyAke2Rlc2NyaWJlKGpvYnMpfSBpbnN0ZWFkIG9mIGFuIGFycmF5YDtcbn1cblxuLyoqIEEgcGFnZSBpcyBhIGxpc3Qgd2l0aCBhIGN1cnNvciB0aGF0IHBhZ2luZyBjYW4gZm9sbG93LiAqL1xuZnVuY3Rpb24gcGFnZVByb2JsZW0oYm9keTogdW5rbm93bik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHByb2JsZW0gPSBsaXN0UHJvYmxlbShib2R5KTtcbiAgaWYgKHByb2JsZW0pIHJldHVybiBwcm9ibGVtO1xuICBjb25zdCB7IG5leHRfY3Vyc29yIH0gPSBib2R5IGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICBpZiAobmV4dF9jdXJzb3IgIT09IG51bGwgJiYgdHlwZW9mIG5leHRfY3Vyc29yICE9PSBcInN0cmluZ1wiKVxuICAgIHJldHVybiBgXCJuZXh0X2N1cnNvclwiIGFzICR7ZGVzY3JpYmUobmV4dF9jdXJzb3IpfSBpbnN0ZWFkIG9mIGEgc3RyaW5nIG9yIG51bGxgO1xuICBpZiAobmV4dF9jdXJzb3IgPT09IFwiXCIpIHJldHVybiBgYW4gZW1wdHkgXCJuZXh0X2N1cnNvclwiICh0aGUgbGFzdCBwYWdlIHNheXMgbnVsbClgO1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKipcbiAqIE9sZGVyIGFuZCBzZWxmLWhvc3RlZCBkZXBsb3ltZW50cyBtYXkgaWdub3JlIGBsaW1pdGAgYW5kIGFuc3dlciBhIHBhZ2VkIGNhbGwgd2l0aCBldmVyeSBqb2JcbiAqIChgeyBtZXNzYWdlLCBqb2JzIH1gLCBubyBgbmV4dF9jdXJzb3JgKTogdGhhdCBhbnN3ZXIgaXMgdGhlIG9uZSBhbmQgb25seSBwYWdlLlxuICovXG5mdW5jdGlvbiBpc0Z1bGxMaXN0KGJvZHk6IHVua25vd24pOiBib2R5IGlzIEpvYkxpc3Qge1xuICByZXR1cm4gdHlwZW9mIGJvZHkgPT09IFwib2JqZWN0XCIgJiYgYm9keSAhPT0gbnVsbCAmJiBcIm1lc3NhZ2VcIiBpbiBib2R5ICYmICEoXCJuZXh0X2N1cnNvclwiIGluIGJvZHkpO1xufVxuXG4vKiogQSBwYWdlLCBvciB0aGUgZnVsbCBsaXN0IG9mIGEgc2VydmVyIHRoYXQgaWdub3JlcyBgbGltaXRgLiAqL1xuZnVuY3Rpb24gcGFnZU9yTGlzdFByb2JsZW0oYm9keTogdW5rbm93bik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBpc0Z1bGxMaXN0KGJvZHkpID8gbGlzdFByb2JsZW0oYm9keSkgOiBwYWdlUHJvYmxlbShib2R5KTtcbn1cblxuLyoqIGBzdXRyby5qb2JzYDogdGhlIGpvYnMgb2YgdGhlIGFjY291bnQuICovXG5leHBvcnQgY2xhc3MgSm9icyB7XG4gIHJlYWRvbmx5ICNhcGk6IEFwaTtcbiAgI3dhcm5lZFVucGFnZWQgPSBmYWxzZTtcblxuICAvKiogTWFkZSBieSB0aGUgYFN1dHJvYCBjbGllbnQsIHdoaWNoIGhhbmRzIGl0IGl0cyB0cmFuc3BvcnQgYW5kIG9wdGlvbnM7IG5vdCBtZWFudCB0byBiZSBjYWxsZWQgZGlyZWN0bHkuICovXG4gIGNvbnN0cnVjdG9yKGFwaTogQXBpKSB7XG4gICAgdGhpcy4jYXBpID0gYXBpO1xuICB9XG5cbiAgLyoqIEV2ZXJ5IGpvYiBpbiBvbmUgcmVzcG9uc2UgKGB7IG1lc3NhZ2UsIGpvYnMgfWApLiBQcmVmZXIgYGl0ZXJhdGUoKWAgb3IgYGxpc3QoeyBsaW1pdCB9KWAgZm9yIGxhcmdlIGFjY291bnRzLiAqL1xuICBsaXN0KHBhcmFtcz86IExpc3RBbGxQYXJhbXMsIG9wdGlvbnM/OiBSZXF1ZXN0T3B0aW9ucyk6IFByb21pc2U8Sm9iTGlzdD47XG4gIC8qKiBPbmUgcGFnZSBvZiBhdCBtb3N0IGBsaW1pdGAgam9icywgbmV3ZXN0IGZpcnN0LCB3aXRoIHRoZSBgbmV4dF9jdXJzb3JgIG9mIHRoZSBuZXh0IHBhZ2UgKG51bGwgb24gdGhlIGxhc3QpLiAqL1xuICBsaXN0KHBhcmFtczogTGlzdFBhZ2VQYXJhbXMsIG9wdGlvbnM/OiBSZXF1ZXN0T3B0aW9ucyk6IFByb21pc2U8Sm9iUGFnZT47XG4gIC8qKiBPbmUgcGFnZSB3aXRoIGBsaW1pdGAsIGVsc2UgZXZlcnkgam9iOiB0aGUgdHlwZSBmb2xsb3dzIHRoZSBhcmd1bWVudHMuICovXG4gIGxpc3QocGFyYW1zPzogTGlzdFBhcmFtcywgb3B0aW9ucz86IFJlcXVlc3RPcHRpb25zKTogUHJvbWlzZTxKb2JQYWdlIHwgSm9iTGlzdD47XG4gIGFzeW5jIGxpc3QocGFyYW1zPzogTGlzdFBhcmFtcywgb3B0aW9ucz86IFJlcXVlc3RPcHRpb25zKTogUHJvbWlzZTxKb2JQYWdlIHwgSm9iTGlzdD4ge1xuICAgIGNvbnN0IHF1ZXJ5ID0gY2hlY2tMaXN0UGFyYW1zKHBhcmFtcyk7XG4gICAgY29uc3QgY2hlY2tlZCA9IGNoZWNrUmVxdWVzdE9wdGlvbnMob3B0aW9ucyk7XG4gICAgaWYgKHF1ZXJ5LmxpbWl0ID09PSB1bmRlZmluZWQpIHJldHVybiAoYXdhaXQgZ2V0SlNPTih0aGlzLiNhcGksIFwiL2xpc3Qtam9ic1wiLCB7fSwgY2hlY2tlZCwgXCJKb2JMaXN0XCIsIGxpc3RQcm9ibGVtKSkgYXMgSm9iTGlzdDtcbiAgICByZXR1cm4gdGhpcy4jcGFnZSh7IGxpbWl0OiBxdWVyeS5saW1pdCwgY3Vyc29yOiBxdWVyeS5jdXJzb3IgfSwgY2hlY2tlZCk7XG4gIH1cblxuICAvKiogT25lIHBhZ2UsIGl0cyBhcmd1bWVudHMgYWxyZWFkeSBjaGVja2VkOiBgaXRlcmF0ZWAgY2hlY2tzIHRoZW0gb25jZSwgbm90IG9uY2UgYSBwYWdlLiAqL1xuICBhc3luYyAjcGFnZShxdWVyeTogeyBsaW1pdDogbnVtYmVyOyBjdXJzb3I/OiBzdHJpbmcgfCB1bmRlZmluZWQgfSwgb3B0aW9uczogUmVxdWVzdE9wdGlvbnMpOiBQcm9taXNlPEpvYlBhZ2U+IHtcbiAgICBjb25zdCBib2R5ID0gYXdhaXQgZ2V0SlNPTih0aGlzLiNhcGksIFwiL2xpc3Qtam9ic1wiLCBxdWVyeSwgb3B0aW9ucywgKGIpID0+IChpc0Z1bGxMaXN0KGIpID8gXCJKb2JMaXN0XCIgOiBcIkpvYlBhZ2VcIiksIHBhZ2VPckxpc3RQcm9ibGVtKTtcbiAgICBpZiAoIWlzRnVsbExpc3QoYm9keSkpIHJldHVybiBib2R5IGFzIEpvYlBhZ2U7XG4gICAgaWYgKCF0aGlzLiN3YXJuZWRVbnBhZ2VkKSB7XG4gICAgICB0aGlzLiN3YXJuZWRVbnBhZ2VkID0gdHJ1ZTtcbiAgICAgIHRoaXMuI2FwaS5jb25maWcubG9nZ2VyLndhcm4oXG4gICAgICAgIGAke3RoaXMuI2FwaS5jb25maWcuYXBpVVJMfSBpZ25vcmVzIGxpbWl0OiBpdCBhbnN3ZXJlZCBhIHBhZ2UgcmVxdWVzdCB3aXRoIGV2ZXJ5IGpvYiBhdCBvbmNlLiBUcmVhdGluZyB0aGF0IGFzIHRoZSBvbmx5IHBhZ2UuYCxcbiAgICAgICk7XG4gICAgfVxuICAgIHJldHVybiB7IGpvYnM6IGJvZHkuam9icywgbmV4dF9jdXJzb3I6IG51bGwgfTtcbiAgfVxuXG4gIC8qKlxuICAgKiBFdmVyeSBqb2IsIG5ld2VzdCBmaXJzdCwgZm9sbG93aW5nIGBuZXh0X2N1cnNvcmAgcGFnZSBieSBwYWdlOyBhdCBtb3N0XG4gICAqIG9uZSBwYWdlIGlzIGhlbGQgaW4gbWVtb3J5LiBSZWFkIGBjdXJzb3JgIC8gYG5leHRDdXJzb3JgIG9uIHRoZSByZXR1cm5lZFxuICAgKiBpdGVyYXRvciB0byBjaGVja3BvaW50LCBhbmQgcGFzcyBvbmUgYmFjayBhcyBgY3Vyc29yYCB0byByZXN1bWUuXG4gICAqL1xuICBpdGVyYXRlKHBhcmFtcz86IEl0ZXJhdGVQYXJhbXMpOiBKb2JJdGVyYXRvciB7XG4gICAgY29uc3QgeyBwYWdlU2l6ZSwgY3Vyc29yLCBwcmVmZXRjaCwgb3B0aW9ucyB9ID0gY2hlY2tJdGVyYXRlUGFyYW1zKHBhcmFtcyk7XG4gICAgcmV0dXJuIG5ldyBKb2JJdGVyYXRvcigoYXQsIHNpZ25hbCwgZGVhZGxpbmUpID0+IHRoaXMuI3BhZ2UoeyBsaW1pdDogcGFnZVNpemUsIGN1cnNvcjogYXQgfSwgeyAuLi5vcHRpb25zLCBzaWduYWwsIGRlYWRsaW5lIH0pLCB7XG4gICAgICBjdXJzb3IsXG4gICAgICBwcmVmZXRjaDogcHJlZmV0Y2ggPT09IDEsXG4gICAgICBzaWduYWw6IG9wdGlvbnMuc2lnbmFsLFxuICAgICAgZGVhZGxpbmU6IG9wdGlvbnMuZGVhZGxpbmUgPz8gdGhpcy4jYXBpLmNvbmZpZy5kZWFkbGluZSxcbiAgICB9KTtcbiAgfVxufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBLFNBQVMsbUJBQW1CLFFBQTZCLGVBQWU7QUFDeEUsU0FBUyxXQUFXLFFBQVEsa0JBQWtCO0FBQzlDLFNBQ0Usa0JBQWtCLEVBQ2xCLGVBQWUsUUFLVixjQUFjO0FBQ3JCLFNBQW1CLE9BQU8sUUFBUSxlQUFlO0FBR2pELFNBQVMsU0FBUyxLQUFjO0VBQzlCLE9BQU8sVUFBVSxPQUFPLFNBQVMsTUFBTSxPQUFPLENBQUMsU0FBUyxhQUFhLE9BQU87QUFDOUU7QUFFQSwyRkFBMkYsR0FDM0YsU0FBUyxZQUFZLElBQWE7RUFDaEMsSUFBSSxDQUFDLFFBQVEsT0FBTyxTQUFTLFlBQVksTUFBTSxPQUFPLENBQUMsT0FBTyxPQUFPLEdBQUcsU0FBUyxNQUFNLHFCQUFxQixDQUFDO0VBQzdHLE1BQU0sRUFBRSxJQUFJLEVBQUUsR0FBRztFQUNqQixPQUFPLE1BQU0sT0FBTyxDQUFDLFFBQVEsWUFBWSxDQUFDLFVBQVUsRUFBRSxTQUFTLE1BQU0sb0JBQW9CLENBQUM7QUFDNUY7QUFFQSwyREFBMkQsR0FDM0QsU0FBUyxZQUFZLElBQWE7RUFDaEMsTUFBTSxVQUFVLFlBQVk7RUFDNUIsSUFBSSxTQUFTLE9BQU87RUFDcEIsTUFBTSxFQUFFLFdBQVcsRUFBRSxHQUFHO0VBQ3hCLElBQUksZ0JBQWdCLFFBQVEsT0FBTyxnQkFBZ0IsVUFDakQsT0FBTyxDQUFDLGlCQUFpQixFQUFFLFNBQVMsYUFBYSw0QkFBNEIsQ0FBQztFQUNoRixJQUFJLGdCQUFnQixJQUFJLE9BQU8sQ0FBQyxnREFBZ0QsQ0FBQztFQUNqRixPQUFPO0FBQ1Q7QUFFQTs7O0NBR0MsR0FDRCxTQUFTLFdBQVcsSUFBYTtFQUMvQixPQUFPLE9BQU8sU0FBUyxZQUFZLFNBQVMsUUFBUSxhQUFhLFFBQVEsQ0FBQyxDQUFDLGlCQUFpQixJQUFJO0FBQ2xHO0FBRUEsK0RBQStELEdBQy9ELFNBQVMsa0JBQWtCLElBQWE7RUFDdEMsT0FBTyxXQUFXLFFBQVEsWUFBWSxRQUFRLFlBQVk7QUFDNUQ7QUFFQSwyQ0FBMkMsR0FDM0MsT0FBTyxNQUFNO0VBQ0YsQ0FBQSxHQUFJLENBQU07RUFDbkIsQ0FBQSxhQUFjLEdBQUcsTUFBTTtFQUV2QiwyR0FBMkcsR0FDM0csWUFBWSxHQUFRLENBQUU7SUFDcEIsSUFBSSxDQUFDLENBQUEsR0FBSSxHQUFHO0VBQ2Q7RUFRQSxNQUFNLEtBQUssTUFBbUIsRUFBRSxPQUF3QixFQUE4QjtJQUNwRixNQUFNLFFBQVEsZ0JBQWdCO0lBQzlCLE1BQU0sVUFBVSxvQkFBb0I7SUFDcEMsSUFBSSxNQUFNLEtBQUssS0FBSyxXQUFXLE9BQVEsTUFBTSxRQUFRLElBQUksQ0FBQyxDQUFBLEdBQUksRUFBRSxjQUFjLENBQUMsR0FBRyxTQUFTLFdBQVc7SUFDdEcsT0FBTyxJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUM7TUFBRSxPQUFPLE1BQU0sS0FBSztNQUFFLFFBQVEsTUFBTSxNQUFNO0lBQUMsR0FBRztFQUNsRTtFQUVBLDBGQUEwRixHQUMxRixNQUFNLENBQUEsSUFBSyxDQUFDLEtBQXFELEVBQUUsT0FBdUI7SUFDeEYsTUFBTSxPQUFPLE1BQU0sUUFBUSxJQUFJLENBQUMsQ0FBQSxHQUFJLEVBQUUsY0FBYyxPQUFPLFNBQVMsQ0FBQyxJQUFPLFdBQVcsS0FBSyxZQUFZLFdBQVk7SUFDcEgsSUFBSSxDQUFDLFdBQVcsT0FBTyxPQUFPO0lBQzlCLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQSxhQUFjLEVBQUU7TUFDeEIsSUFBSSxDQUFDLENBQUEsYUFBYyxHQUFHO01BQ3RCLElBQUksQ0FBQyxDQUFBLEdBQUksQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLElBQUksQ0FDMUIsR0FBRyxJQUFJLENBQUMsQ0FBQSxHQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxrR0FBa0csQ0FBQztJQUVsSTtJQUNBLE9BQU87TUFBRSxNQUFNLEtBQUssSUFBSTtNQUFFLGFBQWE7SUFBSztFQUM5QztFQUVBOzs7O0dBSUMsR0FDRCxRQUFRLE1BQXNCLEVBQWU7SUFDM0MsTUFBTSxFQUFFLFFBQVEsRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLE9BQU8sRUFBRSxHQUFHLG1CQUFtQjtJQUNuRSxPQUFPLElBQUksWUFBWSxDQUFDLElBQUksUUFBUSxXQUFhLElBQUksQ0FBQyxDQUFBLElBQUssQ0FBQztRQUFFLE9BQU87UUFBVSxRQUFRO01BQUcsR0FBRztRQUFFLEdBQUcsT0FBTztRQUFFO1FBQVE7TUFBUyxJQUFJO01BQzlIO01BQ0EsVUFBVSxhQUFhO01BQ3ZCLFFBQVEsUUFBUSxNQUFNO01BQ3RCLFVBQVUsUUFBUSxRQUFRLElBQUksSUFBSSxDQUFDLENBQUEsR0FBSSxDQUFDLE1BQU0sQ0FBQyxRQUFRO0lBQ3pEO0VBQ0Y7QUFDRiJ9
// denoCacheMetadata=12998061695139996286,2203541402488418204
