import { chartConfig, renderFigure, type ChartFigure } from '../chart-figure';
import { formatLoad, formatDate } from '../format-number';
import { seriesColour } from '../palette';
import type { ReportInputs } from '../report-inputs';
import { renderTable } from '../data-table';
import { missingArtifact, paragraph, type ReportSection } from '../report-section';

/** One measurement of a whole run at one size: a series' point. */
interface SizePoint {
  readonly series: string;
  readonly lexemes?: number;
  readonly forms: number;
  readonly formsPerSec?: number;
  readonly peakRssMb?: number;
  readonly load: string;
  readonly date: string;
}

/** Every whole-run measurement with a size, from each artifact that has one. */
function sizePoints(inputs: ReportInputs): SizePoint[] {
  const points: SizePoint[] = [];
  const w = inputs.workerCeiling;
  for (const z of w?.sizes ?? []) {
    const at = { lexemes: z.lexemes, forms: z.forms, load: formatLoad(z.loadAverage?.atStart, z.loadAverage?.atEnd), date: w!.measuredAt };
    const shape = `batch ${z.batchSize}, concurrency ${z.concurrency}`;
    points.push({ series: `worker recompute --all (${shape})`, formsPerSec: z.workerFormsPerSecond, peakRssMb: z.workerPeakRssMb, ...at });
    points.push({ series: `DELETE + COPY ceiling (${shape})`, formsPerSec: z.ceilingFormsPerSecond, ...at });
    if (z.bulkCeilingFormsPerSecond !== undefined) points.push({ series: `bulk ceiling: new table + COPY FREEZE (${shape})`, formsPerSec: z.bulkCeilingFormsPerSecond, ...at });
  }
  for (const r of [inputs.regeneration, inputs.regenerationPglite]) {
    if (!r) continue;
    const b = r.best;
    points.push({ series: `regeneration matrix, best cell (${r.database.dialect})`, lexemes: r.dataset.lexemes, forms: r.dataset.forms, formsPerSec: b.formsPerSec, load: 'not recorded', date: r.date });
  }
  const k = inputs.worker;
  if (k?.forms !== undefined) points.push({ series: 'runbook worker run (run-worker.ts --use-copy)', lexemes: k.lexemes, forms: k.forms, formsPerSec: k.formsPerSecond, peakRssMb: k.peakRssMb, load: 'not recorded', date: k.measuredAt ?? '-' });
  const p = inputs.persist;
  const copy = p?.replace.copy;
  if (p && copy) points.push({ series: 'persist bench: copy replacing forms', lexemes: p.config.lexemes, forms: p.config.rows, formsPerSec: copy.rowsPerSecond, peakRssMb: p.memory?.peakRssMBAfterCopyRuns, load: formatLoad(p.loadAverage?.before, p.loadAverage?.after), date: p.date });
  const x = inputs.realLexicons;
  for (const r of x?.recompute ?? []) points.push({ series: `worker recompute of ${r.lexicon} (${r.database})`, lexemes: r.lexemes, forms: r.forms, formsPerSec: r.formsPerSec, peakRssMb: r.peakRssMB, load: formatLoad(x!.loadAverage?.before, x!.loadAverage?.after), date: x!.date });
  return points;
}

function scatter(id: string, title: string, note: string, points: readonly SizePoint[], value: (p: SizePoint) => number | undefined, unit: string, logY: boolean): ChartFigure {
  const shown = points.filter((p) => value(p) !== undefined);
  const series = [...new Set(shown.map((p) => p.series))];
  return {
    id, title, note, height: 360,
    config: chartConfig<'scatter'>({
      type: 'scatter',
      data: {
        datasets: series.map((s, i) => ({
          label: s, showLine: true, borderColor: seriesColour(i), backgroundColor: seriesColour(i), pointRadius: 4,
          data: shown.filter((p) => p.series === s).sort((a, b) => a.forms - b.forms).map((p) => ({ x: p.forms, y: value(p)! })),
        })),
      },
      options: {
        scales: {
          x: { type: 'logarithmic', title: { display: true, text: 'forms in the run (log)' } },
          y: { type: logY ? 'logarithmic' : 'linear', beginAtZero: !logY, title: { display: true, text: `${unit}${logY ? ' (log)' : ''}` } },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    }),
    table: { headers: ['series', 'lexemes', 'forms', unit, 'load', 'measured on'], rows: shown.map((p) => [p.series, p.lexemes, p.forms, value(p), p.load, formatDate(p.date)]) },
  };
}

/** forms/s and peak RSS against the size of the run: worker-ceiling's sizes, the matrix, the runbook run, the persist bench, real lexicons. */
export function sizeScalingSection(inputs: ReportInputs): ReportSection {
  const points = sizePoints(inputs);
  if (points.length === 0) return { id: 'size', title: 'Throughput and memory against lexicon size', html: missingArtifact('benchmarks/phase4/worker-ceiling.json', 'nx run bench:worker-ceiling') };
  const html = [
    renderFigure(scatter('size-throughput', 'forms/s against the number of forms in the run', 'Each line is one kind of run across the sizes it was measured at; single points are artifacts measured at one size. Both axes log.', points, (p) => p.formsPerSec, 'forms/s', true)),
    renderFigure(scatter('size-peak-rss', 'Peak RSS against the number of forms in the run', 'The worker process (or the bench process for the persist bench); the ceilings run in the server and have no client RSS.', points, (p) => p.peakRssMb, 'peak RSS MB', false)),
  ];
  const wc = inputs.workerCeiling;
  if (wc) {
    html.push(paragraph(`worker-ceiling.json, ${formatDate(wc.measuredAt)}: each size's medians over its repetitions; paired ratio = worker forms/s over the ceiling's in the same repetition.`));
    html.push(renderTable({
      headers: ['lexemes', 'forms', 'batch', 'concurrency', 'reps', 'worker forms/s', 'DELETE + COPY ceiling forms/s', 'median paired ratio', 'bulk ceiling forms/s', 'median paired ratio to bulk', 'worker peak RSS MB', 'load at start'],
      rows: wc.sizes.map((z) => [z.lexemes, z.forms, z.batchSize, z.concurrency, z.reps, z.workerFormsPerSecond, z.ceilingFormsPerSecond, z.medianPairedRatio, z.bulkCeilingFormsPerSecond, z.bulkMedianPairedRatio, z.workerPeakRssMb, z.loadAverage?.atStart.join(' ')]),
    }));
  } else html.push(missingArtifact('benchmarks/phase4/worker-ceiling.json', 'nx run bench:worker-ceiling'));
  return { id: 'size', title: 'Throughput and memory against lexicon size', html: html.join('\n') };
}
