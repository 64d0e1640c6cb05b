import { useEffect, useState } from "preact/hooks";
import { api, problemOf, type Problem, type Schemas } from "../api/client";
import { href } from "../route";
import { ProblemNote } from "../parts/ProblemNote";
import { Snippet } from "../parts/Snippet";

type ArticleSummary = Schemas["ArticleSummary"];
type DocumentSummary = Schemas["DocumentSummary"];

const filterNames = ["q", "source", "publishedFrom", "publishedTo", "place", "documentId"] as const;

/** Articles with the API's Chinese search, filters and keyset paging; documents of the archive below them. */
export function Archive({ query }: { query: URLSearchParams }) {
  const filters = Object.fromEntries(filterNames.map(n => [n, query.get(n) ?? ""])) as Record<(typeof filterNames)[number], string>;
  const cursor = query.get("cursor") ?? undefined;
  const [items, setItems] = useState<ArticleSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    let live = true;
    setProblem(null);
    api.GET("/api/v1/articles", {
      params: {
        query: {
          q: filters.q || undefined,
          source: filters.source || undefined,
          publishedFrom: filters.publishedFrom || undefined,
          publishedTo: filters.publishedTo || undefined,
          place: filters.place || undefined,
          documentId: filters.documentId ? Number(filters.documentId) : undefined,
          sort: filters.q ? "relevance" : undefined,
          cursor,
          pageSize: 20,
        },
      },
    }).then(({ data, error, response }) => {
      if (!live) return;
      if (!data) { setProblem(problemOf(error, response)); setItems([]); return; }
      setItems(data.items);
      setTotal(data.total ?? data.items.length);
      setNext(data.nextCursor ?? null);
    });
    return () => { live = false; };
  }, [query.toString()]);

  const submit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    location.hash = href("archive", Object.fromEntries(filterNames.map(n => [n, String(form.get(n) ?? "")])));
  };

  return (
    <section aria-labelledby="archive-title">
      <h2 id="archive-title">Archive 档案</h2>
      {/* Filled from the address and left to the editor: keyed by the address, so only a new address refills it and a
          list arriving while the editor types cannot put the old filters back (a controlled value would). */}
      <form key={query.toString()} class="filters" role="search" onSubmit={submit}>
        <label>Search 搜索<input name="q" type="search" defaultValue={filters.q} placeholder="志愿者" /></label>
        <label>Source 来源<input name="source" defaultValue={filters.source} /></label>
        <label>From 起<input name="publishedFrom" type="date" defaultValue={filters.publishedFrom} /></label>
        <label>To 止<input name="publishedTo" type="date" defaultValue={filters.publishedTo} /></label>
        <label>Place 地区<input name="place" defaultValue={filters.place} placeholder="红桥区 or 120106" /></label>
        <input type="hidden" name="documentId" value={filters.documentId} />
        <button type="submit">Search</button>
        {filters.documentId && <a href={href("archive", { ...filters, documentId: undefined })}>Document {filters.documentId} only: show all</a>}
      </form>
      <ProblemNote problem={problem} />
      {items === null ? <p>Loading…</p> : (
        <>
          <p class="meta" aria-live="polite">{total} article{total === 1 ? "" : "s"}</p>
          <ol class="results" aria-label="Articles">
            {items.map(a => (
              <li key={a.id}>
                <a href={href(`article/${a.id}`)}>{a.title || `Article ${a.id}`}</a>
                <div class="meta">{[a.source, a.publishedOn, `${a.statisticCount} statistics`, `document ${a.documentId}`].filter(Boolean).join(" · ")}</div>
                {a.snippet && <Snippet html={a.snippet} />}
              </li>
            ))}
          </ol>
          <div class="pager">
            {cursor && <a href={href("archive", filters)}>First page</a>}
            {next && <a href={href("archive", { ...filters, cursor: next })} rel="next">Next page</a>}
          </div>
        </>
      )}
      <Documents source={filters.source} cursor={query.get("documentCursor") ?? undefined} filters={filters} />
    </section>
  );
}

/** The stored pages, newest first (same source filter), each linking to its articles. */
function Documents({ source, cursor, filters }: { source: string; cursor?: string; filters: Record<string, string> }) {
  const [items, setItems] = useState<DocumentSummary[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    api.GET("/api/v1/documents", { params: { query: { source: source || undefined, cursor, pageSize: 10 } } })
      .then(({ data, error, response }) => {
        if (!data) { setProblem(problemOf(error, response)); return; }
        setItems(data.items);
        setNext(data.nextCursor ?? null);
      });
  }, [source, cursor]);
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">Documents 文档</h2>
      <ProblemNote problem={problem} />
      {items && (
        <div class="table-wrap">
          <table aria-label="Documents">
            <thead><tr><th scope="col">Document</th><th scope="col">Source</th><th scope="col">Published</th><th scope="col">Articles</th><th scope="col">Statistics</th></tr></thead>
            <tbody>
              {items.map(d => (
                <tr key={d.id}>
                  <td><a href={href("archive", { documentId: d.id })}>Document {d.id}</a></td>
                  <td>{d.source ?? ""}</td>
                  <td>{d.publishedOn ?? ""}</td>
                  <td class="num">{d.counts.articles}</td>
                  <td class="num">{d.counts.statistics}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next && <div class="pager"><a href={href("archive", { ...filters, documentCursor: next })}>More documents</a></div>}
    </section>
  );
}
