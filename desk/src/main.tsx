import "./desk.css";
import { render } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { apiKey } from "./api/client";
import { useRoute } from "./route";
import { Archive } from "./views/Archive";
import { ArticleView } from "./views/Article";
import { StatisticsView } from "./views/Statistics";
import { Ingest } from "./views/Ingest";

const views = [
  { view: "archive", label: "Archive 档案" },
  { view: "statistics", label: "Statistics 数据" },
  { view: "ingest", label: "Ingest 录入" },
] as const;

function KeyBox() {
  const [stored, setStored] = useState(apiKey.get() !== null);
  const [typed, setTyped] = useState("");
  if (stored) {
    return (
      <div class="key">
        <span>API key set for this tab</span>
        <button type="button" class="quiet" onClick={() => { apiKey.clear(); setStored(false); }}>Forget key</button>
      </div>
    );
  }
  return (
    <form class="key" onSubmit={e => { e.preventDefault(); if (typed.trim()) { apiKey.set(typed.trim()); setTyped(""); setStored(true); } }}>
      <label class="inline">API key (writes)
        <input type="password" autocomplete="off" value={typed} onInput={e => setTyped(e.currentTarget.value)} />
      </label>
      <button type="submit">Use key</button>
    </form>
  );
}

function Desk() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // A new view moves the focus to its content, so that keyboard and screen-reader users land where the view starts.
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    main.current?.focus();
  }, [route.view, route.id]);
  const current = route.view === "article" ? "archive" : route.view;
  return (
    <>
      <a class="skip" href="#main" onClick={e => { e.preventDefault(); main.current?.focus(); }}>Skip to content</a>
      <header class="top">
        <h1>ContentApi 编辑台</h1>
        <nav class="views" aria-label="Views">
          <ul>
            {views.map(v => (
              <li key={v.view}><a href={`#/${v.view}`} aria-current={current === v.view ? "page" : undefined}>{v.label}</a></li>
            ))}
            <li><a href="/swagger">API (Swagger)</a></li>
          </ul>
        </nav>
        <KeyBox />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {route.view === "archive" && <Archive query={route.query} />}
        {route.view === "article" && <ArticleView id={route.id ?? 0} key={route.id} />}
        {route.view === "statistics" && <StatisticsView query={route.query} />}
        {route.view === "ingest" && <Ingest />}
      </main>
    </>
  );
}

const root = document.getElementById("desk")!;
// The placeholder goes: Preact adds to what a container holds.
root.replaceChildren();
render(<Desk />, root);
