import { useEffect, useState } from "preact/hooks";

/** Where the desk is: the hash (#/view/id?query), so that every view has an address and no server fallback is needed. */
export interface Route {
  view: "archive" | "article" | "statistics" | "ingest";
  id?: number;
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = "", search = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  const [view, id] = path.split("/");
  const query = new URLSearchParams(search);
  switch (view) {
    case "article": return { view: "article", id: Number(id), query };
    case "statistics": return { view: "statistics", query };
    case "ingest": return { view: "ingest", query };
    default: return { view: "archive", query };
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const changed = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", changed);
    return () => removeEventListener("hashchange", changed);
  }, []);
  return route;
}

/** The address of a view with its query; empty values are left out. */
export function href(view: string, query: Record<string, string | number | undefined | null> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(name, String(value));
  }
  const search = params.toString();
  return `#/${view}${search ? `?${search}` : ""}`;
}
