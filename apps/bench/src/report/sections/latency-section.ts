import { chartConfig, renderFigure, type ChartFigure } from '../chart-figure';
import { renderTable } from '../data-table';
import { formatLoad, formatNumber, formatDate } from '../format-number';
import { logHistogram } from '../log-histogram';
import { seriesColour } from '../palette';
import type { ReportInputs } from '../report-inputs';
import { missingArtifact, paragraph, type ReportSection } from '../report-section';
import { percentiles } from '../../shared/statistics';

/** One measured latency, whichever artifact it comes from (ms). */
interface Distribution {
  readonly label: string;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max?: number;
  readonly count: number;
  /** Every sample, when the artifact keeps them. */
  readonly values?: readonly number[];
}

/** Latencies measured together, drawn in one chart. */
interface LatencyGroup {
  readonly id: string;
  readonly title: string;
  readonly about: string;
  readonly distributions: readonly Distribution[];
  /** The command whose next run keeps the samples. */
  readonly command: string;
}

function groups(inputs: ReportInputs): { groups: LatencyGroup[]; missing: string[] } {
  const out: LatencyGroup[] = [];
  const missing: string[] = [];
  const l = inputs.latency;
  if (l) {
    const about = `${formatDate(l.measuredAt)}; ${l.runs.map((r) => `${r.workers} worker${r.workers === 1 ? '' : 's'}: ${formatLoad(r.loadAverageAtStart, r.loadAverageAtEnd)}`).join('; ')}. From the COMMIT of an edit to the commit of its forms, with background edits running.`;
    const of = (key: 'lexemeEditMs' | 'patternEditMs') => l.runs.map((r) => ({ label: `${r.workers} worker${r.workers === 1 ? '' : 's'}`, ...r[key], count: r[key].samples }));
    out.push({ id: 'latency-lexeme-edit', title: 'worker run --follow: single-lexeme edit to its forms committed (ms)', about, distributions: of('lexemeEditMs'), command: 'DATABASE_URL=postgres://... nx run bench:latency' });
    out.push({ id: 'latency-pattern-edit', title: 'worker run --follow: edit of a pattern three lexemes use, to their forms committed (ms)', about, distributions: of('patternEditMs'), command: 'DATABASE_URL=postgres://... nx run bench:latency' });
  } else missing.push(missingArtifact('benchmarks/phase4/latency.json', 'DATABASE_URL=postgres://... nx run bench:latency'));
  const a = inputs.analyse;
  if (a) {
    out.push({
      id: 'latency-analyse', title: `Analysing one word on ${formatNumber(a.forms)} stored forms (ms)`,
      about: `${formatDate(a.date)}; ${formatLoad(a.loadAverage?.before, a.loadAverage?.after)}; ${formatNumber(a.words)} random stored words after ${formatNumber(a.warmup)} warm-up; indexes ${a.indexesUsed.join(', ')}.`,
      distributions: [
        { label: 'analyseForm (client, round trip)', ...a.analyseFormMs, count: a.analyseFormMs.samples },
        { label: 'EXPLAIN ANALYZE (server execution)', ...a.explainAnalyzeExecutionMs, count: a.explainAnalyzeExecutionMs.samples },
        { label: 'psql \\timing', ...a.psqlTimingMs, count: a.psqlTimingMs.samples },
      ],
      command: 'DATABASE_URL=postgres://... nx run bench:analyse',
    });
  } else missing.push(missingArtifact('benchmarks/phase4/analyse.json', 'DATABASE_URL=postgres://... nx run bench:analyse'));
  const w = inputs.workbenchSearch;
  if (w) {
    const clients = [{ key: 'api', label: 'workbench API (HTTP + JSON)' }, { key: 'psql', label: 'psql \\timing (same SQL)' }] as const;
    const kept = w.results.every((r) => r.api.values && r.psql.values);
    // With every run kept, each client's runs over all prefixes make one distribution; without, each prefix is its own.
    const distributions: Distribution[] = kept
      ? clients.map(({ key, label }) => {
        const values = w.results.flatMap((r) => r[key].values!);
        const p = percentiles(values);
        return { label, p50: p.p50, p95: p.p95, p99: p.p99, max: Math.max(...values), count: values.length, values };
      })
      : w.results.flatMap((r) => clients.map(({ key, label }) => ({ label: `${label}, "${r.prefix}"`, ...r[key], count: r[key].runs })));
    out.push({
      id: 'latency-workbench-search', title: `Workbench prefix search on ${formatNumber(w.forms)} forms (ms)`,
      about: `${formatDate(w.measuredAt)}; ${formatLoad(w.loadAverage)}; prefixes ${w.results.map((r) => `"${r.prefix}"`).join(', ')}, up to ${w.limit} hits each${kept ? '; the chart and its percentiles pool every prefix\'s runs (percentiles interpolated), the table below them gives each prefix as measured' : ''}.`,
      distributions,
      command: 'nx run bench:workbench-search',
    });
  } else missing.push(missingArtifact('benchmarks/workbench-search.json', 'nx run bench:workbench-search'));
  return { groups: out, missing };
}

function histogramFigure(g: LatencyGroup): ChartFigure {
  const h = logHistogram(g.distributions.map((d) => d.values!));
  const labels = h.edges.slice(0, -1).map((lo, i) => `${formatNumber(lo)}–${formatNumber(h.edges[i + 1])}`);
  return {
    id: g.id, title: g.title, note: 'Share of each series\' samples per bin; bins are log-spaced (10 per decade), so equal widths are equal ratios.',
    config: chartConfig<'bar'>({
      type: 'bar',
      data: { labels, datasets: g.distributions.map((d, i) => ({ label: `${d.label} (${d.count} samples)`, data: h.counts[i].map((c) => (100 * c) / d.values!.length), backgroundColor: seriesColour(i), barPercentage: 1, categoryPercentage: 0.9 })) },
      options: { scales: { x: { type: 'category', title: { display: true, text: 'ms (log bins)' } }, y: { type: 'linear', beginAtZero: true, title: { display: true, text: '% of samples' } } } },
    }),
    table: { headers: ['from ms', 'to ms', ...g.distributions.map((d) => `${d.label}: samples`)], rows: labels.map((_, i) => [h.edges[i], h.edges[i + 1], ...h.counts.map((c) => c[i])]) },
  };
}

function percentileFigure(g: LatencyGroup): ChartFigure {
  const keys = ['p50', 'p95', 'p99'] as const;
  return {
    id: g.id, title: g.title, note: `The artifact holds percentiles only (written before it kept every sample): no histogram. The next \`${g.command}\` keeps the samples. Log axis.`,
    config: chartConfig<'bar'>({
      type: 'bar',
      data: { labels: g.distributions.map((d) => d.label), datasets: keys.map((k, i) => ({ label: k, data: g.distributions.map((d) => d[k]), backgroundColor: seriesColour(i) })) },
      options: { scales: { x: { type: 'category' }, y: { type: 'logarithmic', title: { display: true, text: 'ms (log)' } } } },
    }),
    table: percentileTable(g),
  };
}

function percentileTable(g: LatencyGroup) {
  return { headers: ['series', 'samples', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'], rows: g.distributions.map((d) => [d.label, d.count, d.p50, d.p95, d.p99, d.max ?? (d.values?.length ? Math.max(...d.values) : undefined)]) };
}

/** Latency histograms of the edit-to-forms, analyse and workbench-search benchmarks (percentiles where only those are kept). */
export function latencySection(inputs: ReportInputs): ReportSection {
  const { groups: gs, missing } = groups(inputs);
  const html: string[] = [];
  let about = '';
  for (const g of gs) {
    // The two latency.json charts share one description.
    if (g.about !== about) html.push(paragraph(g.about));
    about = g.about;
    const complete = g.distributions.every((d) => d.values && d.values.length > 0);
    html.push(renderFigure(complete ? histogramFigure(g) : percentileFigure(g)));
    if (complete) html.push(renderTable(percentileTable(g), 'percentiles'));
    const w = inputs.workbenchSearch;
    if (complete && w && g.id === 'latency-workbench-search') {
      html.push(renderTable({ headers: ['prefix', 'hits', 'API p50 ms', 'API p95 ms', 'API p99 ms', 'API max ms', 'psql p50 ms', 'psql p95 ms', 'psql p99 ms', 'psql max ms'], rows: w.results.map((r) => [r.prefix, r.hits, r.api.p50, r.api.p95, r.api.p99, r.api.max, r.psql.p50, r.psql.p95, r.psql.p99, r.psql.max]) }, 'percentiles'));
    }
  }
  html.push(...missing);
  return { id: 'latency', title: 'Latency histograms', html: html.join('\n') };
}
