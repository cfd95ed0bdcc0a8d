import { chartConfig, renderFigure } from '../chart-figure';
import { seriesColour } from '../palette';
import { formatDate } from '../format-number';
import type { ReportInputs } from '../report-inputs';
import { missingArtifact, paragraph, type ReportSection } from '../report-section';

/** The CPU profile of the worker: share of ticks per category, and the WASM decision. */
export function profileSection(inputs: ReportInputs): ReportSection {
  const p = inputs.profile;
  const title = 'CPU profile of the worker';
  if (!p) return { id: 'profile', title, html: missingArtifact('benchmarks/phase4/profile-summary.json', 'nx run bench:profile') };
  const shares = Object.entries(p.shares);
  const html = [
    p.command ? paragraph(`${p.date ? `${formatDate(p.date)}: ` : ''}${p.command}`) : '',
    renderFigure({
      id: 'profile-shares', title: `Share of the profile's ${p.totalTicks} ticks per category (%)`,
      note: 'gc overlaps the others: V8 counts its ticks apart and in the code that allocated.',
      config: chartConfig<'bar'>({
        type: 'bar',
        data: { labels: shares.map(([k]) => k), datasets: [{ label: '% of ticks', data: shares.map(([, v]) => v * 100), backgroundColor: shares.map((_, i) => seriesColour(i)) }] },
        options: { indexAxis: 'y', scales: { x: { type: 'linear', beginAtZero: true, title: { display: true, text: '% of ticks' } }, y: { type: 'category' } }, plugins: { legend: { display: false } } },
      }),
      table: { headers: ['category', 'share of ticks', '% of ticks'], rows: shares.map(([k, v]) => [k, v, v * 100]) },
    }),
  ];
  if (p.decision) html.push(paragraph(`WASM prototype ${p.decision.justified ? 'justified' : 'not justified'}: ${p.decision.reason}`, 'decision'));
  return { id: 'profile', title, html: html.filter(Boolean).join('\n') };
}
