import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

export type Schemas = components["schemas"];
export type Statistic = Schemas["StatisticDto"];
export type Article = Schemas["ArticleDetail"];

const keyName = "contentapi.desk.key";

/** The API key: typed once, kept only in this tab's session storage (gone when the tab closes), sent on writes. */
export const apiKey = {
  get: (): string | null => sessionStorage.getItem(keyName),
  set: (key: string) => sessionStorage.setItem(keyName, key),
  clear: () => sessionStorage.removeItem(keyName),
};

// The last write's X-Data-Version, sent back on reads so that the desk sees its own edits at once (README: Scaling).
let dataVersion: string | null = null;

const session: Middleware = {
  onRequest({ request }) {
    const key = apiKey.get();
    if (key && request.method !== "GET") request.headers.set("Authorization", `Bearer ${key}`);
    if (dataVersion && request.method === "GET") request.headers.set("X-Min-Data-Version", dataVersion);
    return request;
  },
  onResponse({ response }) {
    const written = response.headers.get("X-Data-Version");
    if (written) dataVersion = written;
    return response;
  },
};

// JSON answers only: the CSV form of the statistics list is fetched apart (statisticsCsv).
export const api = createClient<paths, "application/json" | "application/merge-patch+json">({
  baseUrl: location.origin,
  // Answers say max-age=30; an editor must see another editor's change at once, so every read revalidates its ETag.
  cache: "no-cache",
});
api.use(session);

/** An RFC 9457 problem as the API answers it, or a network failure put in the same shape. */
export interface Problem {
  status: number;
  title: string;
  detail?: string;
  errors?: Record<string, string[]>;
}

export function problemOf(error: unknown, response?: Response): Problem {
  const body = (error ?? {}) as Partial<Problem>;
  return {
    status: body.status ?? response?.status ?? 0,
    title: body.title ?? response?.statusText ?? "The request failed",
    detail: body.detail,
    errors: body.errors,
  };
}

/** Pages of CSV fetched for one download at most: 100 rows a page, so 5,000 rows (more is a job for the API itself). */
export const csvPageLimit = 50;

/**
 * The statistics list as CSV with the same filters, for a download: page after page through the Link header's
 * rel=next (keyset cursors), the header row once, with the BOM that spreadsheet programs need to read Chinese.
 */
export async function statisticsCsv(query: URLSearchParams): Promise<Blob> {
  const parts: string[] = ["\uFEFF"];
  const first = new URLSearchParams(query);
  first.set("pageSize", "100");
  let url: string | null = `/api/v1/statistics?${first}`;
  for (let page = 0; url && page < csvPageLimit; page++) {
    const response: Response = await fetch(url, { headers: { Accept: "text/csv" }, cache: "no-cache" });
    if (!response.ok) throw problemOf(await response.json().catch(() => null), response);
    const text = await response.text();
    parts.push(page === 0 ? text : text.slice(text.indexOf("\n") + 1));
    url = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get("Link") ?? "")?.[1] ?? null;
  }
  return new Blob(parts, { type: "text/csv;charset=utf-8" });
}

type PagePaths = "/api/v1/documents" | "/api/v1/documents/preview";
type PageQuery<P extends PagePaths> = NonNullable<paths[P]["post"]["parameters"]["query"]>;

/**
 * A page sent as the file it is (text/plain, text/html or application/pdf, the metadata in the query string), which
 * the JSON client does not serialise: the same endpoints, the same key and the same problem answers.
 */
export async function postPage<P extends PagePaths>(path: P, file: File, mediaType: string, query: PageQuery<P>): Promise<{ data?: unknown; problem?: Problem }> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== "") search.set(name, String(value));
  const headers: Record<string, string> = { "Content-Type": mediaType };
  const key = apiKey.get();
  if (key) headers.Authorization = `Bearer ${key}`;
  const response = await fetch(`${path}?${search}`, { method: "POST", body: file, headers });
  const body = await response.json().catch(() => null);
  return response.ok ? { data: body } : { problem: problemOf(body, response) };
}
