import { useEffect, useState } from "preact/hooks";
import { api, csvPageLimit, problemOf, statisticsCsv, type Problem, type Statistic } from "../api/client";
import type { paths } from "../api/schema";
import { href } from "../route";
import { Options } from "../parts/Options";
import { ProblemNote } from "../parts/ProblemNote";
import { SeriesChart, type ChartMode } from "../parts/SeriesChart";
import { categories, qualifiers } from "../parts/choices";

const filterNames = ["articleId", "category", "metric", "metricKey", "unit", "qualifier", "place", "year", "minValue", "maxValue", "publishedFrom", "publishedTo", "status", "sort"] as const;
type Category = NonNullable<Query["category"]>[number];
type Filters = Record<(typeof filterNames)[number], string>;
// What the hash holds is only text: the API validates it (a 400 names the parameter), so it is passed on as typed.
type Query = NonNullable<paths["/api/v1/statistics"]["get"]["parameters"]["query"]>;

/** The statistics list with its filters, sortable columns, keyset paging, CSV of the same query, and a series chart. */
export function StatisticsView({ query }: { query: URLSearchParams }) {
  const filters = Object.fromEntries(filterNames.map(n => [n, query.get(n) ?? ""])) as Filters;
  const cursor = query.get("cursor") ?? undefined;
  const [items, setItems] = useState<Statistic[] | null>(null);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [chart, setChart] = useState<{ metricKey: string; unit: string; mode: ChartMode } | null>(null);

  const apiQuery = () => {
    const params = new URLSearchParams();
    for (const name of filterNames) if (filters[name]) params.set(name, filters[name]);
    return params;
  };

  useEffect(() => {
    let live = true;
    setProblem(null);
    const q = (name: keyof Filters) => filters[name] || undefined;
    const n = (name: keyof Filters) => (filters[name] ? Number(filters[name]) : undefined);
    api.GET("/api/v1/statistics", {
      params: {
        query: {
          articleId: n("articleId"), category: filters.category ? [filters.category as Category] : undefined,
          metric: q("metric"), metricKey: q("metricKey"), unit: q("unit"), qualifier: q("qualifier") as Query["qualifier"], place: q("place"),
          year: n("year"), minValue: n("minValue"), maxValue: n("maxValue"),
          publishedFrom: q("publishedFrom"), publishedTo: q("publishedTo"), status: q("status") as Query["status"], sort: q("sort") as Query["sort"],
          cursor, pageSize: 50,
        },
      },
    }).then(({ data, error, response }) => {
      if (!live) return;
      if (!data) { setProblem(problemOf(error, response)); setItems([]); return; }
      setItems(data.items);
      setTotal(data.total ?? data.items.length);
      setNext(data.nextCursor ?? null);
    });
    if (filters.metricKey) setChart(c => c ?? { metricKey: filters.metricKey, unit: filters.unit, mode: "time" });
    return () => { live = false; };
  }, [query.toString()]);

  const submit = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    location.hash = href("statistics", Object.fromEntries(filterNames.map(n => [n, String(form.get(n) ?? filters[n] ?? "")])));
  };
  const sortBy = (column: "value" | "publishedOn") => {
    const descending = `-${column}`;
    const sort = filters.sort === descending ? column : descending;
    location.hash = href("statistics", { ...filters, sort });
  };
  const sortState = (column: string): "ascending" | "descending" | undefined =>
    filters.sort === column ? "ascending" : filters.sort === `-${column}` ? "descending" : undefined;
  const download = async () => {
    try {
      const blob = await statisticsCsv(apiQuery());
      if (csv) URL.revokeObjectURL(csv);
      setCsv(URL.createObjectURL(blob));
    } catch (e) {
      setProblem(e as Problem);
    }
  };

  return (
    <section aria-labelledby="statistics-title">
      <h2 id="statistics-title">Statistics 数据</h2>
      {/* Keyed by the address and uncontrolled, as the archive's filters are: a page of rows arriving while the editor
          types does not undo the typing. */}
      <form key={query.toString()} class="filters" onSubmit={submit} aria-label="Filters">
        <label>Category 类别
          <select name="category"><Options blank="any" values={categories} chosen={filters.category} /></select>
        </label>
        <label>Metric 指标<input name="metric" defaultValue={filters.metric} /></label>
        <label>Article id<input name="articleId" type="number" min={1} defaultValue={filters.articleId} size={6} /></label>
        <label>Metric key<input name="metricKey" defaultValue={filters.metricKey} /></label>
        <label>Unit 单位<input name="unit" defaultValue={filters.unit} size={6} /></label>
        <label>Qualifier
          <select name="qualifier"><Options blank="any" values={qualifiers} chosen={filters.qualifier} /></select>
        </label>
        <label>Place 地区<input name="place" defaultValue={filters.place} size={10} /></label>
        <label>Year 年<input name="year" type="number" defaultValue={filters.year} min={1949} max={2100} /></label>
        <label>Min value<input name="minValue" type="number" step="any" defaultValue={filters.minValue} /></label>
        <label>Max value<input name="maxValue" type="number" step="any" defaultValue={filters.maxValue} /></label>
        <label>Published from<input name="publishedFrom" type="date" defaultValue={filters.publishedFrom} /></label>
        <label>Published to<input name="publishedTo" type="date" defaultValue={filters.publishedTo} /></label>
        <label>Status
          <select name="status"><Options blank="accepted" values={["rejected", "all"]} chosen={filters.status} /></select>
        </label>
        <input type="hidden" name="sort" value={filters.sort} />
        <button type="submit">Filter</button>
        <button type="button" class="quiet" onClick={download}>Prepare CSV</button>
        {csv && <a href={csv} download="statistics.csv">Download statistics.csv</a>}
        <span class="meta">CSV: every row of these filters, up to {csvPageLimit * 100}</span>
      </form>
      <ProblemNote problem={problem} />
      {chart && (
        <section aria-labelledby="chart-title">
          <h3 id="chart-title">Series 序列</h3>
          <form class="filters" onSubmit={e => e.preventDefault()} aria-label="Chart">
            <label>Metric key<input defaultValue={chart.metricKey} onChange={e => setChart({ ...chart, metricKey: e.currentTarget.value })} /></label>
            <label>Unit<input defaultValue={chart.unit} size={6} onChange={e => setChart({ ...chart, unit: e.currentTarget.value })} /></label>
            <label>Show
              <select value={chart.mode} onInput={e => setChart({ ...chart, mode: e.currentTarget.value as ChartMode })}>
                <option value="time">over time</option>
                <option value="places">across places</option>
              </select>
            </label>
            <button type="button" class="quiet" onClick={() => setChart(null)}>Close chart</button>
          </form>
          <SeriesChart metricKey={chart.metricKey} unit={chart.unit} place={filters.place} mode={chart.mode} />
        </section>
      )}
      {items === null ? <p>Loading…</p> : (
        <>
          <p class="meta" aria-live="polite">{total} statistic{total === 1 ? "" : "s"}</p>
          <div class="table-wrap">
            <table aria-label="Statistics">
              <thead>
                <tr>
                  <th scope="col" aria-sort={sortState("value")}><button type="button" class="sort" onClick={() => sortBy("value")}>Value</button></th>
                  <th scope="col">Unit</th>
                  <th scope="col">Qualifier</th>
                  <th scope="col">Metric</th>
                  <th scope="col">Category</th>
                  <th scope="col">Place</th>
                  <th scope="col">Period</th>
                  <th scope="col" aria-sort={sortState("publishedOn")}><button type="button" class="sort" onClick={() => sortBy("publishedOn")}>Published</button></th>
                  <th scope="col">Source text</th>
                  <th scope="col">Chart</th>
                </tr>
              </thead>
              <tbody>
                {items.map(s => (
                  <tr key={s.id} data-statistic={s.id}>
                    <td class="num">{s.value}{s.valueMax != null ? `–${s.valueMax}` : ""}</td>
                    <td>{s.unit}</td>
                    <td>{s.qualifier}</td>
                    <td>{s.metric}</td>
                    <td>{s.category}</td>
                    <td>{s.place?.name ?? ""}</td>
                    <td>{s.period?.label ?? s.period?.year ?? ""}</td>
                    <td>{s.publishedOn ?? ""}</td>
                    <td><a href={href(`article/${s.provenance.articleId}`)}>{s.text}</a></td>
                    <td>{s.metricKey && (
                      <button type="button" class="quiet" aria-label={`Chart ${s.metricKey} (${s.unit})`}
                        onClick={() => setChart({ metricKey: s.metricKey!, unit: s.unit, mode: chart?.mode ?? "time" })}>Chart</button>
                    )}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="pager">
            {cursor && <a href={href("statistics", filters)}>First page</a>}
            {next && <a href={href("statistics", { ...filters, cursor: next })} rel="next">Next page</a>}
          </div>
        </>
      )}
    </section>
  );
}
