/** The operations the mock serves, under API_PREFIX, as a table: method, path pattern, and a name to dispatch on. */

/** Where a deployment serves the API. */
export const API_PREFIX = "/v1";

export type RouteName =
  | "list"
  | "auth"
  | "create"
  | "get"
  | "status"
  | "cancel"
  | "progress"
  | "resultsUrl"
  | "results"
  | "quotas"
  | "createDataset"
  | "upload"
  | "listDatasets"
  | "datasetFiles"
  | "datasetDownload";

const ROUTES: { method: string; pattern: RegExp; name: RouteName }[] = [
  { method: "GET", pattern: /^\/list-jobs$/, name: "list" },
  { method: "GET", pattern: /^\/try-authentication$/, name: "auth" },
  { method: "POST", pattern: /^\/batch-inference$/, name: "create" },
  { method: "GET", pattern: /^\/jobs\/([^/]+)$/, name: "get" },
  { method: "GET", pattern: /^\/job-status\/([^/]+)$/, name: "status" },
  { method: "GET", pattern: /^\/job-cancel\/([^/]+)$/, name: "cancel" },
  { method: "GET", pattern: /^\/stream-job-progress\/([^/]+)$/, name: "progress" },
  { method: "GET", pattern: /^\/jobs\/([^/]+)\/results-url$/, name: "resultsUrl" },
  { method: "POST", pattern: /^\/job-results$/, name: "results" },
  { method: "GET", pattern: /^\/get-quotas$/, name: "quotas" },
  { method: "GET", pattern: /^\/create-dataset$/, name: "createDataset" },
  { method: "POST", pattern: /^\/upload-to-dataset$/, name: "upload" },
  { method: "POST", pattern: /^\/list-datasets$/, name: "listDatasets" },
  { method: "POST", pattern: /^\/list-dataset-files$/, name: "datasetFiles" },
  { method: "POST", pattern: /^\/download-from-dataset$/, name: "datasetDownload" },
];

/** The route a request takes, with the id in its path; or why none: 404 (no such path) or 405 (not that method). */
export function findRoute(method: string, pathname: string): { name: RouteName; id: string } | { status: 404 | 405; detail: string } {
  const path = pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : undefined;
  const routes = path === undefined ? [] : ROUTES.filter((r) => r.pattern.test(path));
  if (path === undefined || routes.length === 0) {
    const hint = path === undefined ? ` Every path lives under ${API_PREFIX}.` : "";
    return { status: 404, detail: `No route ${pathname}.${hint}` };
  }
  const route = routes.find((r) => r.method === method || (r.method === "GET" && method === "HEAD"));
  if (!route) return { status: 405, detail: `Method ${method} not allowed.` };
  return { name: route.name, id: decodeURIComponent(route.pattern.exec(path)?.[1] ?? "") };
}
