import { escapeHtml } from './escape-html';

/** One bar: its series (colour and legend entry), value, and an optional note shown after the value. */
export interface Bar {
  readonly series: string;
  readonly value: number;
  readonly note?: string;
}

/** A labelled group of bars drawn next to each other. */
export interface BarGroup {
  readonly label: string;
  readonly bars: readonly Bar[];
}

export interface BarChart {
  /** Stable id: the report test finds charts by it. */
  readonly id: string;
  readonly title: string;
  /** Unit of the values, shown on the axis, e.g. `forms/s`. */
  readonly unit: string;
  readonly groups: readonly BarGroup[];
  /** Logarithmic axis, for values spanning orders of magnitude (micro-benchmark ops/s). */
  readonly log?: boolean;
}

const PALETTE = ['#3366cc', '#dc7633', '#2e9e5b', '#a04ec0', '#c0392b', '#7f8c8d', '#d4ac0d', '#17a2b8'];
const BAR_H = 14;
const GAP = 10;
const LABEL_W = 260;
const PLOT_W = 520;
const VALUE_W = 190;

/** Formats a number compactly for axis labels and values: 1234567 -> `1.23M`. */
export function formatCompact(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${(n / 1e9).toPrecision(3)}G`;
  if (abs >= 1e6) return `${(n / 1e6).toPrecision(3)}M`;
  if (abs >= 1e3) return `${(n / 1e3).toPrecision(3)}k`;
  if (abs >= 1) return n.toPrecision(3);
  return n === 0 ? '0' : n.toPrecision(2);
}

/**
 * A horizontal grouped bar chart as inline SVG (no script, no external resource), with a legend, a
 * `<title>` tooltip per bar, and one `rect.bar` per bar so tests can count what was drawn.
 */
export function renderBarChart(chart: BarChart): string {
  const series = [...new Set(chart.groups.flatMap((g) => g.bars.map((b) => b.series)))];
  const colour = (s: string) => PALETTE[series.indexOf(s) % PALETTE.length];
  const values = chart.groups.flatMap((g) => g.bars.map((b) => b.value)).filter((v) => v > 0);
  const max = Math.max(1e-9, ...values);
  const min = Math.min(max, ...values);
  const logLo = Math.floor(Math.log10(min));
  const logHi = Math.ceil(Math.log10(max)) === logLo ? logLo + 1 : Math.ceil(Math.log10(max));
  const scale = (v: number) => {
    if (v <= 0) return 0;
    if (!chart.log) return (v / max) * PLOT_W;
    return Math.max(2, ((Math.log10(v) - logLo) / (logHi - logLo)) * PLOT_W);
  };
  const legendH = 24;
  let y = legendH + 8;
  const parts: string[] = [];
  for (const group of chart.groups) {
    const groupH = group.bars.length * BAR_H;
    parts.push(`<text class="group-label" x="${LABEL_W - 8}" y="${y + groupH / 2 + 4}" text-anchor="end">${escapeHtml(group.label)}</text>`);
    for (const bar of group.bars) {
      const w = scale(bar.value);
      const text = `${formatCompact(bar.value)} ${chart.unit}${bar.note ? ` ${bar.note}` : ''}`;
      parts.push(`<rect class="bar" x="${LABEL_W}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H - 2}" fill="${colour(bar.series)}"><title>${escapeHtml(`${group.label} / ${bar.series}: ${text}`)}</title></rect>`);
      parts.push(`<text class="value" x="${LABEL_W + w + 4}" y="${y + BAR_H - 4}">${escapeHtml(text)}</text>`);
      y += BAR_H;
    }
    y += GAP;
  }
  const height = y + 20;
  const ticks: string[] = [];
  const tickValues = chart.log
    ? Array.from({ length: logHi - logLo + 1 }, (_, i) => 10 ** (logLo + i))
    : [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  for (const t of tickValues) {
    const x = LABEL_W + scale(t);
    ticks.push(`<line class="tick" x1="${x}" x2="${x}" y1="${legendH}" y2="${height - 20}" stroke="#ddd"/><text x="${x}" y="${height - 6}" text-anchor="middle" class="axis">${formatCompact(t)}</text>`);
  }
  const legend = series.map((s, i) => `<rect class="legend" x="${LABEL_W + i * 130}" y="4" width="12" height="12" fill="${colour(s)}"/><text x="${LABEL_W + i * 130 + 16}" y="14">${escapeHtml(s)}</text>`);
  const width = LABEL_W + PLOT_W + VALUE_W;
  return [
    `<figure class="chart" id="${escapeHtml(chart.id)}" data-chart="${escapeHtml(chart.id)}">`,
    `<figcaption>${escapeHtml(chart.title)} <span class="unit">(${escapeHtml(chart.unit)}${chart.log ? ', log scale' : ''})</span></figcaption>`,
    `<svg class="chart-svg" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(chart.title)}">`,
    ...ticks, ...legend, ...parts,
    '</svg></figure>',
  ].join('\n');
}
