import type { MicroBaseline } from '../artifacts/micro-baseline';
import type { RealLexiconsArtifact } from '../artifacts/real-lexicons';
import type { RegenerationBaseline } from '../artifacts/regeneration-baseline';
import type { WorkerSummary } from '../artifacts/worker-phases';
import { renderBarChart, formatCompact, type BarChart } from './bar-chart';
import { escapeHtml } from './escape-html';

/** The profiler's summary (`benchmarks/phase4/profile-summary.json`), as far as the report reads it. */
export interface ProfileShares {
  readonly totalTicks: number;
  readonly shares: Readonly<Record<string, number>>;
  readonly decision?: { readonly justified: boolean; readonly reason: string };
}

/** persistence's `benchmarks/phase4/persist.json`, as far as the report reads it. */
export interface PersistShares {
  readonly date: string;
  readonly database: string;
  readonly config: { readonly rows: number; readonly batchLexemes: number; readonly rounds: number };
  readonly write: Readonly<Record<string, PersistMeasured>>;
  readonly replace: Readonly<Record<string, PersistMeasured>>;
  readonly memory?: { readonly peakRssMBAfterCopyRuns?: number };
  readonly loadAverage?: { readonly before?: readonly number[]; readonly after?: readonly number[] };
  readonly goal?: Readonly<Record<string, number | boolean>>;
}

/** One writer's (or the ceiling's) timing in persist.json. */
export interface PersistMeasured {
  readonly medianSeconds: number;
  readonly rowsPerSecond: number;
  readonly ratioToCeiling?: number;
}

/** The worker app's `benchmarks/phase4/worker-ceiling.json`, as far as the report reads it. */
export interface WorkerCeilingShares {
  readonly measuredAt: string;
  readonly loadAverageAtEnd?: readonly number[];
  readonly sizes: readonly {
    readonly lexemes: number; readonly forms: number; readonly batchSize: number; readonly concurrency: number; readonly reps: number;
    readonly workerFormsPerSecond: number; readonly ceilingFormsPerSecond: number; readonly medianPairedRatio: number; readonly workerPeakRssMb?: number;
    /** The bulk ceiling (new table + COPY FREEZE + index builds + swap), in sizes measured since it exists. */
    readonly bulkCeilingFormsPerSecond?: number; readonly bulkMedianPairedRatio?: number;
    readonly loadAverage?: { readonly atStart: readonly number[] };
  }[];
}

/** Every artifact the report can draw; absent ones get a line saying which command makes them. */
export interface ReportInputs {
  readonly generatedAt: string;
  readonly micro?: MicroBaseline;
  /** The latest rerun by `bench:check`, drawn against {@link ReportInputs.micro}. */
  readonly microLatest?: MicroBaseline;
  readonly regeneration?: RegenerationBaseline;
  readonly worker?: WorkerSummary;
  readonly realLexicons?: RealLexiconsArtifact;
  readonly profile?: ProfileShares;
  readonly persist?: PersistShares;
  readonly workerCeiling?: WorkerCeilingShares;
}

/** A bar's series: paradigm-core's runs by measure, the reference tools by name. */
function expansionSeries(e: RealLexiconsArtifact['expansion'][number]): string {
  return e.tool === 'paradigm-core' && e.measure ? `paradigm-core ${e.measure}` : e.tool;
}

/** The charts the report draws from `inputs`, in page order (the report test counts their bars). */
export function reportCharts(inputs: ReportInputs): BarChart[] {
  const charts: BarChart[] = [];
  const r = inputs.regeneration;
  if (r) {
    const groups = [...new Set(r.cells.map((c) => `${c.writer} x${c.concurrency}`))].map((label) => ({
      label: `${label.replace(' x', ', concurrency ')}`,
      bars: r.cells.filter((c) => `${c.writer} x${c.concurrency}` === label).map((c) => ({
        series: `batch ${c.batchSize}`, value: c.formsPerSec, note: `(${c.ratioToCeiling.toFixed(2)} of ceiling)`,
      })),
    }));
    groups.push({ label: `ceiling: ${r.ceiling.method}`, bars: [{ series: 'ceiling', value: r.ceiling.formsPerSec, note: '' }] });
    charts.push({ id: 'regeneration-throughput', title: `Regeneration throughput by writer, batch size and concurrency (${r.database.dialect})`, unit: 'forms/s', groups });
  }
  const w = inputs.worker;
  if (w) {
    charts.push({
      id: 'worker-phases', title: 'Worker time per batch, by phase', unit: 'ms',
      groups: w.phases.map((p) => ({ label: p.phase, bars: [
        { series: 'p50', value: p.p50Ms }, { series: 'p95', value: p.p95Ms }, { series: 'p99', value: p.p99Ms },
      ] })),
    });
  }
  const m = inputs.micro;
  if (m) {
    const latest = new Map((inputs.microLatest?.tasks ?? []).map((t) => [t.name, t.opsPerSec]));
    charts.push({
      id: 'micro-vs-baseline', title: inputs.microLatest ? 'Micro-benchmark ops/s: committed baseline vs latest check' : 'Micro-benchmark ops/s (committed baseline)', unit: 'ops/s', log: true,
      groups: m.tasks.map((t) => {
        const cur = latest.get(t.name);
        const bars = [{ series: 'baseline', value: t.opsPerSec }];
        if (cur !== undefined) bars.push({ series: 'latest', value: cur, note: `(x${(cur / t.opsPerSec).toFixed(2)})` } as typeof bars[number]);
        return { label: t.name, bars };
      }),
    });
  }
  const x = inputs.realLexicons;
  if (x && x.expansion.length > 0) {
    charts.push({
      id: 'real-lexicon-expansion', title: 'Real-lexicon expansion, side by side in one run', unit: 'forms/s', log: true,
      groups: [...new Set(x.expansion.map((e) => e.lexicon))].map((lexicon) => ({
        label: lexicon, bars: x.expansion.filter((e) => e.lexicon === lexicon).map((e) => ({ series: expansionSeries(e), value: e.formsPerSec })),
      })),
    });
  }
  const p = inputs.profile;
  if (p) {
    charts.push({
      id: 'profile-shares', title: `CPU profile of the worker: share of ${p.totalTicks} ticks`, unit: '%',
      groups: [{ label: 'share of ticks', bars: Object.entries(p.shares).map(([k, v]) => ({ series: k, value: v * 100 })) }],
    });
  }
  return charts;
}

function table(headers: string[], rows: (string | number)[][]): string {
  const cell = (v: string | number) => `<td>${escapeHtml(typeof v === 'number' ? formatCompact(v) : v)}</td>`;
  return `<table><thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`;
}

function missing(what: string, command: string): string {
  return `<p class="missing">No ${escapeHtml(what)} artifact: run <code>${escapeHtml(command)}</code>, then <code>nx run bench:report</code>.</p>`;
}

// After the page has laid out, each chart records its rendered size and bar count as data attributes,
// so a headless browser's DOM dump shows that the charts really rendered (the report test reads them).
const MEASURE_SCRIPT = `
document.querySelectorAll('figure.chart').forEach(function (fig) {
  var svg = fig.querySelector('svg');
  var box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
  var drawn = Array.prototype.filter.call(fig.querySelectorAll('rect.bar'), function (r) { return r.getBBox().height > 0; });
  fig.setAttribute('data-rendered-width', String(Math.round(box.width)));
  fig.setAttribute('data-rendered-height', String(Math.round(box.height)));
  fig.setAttribute('data-rendered-bars', String(drawn.length));
});
document.body.setAttribute('data-report-ready', 'true');
`;

/** The whole report: one HTML file with inline CSS, SVG and script, nothing fetched from anywhere. */
export function renderReport(inputs: ReportInputs): string {
  const charts = reportCharts(inputs);
  const chart = (id: string) => { const c = charts.find((x) => x.id === id); return c ? renderBarChart(c) : ''; };
  const sections: string[] = [];
  const m = inputs.micro;
  const machine = m?.machine ?? inputs.regeneration?.machine ?? inputs.realLexicons?.machine;
  if (machine) sections.push(`<p class="machine">Machine: ${escapeHtml(`${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}, ${machine.totalMemoryMB} MB`)}</p>`);

  sections.push('<h2>Regeneration matrix</h2>');
  const r = inputs.regeneration;
  if (r) {
    sections.push(`<p>${escapeHtml(`${r.dataset.lexemes} lexemes x ${r.dataset.patternsPerLexeme} patterns = ${r.dataset.forms} forms per cell on ${r.database.description}, ${r.date}, revision ${r.revision.commit.slice(0, 10)}. Ceiling: ${r.ceiling.method}, ${formatCompact(r.ceiling.formsPerSec)} forms/s (${r.ceiling.note}). Best: ${r.best.writer}, batch ${r.best.batchSize}, concurrency ${r.best.concurrency}: ${formatCompact(r.best.formsPerSec)} forms/s, ${r.best.ratioToCeiling.toFixed(2)} of the ceiling.`)}</p>`);
    sections.push(chart('regeneration-throughput'));
  } else sections.push(missing('regeneration-baseline.json', 'nx run bench:regeneration'));

  sections.push('<h2>Worker phases</h2>');
  if (inputs.worker) {
    sections.push(`<p>${escapeHtml(inputs.worker.description)}</p>`, chart('worker-phases'));
    sections.push(table(['phase', 'p50 ms', 'p95 ms', 'p99 ms', 'total ms'], inputs.worker.phases.map((p) => [p.phase, p.p50Ms, p.p95Ms, p.p99Ms, p.totalMs ?? '-'])));
  } else sections.push(missing('worker-regeneration-baseline.json', 'nx run bench:worker'));

  sections.push('<h2>Micro-benchmark</h2>');
  if (m) {
    sections.push(`<p>${escapeHtml(`Baseline of ${m.date}, revision ${m.revision.commit.slice(0, 10)}${m.revision.dirty ? ' (dirty)' : ''}.${inputs.microLatest ? ` Latest check: ${inputs.microLatest.date}.` : ' No check run yet (nx run bench:check draws it here).'}`)}</p>`, chart('micro-vs-baseline'));
    sections.push(table(['task', 'operation', 'ops/s', 'forms/s', 'mean ms', 'p50 ms', 'p95 ms', 'p99 ms', 'samples'], m.tasks.map((t) => [t.name, t.operation, t.opsPerSec, t.formsPerSec ?? '-', t.meanMs, t.p50Ms, t.p95Ms, t.p99Ms, t.samples])));
  } else sections.push(missing('baseline.json', 'nx run bench:bench'));

  sections.push('<h2>Real lexicons</h2>');
  const x = inputs.realLexicons;
  if (x) {
    sections.push(chart('real-lexicon-expansion'));
    if (x.loadAverage) sections.push(`<p>${escapeHtml(`${x.date}; load average (1 min) ${x.loadAverage.before} before, ${x.loadAverage.after} after.`)}</p>`);
    if (x.expansion.length)
      sections.push(
        table(
          ['lexicon', 'tool', 'measure', 'forms', 'seconds (median)', 'forms/s', 'CPU s (process)', 'peak RSS MB (process)', 'load'],
          x.expansion.map((e) => [e.lexicon, e.tool, e.measure ?? 'whole-job', e.forms, e.seconds, e.formsPerSec, e.cpuSeconds ?? '', e.peakRssMB ?? '', e.loadAverage ?? '']),
        ),
      );
    if (x.nodeStartup) sections.push(`<p>Node start-up alone (<code>node -e 0</code>, same run): ${x.nodeStartup.seconds.toFixed(3)} s wall, ${x.nodeStartup.cpuSeconds.toFixed(3)} s CPU, ${x.nodeStartup.peakRssMB} MB peak.</p>`);
    if (x.comparisons?.length) sections.push(table(['lexicon', 'paradigm-core measure', 'vs tool', 'tool s / our s', 'our forms/s / tool forms/s', 'faster per form'], x.comparisons.map((c) => [c.lexicon, c.measure, c.tool, c.timeRatio, c.perFormRatio, c.fasterPerForm ? 'yes' : 'no'])));
    if (x.recompute.length) sections.push(table(['lexicon', 'database', 'lexemes', 'forms', 'seconds', 'forms/s', 'peak RSS MB'], x.recompute.map((e) => [e.lexicon, e.database, e.lexemes, e.forms, e.seconds, e.formsPerSec, e.peakRssMB ?? '-'])));
    for (const n of x.notes) sections.push(`<p class="note">${escapeHtml(n)}</p>`);
  } else sections.push(missing('real-lexicons.json', 'DATABASE_URL=postgres://... nx run bench:real-lexicons'));

  sections.push('<h2>Persistence: 1M forms per writer against the server-side ceiling</h2>');
  const p = inputs.persist;
  if (p) {
    sections.push(`<p>${escapeHtml(`${p.date} on ${p.database}: ${p.config.rows} rows, batches of ${p.config.batchLexemes} lexemes, ${p.config.rounds} rounds; load average ${p.loadAverage?.before?.join(' ') ?? '?'} before, ${p.loadAverage?.after?.join(' ') ?? '?'} after. Peak RSS of the copy runs ${p.memory?.peakRssMBAfterCopyRuns ?? '?'} MB.`)}</p>`);
    const rows = (path: string, o: Readonly<Record<string, PersistMeasured>>) => Object.entries(o).map(([writer, m]) => [path, writer, m.medianSeconds, m.rowsPerSecond, m.ratioToCeiling ?? '-']);
    sections.push(table(['path', 'writer', 'median s', 'rows/s', 'ratio to ceiling'], [...rows('write', p.write), ...rows('replace', p.replace)]));
    if (p.goal) sections.push(table(['goal', 'value'], Object.entries(p.goal).map(([k, v]) => [k, String(v)])));
  } else sections.push(missing('persist.json', 'pnpm exec tsx packages/persistence/bench/persist-bench.ts'));

  sections.push('<h2>Worker against its ceiling</h2>');
  const wc = inputs.workerCeiling;
  if (wc) {
    sections.push(`<p>${escapeHtml(`${wc.measuredAt}; load average at the end ${wc.loadAverageAtEnd?.join(' ') ?? '?'}.`)}</p>`);
    sections.push(
      table(
        ['lexemes', 'forms', 'batch', 'concurrency', 'reps', 'worker forms/s', 'DELETE + COPY ceiling forms/s', 'median paired ratio', 'bulk ceiling forms/s', 'median paired ratio to bulk', 'load average at start', 'worker peak RSS MB'],
        wc.sizes.map((z) => [z.lexemes, z.forms, z.batchSize, z.concurrency, z.reps, z.workerFormsPerSecond, z.ceilingFormsPerSecond, z.medianPairedRatio, z.bulkCeilingFormsPerSecond ?? '-', z.bulkMedianPairedRatio ?? '-', z.loadAverage?.atStart.join(' ') ?? '-', z.workerPeakRssMb ?? '-']),
      ),
    );
  } else sections.push(missing('worker-ceiling.json', 'pnpm exec tsx apps/worker/bench/worker-ceiling.ts'));

  sections.push('<h2>CPU profile</h2>');
  if (inputs.profile) {
    sections.push(chart('profile-shares'));
    if (inputs.profile.decision) sections.push(`<p class="decision">${escapeHtml(`WASM prototype ${inputs.profile.decision.justified ? 'justified' : 'not justified'}: ${inputs.profile.decision.reason}`)}</p>`);
  } else sections.push(missing('profile-summary.json', 'nx run profiler:profile'));

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Paradigm Phase 4 benchmark report</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #222; max-width: 1100px; }
h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 32px; border-bottom: 1px solid #ccc; }
figure.chart { margin: 12px 0; } figcaption { font-weight: 600; margin-bottom: 4px; } .unit { font-weight: 400; color: #666; }
svg text { font: 11px system-ui, sans-serif; fill: #222; } svg text.axis { fill: #666; }
table { border-collapse: collapse; margin: 8px 0; font-size: 12px; } td, th { border: 1px solid #ddd; padding: 2px 6px; text-align: right; }
td:first-child, th:first-child { text-align: left; } .missing { color: #a33; } .decision { font-weight: 600; }
</style></head>
<body>
<h1>Paradigm Phase 4 benchmark report</h1>
<p>Generated ${escapeHtml(inputs.generatedAt)} by <code>nx run bench:report</code> from the artifacts in <code>benchmarks/</code>. Self-contained: no network access needed.</p>
${sections.join('\n')}
<script>${MEASURE_SCRIPT}</script>
</body></html>
`;
}
