import { useEffect, useMemo, useState } from "preact/hooks";
import { api, problemOf, type Article, type Problem, type Statistic } from "../api/client";
import { href } from "../route";
import { ProblemNote } from "../parts/ProblemNote";
import { alignText, cut, type Piece, type TextMap } from "../parts/textMap";
import { FigurePanel } from "../parts/FigurePanel";
import { AddFigure, type Selected } from "../parts/AddFigure";

interface Loaded {
  article: Article;
  raw: string;
}

/** An article with every statistic highlighted in its sentence; a highlight opens the figure for review. */
export function ArticleView({ id }: { id: number }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [chosen, setChosen] = useState<Statistic | null>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    (async () => {
      const article = await api.GET("/api/v1/articles/{id}", { params: { path: { id }, query: { include: "authors,sections,statistics" } } });
      if (!article.data) { if (live) setProblem(problemOf(article.error, article.response)); return; }
      const text = await api.GET("/api/v1/documents/{id}/text", { params: { path: { id: article.data.documentId } }, parseAs: "text" });
      if (!live) return;
      if (text.error !== undefined) { setProblem(problemOf(text.error, text.response)); return; }
      setLoaded({ article: article.data, raw: text.data ?? "" });
    })();
    return () => { live = false; };
  }, [id, version]);

  const maps = useMemo(() => {
    const byParagraph = new Map<number, { start: number; map: TextMap }>();
    for (const section of loaded?.article.sections ?? []) {
      for (const p of section.paragraphs ?? []) {
        byParagraph.set(p.id, { start: p.start, map: alignText(loaded!.raw.slice(p.start, p.end), p.text) });
      }
    }
    return byParagraph;
  }, [loaded]);

  if (problem) return <ProblemNote problem={problem} />;
  if (!loaded) return <p>Loading…</p>;
  const { article } = loaded;
  const statistics = article.statistics ?? [];
  const reload = () => setVersion(v => v + 1);

  const fig = (piece: Piece<Statistic>) => piece.item
    ? <FigButton key={piece.at} piece={piece} pressed={piece.item.id === chosen?.id} onChoose={s => { setChosen(s); setSelected(null); }} />
    : <span key={piece.at} data-at={piece.at}>{piece.text}</span>;
  // Figures in a title or heading carry no paragraph: they are found by their text in that line.
  const inLine = (line: string, owned: Statistic[]) => cut(line, owned.flatMap(s => {
    const start = line.indexOf(s.text);
    return start < 0 ? [] : [{ start, end: start + s.text.length, item: s }];
  })).map(fig);
  const titleFigures = statistics.filter(s => s.provenance.sectionId == null && s.provenance.paragraphId == null);

  const onSelect = () => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const paragraph = (range.startContainer.parentElement)?.closest<HTMLElement>("p[data-paragraph]");
    if (!paragraph || !paragraph.contains(range.endContainer)) return;
    const entry = maps.get(Number(paragraph.dataset.paragraph));
    const from = displayOffset(range.startContainer, range.startOffset);
    const to = displayOffset(range.endContainer, range.endOffset);
    if (!entry || from === null || to === null || to <= from) return;
    setSelected({ start: entry.start + entry.map.toRaw[from]!, end: entry.start + entry.map.toRaw[to]!, text: selection.toString() });
    setChosen(null);
  };

  return (
    <div class="article">
      <article class="text" aria-labelledby="article-title" onMouseUp={onSelect} onKeyUp={onSelect}>
        <p class="meta"><a href={href("archive")}>← Archive</a> · {[article.source, article.publishedOn, `document ${article.documentId}`].filter(Boolean).join(" · ")}</p>
        <h2 id="article-title">{inLine(article.title ?? `Article ${article.id}`, titleFigures.filter(s => article.title?.includes(s.text)))}</h2>
        {article.subtitle && <p class="subtitle">{inLine(article.subtitle, titleFigures.filter(s => !article.title?.includes(s.text)))}</p>}
        {(article.authors?.length ?? 0) > 0 && (
          <p class="meta">{article.authors!.map(a => `${a.role} ${a.name}`).join("，")}</p>
        )}
        <p class="meta">
          {statistics.length} statistics highlighted (<a href={href("statistics", { articleId: article.id })}>as a table</a>). Choose one to
          review it; select text in a paragraph to add a figure the extractor missed.
        </p>
        {(article.sections ?? []).map(section => (
          <section key={section.id} aria-label={section.heading ?? undefined}>
            {section.heading && <h3>{inLine(section.heading, statistics.filter(s => s.provenance.sectionId === section.id && s.provenance.paragraphId == null))}</h3>}
            {(section.paragraphs ?? []).map(p => {
              const { map } = maps.get(p.id)!;
              const owned = statistics.filter(s => s.provenance.paragraphId === p.id).map(s => ({
                start: map.toDisplay[s.start - p.start] ?? 0, end: map.toDisplay[s.end - p.start] ?? 0, item: s,
              }));
              return <p key={p.id} data-paragraph={p.id}>{cut(p.text, owned).map(fig)}</p>;
            })}
          </section>
        ))}
      </article>
      <aside class="panel" aria-label="Review">
        {chosen
          ? <FigurePanel key={chosen.id} statistic={chosen} onChanged={reload} onClose={() => setChosen(null)} />
          : <AddFigure articleId={article.id} selected={selected} onAdded={reload} />}
      </aside>
    </div>
  );
}

function FigButton({ piece, pressed, onChoose }: { piece: Piece<Statistic>; pressed: boolean; onChoose: (s: Statistic) => void }) {
  const s = piece.item!;
  return (
    <button type="button" class={`fig${s.reviewed ? " reviewed" : ""}`} data-at={piece.at} data-statistic={s.id}
      aria-pressed={pressed} title={`${s.metric}: ${s.value}${s.unit} (${s.category})`} onClick={() => onChoose(s)}>
      {piece.text}
    </button>
  );
}

/** The display offset of a point in a paragraph: its piece's start plus the offset within the piece's text. */
function displayOffset(node: Node, offset: number): number | null {
  const piece = (node.nodeType === Node.TEXT_NODE ? node.parentElement : node as Element)?.closest<HTMLElement>("[data-at]");
  if (!piece) return null;
  return Number(piece.dataset.at) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}
