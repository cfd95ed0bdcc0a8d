import type { ChartDataset } from 'chart.js';
import type { MicroBaseline, MicroTaskResult } from '../../artifacts/micro-baseline';
import { DEFAULT_COMPARE } from '../../check/compare-runs';
import { chartConfig, renderFigure } from '../chart-figure';
import type { Cell } from '../data-table';
import { formatNumber, formatDate } from '../format-number';
import { seriesColour, translucent } from '../palette';
import type { ReportInputs } from '../report-inputs';
import { missingArtifact, paragraph, type ReportSection } from '../report-section';

/**
 * What the chart compares: the calibration ratio (the task's cost in calibration operations, what
 * `bench:check` compares) when every run drawn has it, else the wall-clock ms per operation.
 */
interface Metric {
  readonly name: string;
  readonly median: (t: MicroTaskResult) => number;
  readonly rounds: (t: MicroTaskResult) => readonly number[] | undefined;
}

const RATIO: Metric = { name: 'calibration ratio', median: (t) => t.ratio!, rounds: (t) => t.roundRatios };
const MS_PER_OP: Metric = { name: 'ms per operation (wall clock)', median: (t) => 1000 / t.opsPerSec, rounds: (t) => t.roundOpsPerSec?.map((o) => 1000 / o) };

const hasRatios = (run: MicroBaseline) => run.tasks.every((t) => t.ratio !== undefined);
const band = (values: readonly number[] | undefined) => (values?.length ? `${formatNumber(Math.min(...values))} to ${formatNumber(Math.max(...values))}` : undefined);

/** The micro-benchmark per task: median and min-max band of its rounds, baseline next to the latest check. */
export function microNoiseSection(inputs: ReportInputs): ReportSection {
  const base = inputs.micro;
  const title = 'Micro-benchmark with its noise band';
  if (!base) return { id: 'micro', title, html: missingArtifact('benchmarks/phase4/baseline.json', 'nx run bench:bench') };
  const candidate = inputs.microLatest;
  // A latest run measured without ratios cannot be set beside a calibrated baseline (nor the reverse).
  const latest = candidate && hasRatios(candidate) === hasRatios(base) ? candidate : undefined;
  const metric = hasRatios(base) ? RATIO : MS_PER_OP;
  const runs = [{ label: 'baseline', run: base }, ...(latest ? [{ label: 'latest check', run: latest }] : [])];
  const tasks = base.tasks.map((t) => t.name);
  const find = (run: MicroBaseline, name: string) => run.tasks.find((t) => t.name === name);
  const ref = new Map(base.tasks.map((t) => [t.name, metric.median(t)]));
  const rel = (name: string, v: number) => v / ref.get(name)!;

  const html: string[] = [];
  const described = (label: string, r: MicroBaseline) => `${label}: ${formatDate(r.date)}, revision ${r.revision.commit.slice(0, 10)}${r.revision.dirty ? ' (dirty)' : ''}, ${r.settings ? `${r.settings.rounds} rounds of ${r.settings.blockMs} ms blocks` : 'tinybench medians'}, load ${r.loadAverage?.before[0] ?? '?'} before, ${r.loadAverage?.after[0] ?? '?'} after.`;
  for (const { label, run } of runs) {
    html.push(paragraph(described(label, run)));
    if (!run.tasks.some((t) => metric.rounds(t)?.length)) html.push(paragraph(`The ${label} artifact holds each task's median only (written before the artifact kept every round): no band for it. A run of \`${label === 'baseline' ? 'nx run bench:bench' : 'nx run bench:check'}\` keeps the rounds.`, 'note'));
  }
  if (candidate && !latest) html.push(paragraph(`micro-latest.json (${formatDate(candidate.date)}) is ${hasRatios(candidate) ? 'calibrated' : 'not calibrated'} and the baseline is ${hasRatios(base) ? 'calibrated' : 'not'}: not drawn beside it; run nx run bench:check.`, 'note'));
  if (!candidate) html.push(missingArtifact('benchmarks/phase4/micro-latest.json', 'nx run bench:check'));

  const datasets: ChartDataset<'bar' | 'line', (number | [number, number] | null)[]>[] = [];
  runs.forEach(({ label, run }, i) => {
    const colour = seriesColour(i);
    const bands = tasks.map((name) => {
      const rounds = find(run, name) && metric.rounds(find(run, name)!);
      return rounds?.length ? [rel(name, Math.min(...rounds)), rel(name, Math.max(...rounds))] as [number, number] : null;
    });
    if (bands.some((b) => b !== null)) datasets.push({ type: 'bar', label: `${label}: rounds, min to max`, data: bands, backgroundColor: translucent(colour, 0.3), borderColor: colour, borderWidth: 1, barPercentage: 0.5, grouped: false, order: 2 });
    datasets.push({ type: 'line', label: `${label}: median`, data: tasks.map((name) => { const t = find(run, name); return t ? rel(name, metric.median(t)) : null; }), showLine: false, pointRadius: 5, pointStyle: 'rectRot', borderColor: colour, backgroundColor: colour, order: 1 });
  });
  if (latest && metric === RATIO) datasets.push({ type: 'line', label: `check threshold for the tasks' geometric mean (x${(1 + DEFAULT_COMPARE.threshold).toFixed(2)})`, data: tasks.map(() => 1 + DEFAULT_COMPARE.threshold), borderColor: '#c0392b', borderDash: [4, 4], borderWidth: 1, pointRadius: 0, order: 0 });

  const rows = tasks.map((name): Cell[] => {
    const b = find(base, name)!;
    const l = latest && find(latest, name);
    return [name, metric.median(b), band(metric.rounds(b)), b.ratioSpread, b.opsPerSec, ...(latest ? [l ? metric.median(l) : undefined, l ? band(metric.rounds(l)) : undefined, l ? metric.median(l) / metric.median(b) : undefined, l?.opsPerSec] : [])];
  });
  html.push(renderFigure({
    id: 'micro-noise', title: `Micro-benchmark: each task's ${metric.name} relative to the baseline's median`, height: Math.max(320, tasks.length * 24 + 90),
    note: `1 = the baseline's median; right of 1 is slower. A bar spans the lowest to the highest round of a run, a diamond is its median.${latest && metric === RATIO ? ' bench:check fails when the geometric mean of the tasks\' latest/baseline exceeds the dashed line; one task alone moves further by noise.' : ''}`,
    config: chartConfig<'bar' | 'line'>({
      type: 'bar',
      data: { labels: tasks, datasets },
      options: { indexAxis: 'y', scales: { x: { type: 'linear', suggestedMin: 0.8, suggestedMax: 1.2, title: { display: true, text: `${metric.name} / baseline median` } }, y: { type: 'category' } }, plugins: { legend: { position: 'top' } } },
    }),
    table: {
      headers: ['task', `baseline ${metric.name} (median)`, 'baseline rounds (min to max)', 'baseline IQR / median', 'baseline ops/s', ...(latest ? [`latest ${metric.name} (median)`, 'latest rounds (min to max)', 'latest / baseline', 'latest ops/s'] : [])],
      rows,
    },
  }));
  return { id: 'micro', title, html: html.join('\n') };
}
