import { useEffect, useRef, useState } from "preact/hooks";
import { api, problemOf, type Problem, type Schemas, type Statistic } from "../api/client";
import { ProblemNote } from "./ProblemNote";
import { categories, qualifiers } from "./choices";

type Editable = "metric" | "category" | "value" | "unit" | "qualifier";
type Draft = Record<Editable, string>;
type Patch = Schemas["StatisticPatch"];

const draftOf = (s: Statistic): Draft => ({
  metric: s.metric, category: s.category, value: String(s.value), unit: s.unit, qualifier: s.qualifier,
});

/**
 * One figure: what the extractor read, and the editor's accept / correct / reject, each a JSON Merge Patch under
 * If-Match with the ETag the figure was read with. When someone else changed it meanwhile (412), the editor's draft
 * stays in the form beside the current values, to be sent again against the new version.
 */
export function FigurePanel({ statistic, onChanged, onClose }: { statistic: Statistic; onChanged: () => void; onClose: () => void }) {
  const [current, setCurrent] = useState<Statistic>(statistic);
  const [etag, setEtag] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(statistic));
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  // Once the editor has typed, a late answer never overwrites the draft.
  const touched = useRef(false);

  const read = async (keepDraft: boolean) => {
    const { data, error, response } = await api.GET("/api/v1/statistics/{id}", { params: { path: { id: statistic.id } } });
    if (!data) { setProblem(problemOf(error, response)); return; }
    setCurrent(data);
    setEtag(response.headers.get("ETag"));
    if (!keepDraft && !touched.current) setDraft(draftOf(data));
    // The 412 is answered once the draft stands against the version now current.
    if (keepDraft) { setStale(false); setProblem(null); }
  };
  useEffect(() => { void read(false); }, [statistic.id]);

  const send = async (patch: Patch) => {
    if (!etag) return;
    setBusy(true);
    setProblem(null);
    const { data, error, response } = await api.PATCH("/api/v1/statistics/{id}", {
      params: { path: { id: statistic.id }, header: { "If-Match": etag } },
      body: reason ? { ...patch, reason } : patch,
      headers: { "Content-Type": "application/merge-patch+json" },
    });
    setBusy(false);
    if (data) {
      setStale(false);
      setProblem(null);
      setCurrent(data);
      setEtag(response.headers.get("ETag"));
      onChanged();
      return;
    }
    setProblem(problemOf(error, response));
    setStale(response.status === 412);
  };

  const changes = (): Patch => {
    const patch: Record<string, unknown> = {};
    const was = draftOf(current);
    for (const name of Object.keys(draft) as Editable[]) {
      if (draft[name] !== was[name]) patch[name] = name === "value" ? Number(draft[name]) : draft[name];
    }
    return patch;
  };
  const field = (name: Editable) => ({
    value: draft[name],
    onInput: (e: Event) => { touched.current = true; setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value }); },
  });

  const s = current;
  return (
    <section aria-labelledby="figure-title">
      <h3 id="figure-title">Figure 「{s.text}」</h3>
      <dl class="facts">
        <dt>Value</dt><dd>{s.value}{s.valueMax != null ? `–${s.valueMax}` : ""}</dd>
        <dt>Unit</dt><dd>{s.unit || "—"}</dd>
        <dt>Qualifier</dt><dd>{s.qualifier}</dd>
        <dt>Metric</dt><dd>{s.metric}</dd>
        <dt>Category</dt><dd data-field="category">{s.category}</dd>
        <dt>Place</dt><dd>{s.place ? `${s.place.name} (${s.place.code})` : "—"}</dd>
        <dt>Period</dt><dd>{s.period ? s.period.label ?? String(s.period.year) : "—"}</dd>
        <dt>Status</dt><dd data-field="status">{s.status}{s.reviewed ? ", reviewed" : ""} · {s.origin}</dd>
      </dl>
      <ProblemNote problem={problem} />
      {stale && (
        <div class="note">
          Someone changed this figure after you opened it, so nothing was saved. Your edit is still in the form;
          the values above are the current ones. <button type="button" class="quiet" onClick={() => read(true)}>Keep my edit and use the current version</button>
        </div>
      )}
      <form onSubmit={e => { e.preventDefault(); void send(changes()); }}>
        <label>Metric 指标<input {...field("metric")} /></label>
        <label>Category 类别
          <select {...field("category")}>
            {[...new Set([s.category, ...categories])].map(c => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label>Value 数值<input type="number" step="any" {...field("value")} /></label>
        <label>Unit 单位<input {...field("unit")} /></label>
        <label>Qualifier 限定
          <select {...field("qualifier")}>
            {[...new Set([s.qualifier, ...qualifiers])].map(q => <option key={q} value={q}>{q}</option>)}
          </select>
        </label>
        <label>Reason 理由 (optional)<input value={reason} onInput={e => setReason(e.currentTarget.value)} /></label>
        <div class="actions">
          <button type="submit" disabled={busy || !etag || Object.keys(changes()).length === 0}>Save correction</button>
          <button type="button" class="quiet" disabled={busy || !etag} onClick={() => send({ status: "accepted" })}>Accept</button>
          <button type="button" class="danger" disabled={busy || !etag || s.status === "rejected"} onClick={() => send({ status: "rejected" })}>Reject</button>
          <button type="button" class="quiet" onClick={onClose}>Close</button>
        </div>
      </form>
    </section>
  );
}
