import { useEffect, useState } from "preact/hooks";
import { api, problemOf, type Problem, type Schemas } from "../api/client";
import { ProblemNote } from "./ProblemNote";
import { categories } from "./choices";

type Category = Schemas["StatisticCategory"];

/** A span of the page chosen by selecting text in a paragraph: raw offsets, as every statistic's provenance has them. */
export interface Selected {
  start: number;
  end: number;
  text: string;
}

/**
 * Adds a figure the extractor missed. The span comes from a selection in the text, or is typed as offsets (so that
 * the keyboard alone can do it); the API reads the number there and answers 400 or 409 when it cannot be added.
 */
export function AddFigure({ articleId, selected, onAdded }: { articleId: number; selected: Selected | null; onAdded: () => void }) {
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [metric, setMetric] = useState("");
  const [category, setCategory] = useState<Category>("other");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  useEffect(() => {
    if (selected) { setStart(String(selected.start)); setEnd(String(selected.end)); setAdded(null); }
  }, [selected]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setProblem(null);
    const { data, error, response } = await api.POST("/api/v1/articles/{id}/statistics", {
      params: { path: { id: articleId } },
      body: { start: Number(start), end: Number(end), metric, category },
    });
    if (!data) { setProblem(problemOf(error, response)); return; }
    setAdded(`Added 「${data.text}」 as statistic ${data.id}.`);
    onAdded();
  };

  return (
    <section aria-labelledby="add-title">
      <h3 id="add-title">Add a missed figure</h3>
      <p class="meta">Choose a highlighted figure to review it, or select a number in a paragraph to add it.</p>
      {selected && <p>Selected: 「{selected.text}」</p>}
      <form onSubmit={submit}>
        <div class="actions">
          <label>Start<input type="number" min={0} required value={start} onInput={e => setStart(e.currentTarget.value)} /></label>
          <label>End<input type="number" min={1} required value={end} onInput={e => setEnd(e.currentTarget.value)} /></label>
        </div>
        <label>Metric 指标<input required value={metric} onInput={e => setMetric(e.currentTarget.value)} /></label>
        <label>Category 类别
          <select value={category} onInput={e => setCategory(e.currentTarget.value as Category)}>
            {categories.map(c => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <div class="actions"><button type="submit">Add figure</button></div>
      </form>
      <ProblemNote problem={problem} />
      {added && <p class="note" role="status">{added}</p>}
    </section>
  );
}
