import type { RegenerationBaseline, RegenerationCell } from '../../artifacts/regeneration-baseline';
import { chartConfig, renderFigure } from '../chart-figure';
import type { Cell } from '../data-table';
import { formatNumber, formatDate } from '../format-number';
import { seriesColour } from '../palette';
import type { ReportInputs } from '../report-inputs';
import { missingArtifact, paragraph, type ReportSection } from '../report-section';

const cellKey = (c: RegenerationCell) => `${c.writer}, batch ${c.batchSize}, x${c.concurrency}`;
const DATABASES = [
  { name: 'PostgreSQL', pick: (i: ReportInputs) => i.regeneration, file: 'benchmarks/phase4/regeneration-baseline.json', command: 'DATABASE_URL=postgres://... nx run bench:regeneration' },
  { name: 'PGlite', pick: (i: ReportInputs) => i.regenerationPglite, file: 'benchmarks/phase4/regeneration-baseline-pglite.json', command: 'nx run bench:regeneration -- --out benchmarks/phase4/regeneration-baseline-pglite.json' },
] as const;

function describe(name: string, r: RegenerationBaseline): string {
  return `${name}: ${formatNumber(r.dataset.lexemes)} lexemes x ${r.dataset.patternsPerLexeme} patterns = ${formatNumber(r.dataset.forms)} forms, ${r.passes} pass${r.passes === 1 ? '' : 'es'} (median), ${formatDate(r.date)}, revision ${r.revision.commit.slice(0, 10)}; ceiling ${r.ceiling.method} ${formatNumber(r.ceiling.formsPerSec)} forms/s.`;
}

/** The regeneration matrix (writer x batch size x concurrency) on PostgreSQL next to the same on PGlite. */
export function pglitePostgresSection(inputs: ReportInputs): ReportSection {
  const present = DATABASES.map((d) => ({ ...d, run: d.pick(inputs) }));
  const runs = present.filter((d) => d.run !== undefined) as (typeof present[number] & { run: RegenerationBaseline })[];
  const html: string[] = [];
  for (const d of present) if (!d.run) html.push(missingArtifact(d.file, d.command));
  if (runs.length === 0) return { id: 'regeneration', title: 'Regeneration matrix: PostgreSQL next to PGlite', html: html.join('\n') };
  const keys = [...new Set(runs.flatMap((d) => d.run.cells.map(cellKey)))];
  const labels = [...keys, 'ceiling'];
  const value = (r: RegenerationBaseline, key: string) => (key === 'ceiling' ? r.ceiling.formsPerSec : r.cells.find((c) => cellKey(c) === key)?.formsPerSec);
  const rows = keys.map((key): Cell[] => {
    const cells = runs.map((d) => d.run.cells.find((c) => cellKey(c) === key));
    const pair = cells.length === 2 && cells[0] && cells[1] ? cells[0].formsPerSec / cells[1].formsPerSec : undefined;
    return [key, ...cells.flatMap((c) => [c?.formsPerSec, c?.ratioToCeiling]), ...(runs.length === 2 ? [pair] : [])];
  });
  rows.push(['ceiling', ...runs.flatMap((d) => [d.run.ceiling.formsPerSec, 1]), ...(runs.length === 2 ? [runs[0].run.ceiling.formsPerSec / runs[1].run.ceiling.formsPerSec] : [])]);
  for (const d of runs) html.push(paragraph(describe(d.name, d.run)));
  if (runs.length === 2) {
    const [a, b] = runs.map((d) => d.run.best);
    html.push(paragraph(`Best cells: PostgreSQL ${cellKey(a)} at ${formatNumber(a.formsPerSec)} forms/s, PGlite ${cellKey(b)} at ${formatNumber(b.formsPerSec)} forms/s: PostgreSQL x${(a.formsPerSec / b.formsPerSec).toFixed(2)} of PGlite.`));
  }
  if (inputs.regenerationPglite) html.push(paragraph('PGlite runs every statement on its one connection: its concurrency rows repeat the same serial work.', 'note'));
  html.push(renderFigure({
    id: 'regeneration-pglite-postgres', title: 'Regeneration throughput per cell of the matrix, PostgreSQL next to PGlite', height: Math.max(320, labels.length * 22 + 80),
    note: 'forms/s of regenerating the whole dataset, per writer, batch size (lexemes) and concurrency (connections); the last row is each database\'s own fastest load of the same rows.',
    config: chartConfig<'bar'>({
      type: 'bar',
      data: { labels, datasets: runs.map((d, i) => ({ label: d.name, data: labels.map((k) => value(d.run, k) ?? null), backgroundColor: seriesColour(i) })) },
      options: { indexAxis: 'y', scales: { x: { type: 'linear', beginAtZero: true, title: { display: true, text: 'forms/s' } }, y: { type: 'category' } }, plugins: { legend: { position: 'top' } } },
    }),
    table: {
      headers: ['cell', ...runs.flatMap((d) => [`${d.name} forms/s`, `${d.name} ratio to its ceiling`]), ...(runs.length === 2 ? [`${runs[0].name} / ${runs[1].name}`] : [])],
      rows,
    },
  }));
  return { id: 'regeneration', title: 'Regeneration matrix: PostgreSQL next to PGlite', html: html.join('\n') };
}
