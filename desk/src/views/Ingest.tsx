import { useState } from "preact/hooks";
import { api, apiKey, postPage, problemOf, type Problem, type Schemas } from "../api/client";
import { href } from "../route";
import { ProblemNote } from "../parts/ProblemNote";

type Preview = Schemas["ParsedPage"];
type Stored = Schemas["DocumentDetail"];

/** What is sent: pasted text, or a file's bytes as the media type its name says (.html, .pdf, else plain text). */
interface Page {
  text: string;
  file: File | null;
  source: string;
  publishedOn: string;
  place: string;
}

const mediaTypeOf = (file: File) =>
  /\.pdf$/i.test(file.name) ? "application/pdf" : /\.html?$/i.test(file.name) ? "text/html" : "text/plain";

/** Paste or upload a page, preview it with every number's decision, then store it with the key. */
export function Ingest() {
  const [page, setPage] = useState<Page>({ text: "", file: null, source: "", publishedOn: "", place: "" });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [stored, setStored] = useState<Stored | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const metadata = () => ({ source: page.source || undefined, publishedOn: page.publishedOn || undefined });
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try { await action(); } finally { setBusy(false); }
  };
  // Pasted text goes as the JSON body with its metadata; a file as its own bytes with the metadata in the query.
  const doPreview = () => run(async () => {
    setStored(null);
    if (page.file) {
      const { data, problem } = await postPage("/api/v1/documents/preview", page.file, mediaTypeOf(page.file), { ...metadata(), explain: true });
      setProblem(problem ?? null);
      setPreview((data as Preview | undefined) ?? null);
      return;
    }
    const { data, error, response } = await api.POST("/api/v1/documents/preview", {
      params: { query: { explain: true } },
      body: { text: page.text, ...metadata(), place: page.place || undefined },
    });
    setProblem(data ? null : problemOf(error, response));
    setPreview(data ?? null);
  });
  const doStore = () => run(async () => {
    if (!apiKey.get()) { setProblem({ status: 401, title: "An API key is needed", detail: "Type a key with the write scope in the header first; it is kept only in this tab." }); return; }
    if (page.file) {
      const { data, problem } = await postPage("/api/v1/documents", page.file, mediaTypeOf(page.file), metadata());
      setProblem(problem ?? null);
      setStored((data as Stored | undefined) ?? null);
      return;
    }
    const { data, error, response } = await api.POST("/api/v1/documents", { body: { text: page.text, ...metadata(), place: page.place || undefined } });
    setProblem(data ? null : problemOf(error, response));
    setStored(data ?? null);
  });

  const hasInput = page.file !== null || page.text.trim() !== "";
  const set = (name: keyof Page) => (e: Event) => setPage({ ...page, [name]: (e.currentTarget as HTMLInputElement).value });
  return (
    <section aria-labelledby="ingest-title">
      <h2 id="ingest-title">Ingest 录入</h2>
      <form onSubmit={e => { e.preventDefault(); void doPreview(); }}>
        <label>Page text 正文 (paste)
          <textarea name="text" value={page.text} onInput={set("text")} disabled={page.file !== null} />
        </label>
        <div class="filters">
          <label>Or a file (.txt, .html, .pdf)
            <input type="file" accept=".txt,.html,.htm,.pdf,text/plain,text/html,application/pdf"
              onChange={e => setPage({ ...page, file: e.currentTarget.files?.[0] ?? null })} />
          </label>
          <label>Source 来源<input name="source" value={page.source} onInput={set("source")} /></label>
          <label>Published on 日期<input name="publishedOn" type="date" value={page.publishedOn} onInput={set("publishedOn")} /></label>
          <label>Place 地区<input name="place" value={page.place} onInput={set("place")} /></label>
        </div>
        <div class="actions">
          <button type="submit" disabled={busy || !hasInput}>Preview</button>
          <button type="button" disabled={busy || !hasInput} onClick={doStore}>Store</button>
        </div>
      </form>
      <ProblemNote problem={problem} />
      {stored && (
        <div class="note" role="status">
          Stored as document {stored.id}: {stored.counts.articles} articles, {stored.counts.statistics} statistics.
          <ul>
            {stored.articles.map(a => <li key={a.id}><a href={href(`article/${a.id}`)}>{a.title || `Article ${a.id}`}</a></li>)}
          </ul>
          <a href={href("archive", { source: stored.source ?? undefined })}>Find it in the archive</a>
        </div>
      )}
      {preview && <PreviewResult preview={preview} />}
    </section>
  );
}

function PreviewResult({ preview }: { preview: Preview }) {
  const mentions = preview.mentions ?? [];
  return (
    <section aria-labelledby="preview-title">
      <h3 id="preview-title">Preview: {preview.articles.length} articles, {preview.articles.reduce((n, a) => n + (a.statistics?.length ?? 0), 0)} statistics</h3>
      {preview.articles.map((a, i) => (
        <details key={i} open={i === 0}>
          <summary>{a.title} <span class="meta">({a.statistics?.length ?? 0} statistics)</span></summary>
          <ul>
            {(a.statistics ?? []).map((s, j) => <li key={j}>「{s.text}」 {s.metric}: {s.value}{s.unit} · {s.qualifier} · {s.category}</li>)}
          </ul>
        </details>
      ))}
      <h3>Every number and why</h3>
      <div class="table-wrap">
        <table class="explain" aria-label="Every number and the decision on it">
          <thead><tr><th scope="col">Number</th><th scope="col">Offsets</th><th scope="col">Decision</th><th scope="col">Why</th></tr></thead>
          <tbody>
            {mentions.map((m, i) => (
              <tr key={i}>
                <td>{m.text}</td><td>{m.start}–{m.end}</td>
                <td class={m.decision === "statistic" ? "" : "no"}>{m.decision}</td><td>{m.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
