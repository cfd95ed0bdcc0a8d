import { chartConfig, renderFigure } from '../chart-figure';
import { seriesColour } from '../palette';
import type { ReportInputs } from '../report-inputs';
import { missingArtifact, paragraph, type ReportSection } from '../report-section';

/** The runbook's worker run: time per batch in each phase (worker-regeneration-baseline.json). */
export function workerPhasesSection(inputs: ReportInputs): ReportSection {
  const w = inputs.worker;
  const title = 'Worker run of the runbook: time per batch by phase';
  if (!w) return { id: 'worker-run', title, html: missingArtifact('benchmarks/phase4/worker-regeneration-baseline.json', 'nx run bench:worker') };
  const keys = ['p50Ms', 'p95Ms', 'p99Ms'] as const;
  return {
    id: 'worker-run', title,
    html: [
      paragraph(w.description),
      renderFigure({
        id: 'worker-phases', title: 'Worker time per batch, by phase (ms)',
        config: chartConfig<'bar'>({
          type: 'bar',
          data: { labels: w.phases.map((p) => p.phase), datasets: keys.map((k, i) => ({ label: k.replace('Ms', ''), backgroundColor: seriesColour(i), data: w.phases.map((p) => p[k]) })) },
          options: { scales: { x: { type: 'category' }, y: { type: 'linear', beginAtZero: true, title: { display: true, text: 'ms per batch' } } } },
        }),
        table: { headers: ['phase', 'p50 ms', 'p95 ms', 'p99 ms', 'total ms'], rows: w.phases.map((p) => [p.phase, p.p50Ms, p.p95Ms, p.p99Ms, p.totalMs]) },
      }),
    ].join('\n'),
  };
}
