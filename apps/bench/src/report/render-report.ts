import { chartLibrary } from './chart-library';
import { escapeHtml } from './escape-html';
import { PAGE_SCRIPT } from './page-script';
import type { ReportInputs } from './report-inputs';
import type { ReportSection } from './report-section';
import { latencySection } from './sections/latency-section';
import { microNoiseSection } from './sections/micro-noise-section';
import { persistSection } from './sections/persist-section';
import { pglitePostgresSection } from './sections/pglite-postgres-section';
import { profileSection } from './sections/profile-section';
import { realLexiconsSection } from './sections/real-lexicons-section';
import { sizeScalingSection } from './sections/size-scaling-section';
import { trendSection } from './sections/trend-section';
import { verdictSection } from './sections/verdict-section';
import { workerPhasesSection } from './sections/worker-phases-section';

/** The report's sections in page order: the verdict first, then what it rests on. */
export function reportSections(inputs: ReportInputs): ReportSection[] {
  return [
    verdictSection(inputs), sizeScalingSection(inputs), pglitePostgresSection(inputs), microNoiseSection(inputs), latencySection(inputs),
    trendSection(inputs), realLexiconsSection(inputs), persistSection(inputs), workerPhasesSection(inputs), profileSection(inputs),
  ];
}

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px auto; color: #222; max-width: 1150px; padding: 0 16px; }
h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 18px; margin-top: 36px; border-bottom: 1px solid #ccc; } h3 { font-size: 15px; margin: 20px 0 4px; }
nav { font-size: 13px; } nav a { margin-right: 10px; }
figure.chart { margin: 14px 0 22px; } figcaption { font-weight: 600; } .chart-note, .note { color: #555; font-size: 12.5px; margin: 2px 0 6px; }
.canvas-box { position: relative; width: 100%; }
details.numbers > summary { cursor: pointer; color: #555; font-size: 12px; margin-top: 4px; }
table { border-collapse: collapse; margin: 8px 0; font-size: 12px; } td, th { border: 1px solid #ddd; padding: 2px 6px; vertical-align: top; }
th { background: #f4f4f4; text-align: left; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.verdict { font-size: 13px; width: 100%; } table.verdict td:nth-child(4) { font-weight: 600; white-space: nowrap; }
tr.met td:nth-child(4) { color: #1e7d3c; background: #e8f5ec; } tr.not-met td:nth-child(4) { color: #a61b1b; background: #fbeaea; }
tr.partly td:nth-child(4) { color: #8a6100; background: #fff5dc; } tr.unknown td:nth-child(4) { color: #555; background: #f0f0f0; }
.verdict-summary { font-size: 15px; font-weight: 600; } .missing { color: #a33; } .decision { font-weight: 600; }
`;

/** The whole report: one HTML file with inline CSS, the plotting library and the data; nothing is fetched. */
export function renderReport(inputs: ReportInputs): string {
  const sections = reportSections(inputs);
  const lib = chartLibrary();
  const machine = inputs.micro?.machine ?? inputs.regeneration?.machine ?? inputs.realLexicons?.machine;
  const machineLine = machine ? `<p class="machine">Machine: ${escapeHtml(`${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}, ${machine.totalMemoryMB} MB`)}. It is shared: every measurement says its load average.</p>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Paradigm benchmark report</title>
<style>${STYLE}</style></head>
<body>
<h1>Paradigm benchmark report</h1>
<p>Generated ${escapeHtml(inputs.generatedAt)} by <code>nx run bench:report</code> from the artifacts in <code>benchmarks/</code>. Self-contained: charts drawn by ${escapeHtml(`${lib.name} ${lib.version}`)}, inlined; no network access. Every chart's numbers are in the table under it.</p>
${machineLine}
<nav>${sections.map((s) => `<a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a>`).join(' ')}</nav>
${sections.map((s) => `<section id="${escapeHtml(s.id)}"><h2>${escapeHtml(s.title)}</h2>\n${s.html}\n</section>`).join('\n')}
<script>${lib.script}</script>
<script>${PAGE_SCRIPT}</script>
</body></html>
`;
}
