import { useEffect, useRef, useState } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { api, problemOf, type Problem, type Schemas } from "../api/client";
import { ProblemNote } from "./ProblemNote";

type Point = Schemas["SeriesPoint"];
export type ChartMode = "time" | "places";

/**
 * One quantity from GET /series (a metric key in one unit): over time, one point per figure at its period's start
 * (the publication date when no period is known); or across places, the latest figure of each area as bars.
 */
export function SeriesChart({ metricKey, unit, place, mode }: { metricKey: string; unit: string; place: string; mode: ChartMode }) {
  const host = useRef<HTMLDivElement>(null);
  const [points, setPoints] = useState<Point[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    setProblem(null);
    api.GET("/api/v1/series", { params: { query: { metricKey, unit: unit || undefined, place: place || undefined } } })
      .then(({ data, error, response }) => {
        if (!data) { setProblem(problemOf(error, response)); setPoints([]); return; }
        setPoints(data.points);
      });
  }, [metricKey, unit, place]);

  useEffect(() => {
    if (!host.current || !points || points.length === 0) return;
    const width = Math.min(host.current.clientWidth || 640, 900);
    const plot = mode === "time" ? overTime(points, width) : acrossPlaces(points, width);
    host.current.replaceChildren();
    const chart = new uPlot(plot.options, plot.data, host.current);
    return () => chart.destroy();
  }, [points, mode]);

  if (problem) return <ProblemNote problem={problem} />;
  if (!points) return <p>Loading the series…</p>;
  if (points.length === 0) return <p>No figures in this series.</p>;
  return (
    <figure class="chart">
      <div ref={host} role="img" aria-label={`${metricKey} (${unit || "any unit"}) ${mode === "time" ? "over time" : "across places"}: ${points.length} figures`} />
      <figcaption class="meta">{metricKey}{unit ? ` (${unit})` : ""}: {points.length} figures from GET /series</figcaption>
    </figure>
  );
}

function whenOf(p: Point): number | null {
  const date = p.period?.from ?? p.publishedOn;
  return date ? Date.parse(date) / 1000 : null;
}

function overTime(points: Point[], width: number) {
  const dated = points.map(p => [whenOf(p), Number(p.value)] as const).filter(([t]) => t !== null).sort((a, b) => a[0]! - b[0]!);
  const options: uPlot.Options = {
    width, height: 280, legend: { show: false },
    series: [{}, { label: "value", stroke: "#0b5cad", width: 2, points: { size: 6 } }],
    axes: [{}, { size: 70 }],
  };
  return { options, data: [dated.map(d => d[0]!), dated.map(d => d[1])] as uPlot.AlignedData };
}

function acrossPlaces(points: Point[], width: number) {
  const latest = new Map<string, Point>();
  for (const p of points) {
    const name = p.place?.name ?? "—";
    const seen = latest.get(name);
    if (!seen || (whenOf(p) ?? 0) >= (whenOf(seen) ?? 0)) latest.set(name, p);
  }
  const names = [...latest.keys()];
  const options: uPlot.Options = {
    width, height: 280, legend: { show: false },
    scales: { x: { time: false, range: [-0.5, names.length - 0.5] } },
    series: [{}, { label: "value", fill: "#0b5cad99", stroke: "#0b5cad", paths: uPlot.paths.bars!({ size: [0.6, 60] }), points: { show: false } }],
    axes: [{ values: (_u, ticks) => ticks.map(t => names[t] ?? ""), splits: () => names.map((_, i) => i) }, { size: 70 }],
  };
  return { options, data: [names.map((_, i) => i), names.map(n => Number(latest.get(n)!.value))] as uPlot.AlignedData };
}
