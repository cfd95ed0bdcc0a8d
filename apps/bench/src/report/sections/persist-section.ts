import type { PersistMeasured } from '../../artifacts/persist';
import { chartConfig, renderFigure } from '../chart-figure';
import type { Cell } from '../data-table';
import { formatLoad, formatNumber, formatDate } from '../format-number';
import { seriesColour } from '../palette';
import type { ReportInputs } from '../report-inputs';
import { missingArtifact, paragraph, type ReportSection } from '../report-section';

const PATHS = [
  { key: 'write', label: 'write: new forms' },
  { key: 'replace', label: 'replace: lock + DELETE + write' },
] as const;

/** The persistence writers against the server-side ceiling, write and replace paths (persist.json). */
export function persistSection(inputs: ReportInputs): ReportSection {
  const p = inputs.persist;
  const title = 'Persistence: writers against the server-side ceiling';
  if (!p) return { id: 'persist', title, html: missingArtifact('benchmarks/phase4/persist.json', 'nx run bench:persist') };
  const writers = [...new Set([...Object.keys(p.write), ...Object.keys(p.replace)])].filter((w) => !w.includes('ceiling'));
  const rows = (path: string, o: Readonly<Record<string, PersistMeasured>>): Cell[][] => Object.entries(o).map(([writer, m]) => [path, writer, m.medianSeconds, m.rowsPerSecond, m.ratioToCeiling, m.ratiosPerRound?.map(formatNumber).join(', ')]);
  const html = [paragraph(`${formatDate(p.date)} on ${p.database}: ${formatNumber(p.config.rows)} rows, batches of ${formatNumber(p.config.batchLexemes)} lexemes, ${p.config.rounds} rounds; ${formatLoad(p.loadAverage?.before, p.loadAverage?.after)}. Peak RSS of the copy runs ${p.memory?.peakRssMBAfterCopyRuns ?? '?'} MB.`)];
  html.push(renderFigure({
    id: 'persist-ratios', title: `Each writer's speed as a share of the ceiling, ${formatNumber(p.config.rows)} rows`,
    note: 'Each writer runs interleaved batch by batch with the ceiling (paired), so both see the same load; 1 = as fast as the server loading the same rows from a file.',
    config: chartConfig<'bar'>({
      type: 'bar',
      data: { labels: writers, datasets: PATHS.map(({ key, label }, i) => ({ label, backgroundColor: seriesColour(i), data: writers.map((w) => p[key][w]?.ratioToCeiling ?? null) })) },
      options: { scales: { x: { type: 'category' }, y: { type: 'linear', beginAtZero: true, title: { display: true, text: 'ratio to the ceiling' } } } },
    }),
    table: { headers: ['path', 'writer', 'median s', 'rows/s', 'ratio to ceiling', 'ratio per round'], rows: [...rows('write', p.write), ...rows('replace', p.replace)] },
  }));
  return { id: 'persist', title, html: html.join('\n') };
}
