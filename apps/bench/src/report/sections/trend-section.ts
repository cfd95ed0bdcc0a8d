import type { ArtifactVersion } from '../../artifacts/artifact-history';
import { chartConfig, renderFigure, type ChartFigure } from '../chart-figure';
import { seriesColour } from '../palette';
import { formatDate } from '../format-number';
import type { ReportInputs } from '../report-inputs';
import { paragraph, type ReportSection } from '../report-section';
import { TREND_METRICS, type TrendPoint, type TrendUnit } from '../trend-metrics';

/** A key number at one committed revision. */
interface RevisionPoint extends TrendPoint {
  readonly commit: string;
  readonly date: string;
  readonly artifact: string;
}

const UNITS: readonly { unit: TrendUnit; log: boolean; title: string }[] = [
  { unit: 'forms/s', log: true, title: 'Throughput across revisions' },
  { unit: 'ratio to ceiling', log: false, title: 'Ratio to the database\'s ceiling across revisions' },
  { unit: 'ms', log: true, title: 'Latency across revisions' },
  { unit: 'peak RSS MB', log: false, title: 'Peak RSS across revisions' },
];

/** Revision label on the axis: commit date (UTC, to the minute) and short hash. */
const label = (p: { commit: string; date: string }) => `${formatDate(p.date).replace(' UTC', '')} ${p.commit.slice(0, 7)}`;

function figure(unit: TrendUnit, log: boolean, title: string, points: readonly RevisionPoint[]): ChartFigure {
  const revisions = [...new Map([...points].sort((a, b) => Date.parse(a.date) - Date.parse(b.date)).map((p) => [p.commit, p])).values()];
  const series = [...new Set(points.map((p) => p.series))];
  const id = `trend-${unit.replace(/[^a-z]+/gi, '-').toLowerCase()}`;
  return {
    id, title, height: 380,
    note: `One point per committed version of an artifact, at the commit that changed it; a line joins one series' points across revisions.${log ? ' Log axis.' : ''}`,
    config: chartConfig<'line'>({
      type: 'line',
      data: {
        labels: revisions.map(label),
        datasets: series.map((s, i) => ({
          label: s, spanGaps: true, borderColor: seriesColour(i), backgroundColor: seriesColour(i), pointRadius: 3,
          data: revisions.map((r) => points.find((p) => p.commit === r.commit && p.series === s)?.value ?? null),
        })),
      },
      options: {
        scales: { x: { type: 'category', ticks: { maxRotation: 60, minRotation: 45 } }, y: { type: log ? 'logarithmic' : 'linear', title: { display: true, text: `${unit}${log ? ' (log)' : ''}` } } },
        plugins: { legend: { position: 'bottom' } },
      },
    }),
    table: { headers: ['commit', 'committed', 'series', unit, 'artifact'], rows: [...points].sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || a.series.localeCompare(b.series)).map((p) => [p.commit.slice(0, 10), formatDate(p.date), p.series, p.value, p.artifact]) },
  };
}

/** The key numbers of every committed version of the artifacts, per revision (`git log --follow`, `git show REV:path`). */
export function trendSection(inputs: ReportInputs): ReportSection {
  const title = 'Trend across revisions';
  const h = inputs.history;
  if (!h.available) return { id: 'trend', title, html: paragraph(`No trend: git cannot be read here (${h.reason}). The trend plots the artifacts' committed versions; run the report in a git checkout.`, 'missing') };
  const points: RevisionPoint[] = [];
  const versions: [string, readonly ArtifactVersion[]][] = [...h.versions];
  for (const [artifact, list] of versions) {
    const extract = TREND_METRICS[artifact];
    if (!extract) continue;
    for (const v of list) for (const p of extract(v.json)) points.push({ ...p, commit: v.commit, date: v.date, artifact });
  }
  if (points.length === 0) return { id: 'trend', title, html: paragraph('No committed version of any artifact yet: the trend starts with the first commit of one.', 'missing') };
  const counted = versions.filter(([, list]) => list.length > 0).map(([a, list]) => `${a.replace(/^benchmarks\//, '')} ${list.length}`);
  const html = [paragraph(`Committed versions read: ${counted.join(', ')}. Artifacts changed in the working tree since their last commit appear in the sections above, not here.`)];
  for (const u of UNITS) {
    const of = points.filter((p) => p.unit === u.unit);
    if (of.length) html.push(renderFigure(figure(u.unit, u.log, u.title, of)));
  }
  return { id: 'trend', title, html: html.join('\n') };
}
