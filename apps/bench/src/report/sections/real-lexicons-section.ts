import type { ExpansionResult } from '../../artifacts/real-lexicons';
import { chartConfig, renderFigure } from '../chart-figure';
import { renderTable } from '../data-table';
import { seriesColour } from '../palette';
import { formatDate } from '../format-number';
import type { ReportInputs } from '../report-inputs';
import { missingArtifact, paragraph, type ReportSection } from '../report-section';

/** A bar's series: paradigm-core's runs by measure, the reference tools by name. */
function expansionSeries(e: ExpansionResult): string {
  return e.tool === 'paradigm-core' && e.measure ? `paradigm-core ${e.measure}` : e.tool;
}

/** Real-lexicon expansion by paradigm-core and the reference tools, side by side in one run. */
export function realLexiconsSection(inputs: ReportInputs): ReportSection {
  const x = inputs.realLexicons;
  const title = 'Real lexicons: paradigm-core next to the reference tools';
  if (!x) return { id: 'real-lexicons', title, html: missingArtifact('benchmarks/real-lexicons.json', 'DATABASE_URL=postgres://... nx run bench:real-lexicons') };
  const html: string[] = [];
  if (x.loadAverage) html.push(paragraph(`${formatDate(x.date)}; load average (1 min) ${x.loadAverage.before} before, ${x.loadAverage.after} after.`));
  if (x.expansion.length) {
    const lexicons = [...new Set(x.expansion.map((e) => e.lexicon))];
    const series = [...new Set(x.expansion.map(expansionSeries))];
    html.push(renderFigure({
      id: 'real-lexicon-expansion', title: 'Expansion speed per lexicon, tool and measure (forms/s, each run counting its own output lines)', height: 360,
      note: 'generate: forms into a counter; generate+format: the tool\'s text in memory; whole-job: read, import, compile, expand and write the file, in process or as a fresh process (how the reference tools always run). Log axis.',
      config: chartConfig<'bar'>({
        type: 'bar',
        data: { labels: lexicons, datasets: series.map((s, i) => ({ label: s, backgroundColor: seriesColour(i), data: lexicons.map((l) => x.expansion.find((e) => e.lexicon === l && expansionSeries(e) === s)?.formsPerSec ?? null) })) },
        options: { scales: { x: { type: 'category' }, y: { type: 'logarithmic', title: { display: true, text: 'forms/s (log)' } } }, plugins: { legend: { position: 'bottom' } } },
      }),
      table: {
        headers: ['lexicon', 'tool', 'measure', 'forms', 'seconds (median)', 'forms/s', 'CPU s (process)', 'peak RSS MB (process)', 'load'],
        rows: x.expansion.map((e) => [e.lexicon, e.tool, e.measure ?? 'whole-job', e.forms, e.seconds, e.formsPerSec, e.cpuSeconds, e.peakRssMB, e.loadAverage]),
      },
    }));
  }
  if (x.nodeStartup) html.push(paragraph(`Node start-up alone (node -e 0, same run): ${x.nodeStartup.seconds.toFixed(3)} s wall, ${x.nodeStartup.cpuSeconds.toFixed(3)} s CPU, ${x.nodeStartup.peakRssMB} MB peak.`));
  if (x.comparisons.length) html.push(renderTable({ headers: ['lexicon', 'paradigm-core measure', 'vs tool', 'tool s / our s', 'our forms/s / tool forms/s', 'faster per form'], rows: x.comparisons.map((c) => [c.lexicon, c.measure, c.tool, c.timeRatio, c.perFormRatio, c.fasterPerForm ? 'yes' : 'no']) }));
  if (x.recompute.length) html.push(renderTable({ headers: ['lexicon', 'database', 'lexemes', 'forms', 'seconds', 'forms/s', 'peak RSS MB'], rows: x.recompute.map((e) => [e.lexicon, e.database, e.lexemes, e.forms, e.seconds, e.formsPerSec, e.peakRssMB]) }));
  const j = x.importJob;
  if (j) {
    html.push(paragraph(
      `paradigm import of ${j.lexicon} to indexed forms (${j.oursForms} forms) against ${j.commands.ceiling} (${j.ceilingRows} rows), ` +
        `alternating rounds: ceiling s / our s ${j.ratio} (medians ${j.ceilingSeconds} s and ${j.oursSeconds} s), our peak RSS ${j.oursPeakRssMB} MB. ${j.uptime.before}`,
    ));
    html.push(renderTable({
      headers: ['round', 'side', 'seconds', 'client CPU s', 'server CPU s', 'peak RSS MB', 'rows', 'load'],
      rows: j.samples.map((s) => [s.round, s.side, s.seconds, s.cpuSeconds, s.serverCpuSeconds, s.peakRssMB, s.rows, s.loadAverage]),
    }));
  }
  for (const n of x.notes) html.push(paragraph(n, 'note'));
  return { id: 'real-lexicons', title, html: html.join('\n') };
}
