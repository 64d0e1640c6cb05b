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

/** The statistics list as CSV (same filters), for a download link. */
export async function statisticsCsv(query: URLSearchParams): Promise<Blob> {
  const response = await fetch(`/api/v1/statistics?${query}`, { headers: { Accept: "text/csv" } });
  if (!response.ok) throw problemOf(await response.json().catch(() => null), response);
  return response.blob();
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
