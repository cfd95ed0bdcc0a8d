import type { ChartConfiguration, ChartType } from 'chart.js';
import { renderTable, type DataTable } from './data-table';
import { escapeHtml } from './escape-html';

/**
 * A Chart.js configuration as the report embeds it: JSON only (no functions). The page's script adds
 * what JSON cannot hold: number formatting on the axes, no animation.
 */
export type FigureConfig = ChartConfiguration<ChartType, unknown[], unknown>;

/** One chart of the report with the numbers it draws. */
export interface ChartFigure {
  /** Stable id: the page's anchor, and how the report tests find the chart. */
  readonly id: string;
  readonly title: string;
  /** How to read it: units, bands, log axes, what is missing. */
  readonly note?: string;
  readonly config: FigureConfig;
  /** The chart's numbers: shown when script is off, folded under the chart when it is on. */
  readonly table: DataTable;
  /** Height of the drawing area in CSS pixels (default 320). */
  readonly height?: number;
}

/** JSON that can sit inside a `<script>` element: `<` escaped so no `</script>` or `<!--` can occur. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A typed configuration, checked against Chart.js's types for `type`, as the figure holds it. */
export function chartConfig<T extends ChartType>(config: ChartConfiguration<T>): FigureConfig {
  return config as unknown as FigureConfig;
}

/**
 * The figure as HTML: a canvas the page's script draws on, its configuration as JSON, and its numbers
 * as a table in a `<details>` element that is open until the chart is drawn.
 */
export function renderFigure(figure: ChartFigure): string {
  const id = escapeHtml(figure.id);
  return [
    `<figure class="chart" id="${id}" data-chart="${id}">`,
    `<figcaption>${escapeHtml(figure.title)}</figcaption>`,
    figure.note ? `<p class="chart-note">${escapeHtml(figure.note)}</p>` : '',
    `<div class="canvas-box" style="height:${figure.height ?? 320}px"><canvas role="img" aria-label="${escapeHtml(figure.title)}"></canvas></div>`,
    `<script type="application/json" class="chart-config">${scriptJson(figure.config)}</script>`,
    `<details class="numbers" open><summary>Numbers</summary>${renderTable(figure.table, 'numbers')}</details>`,
    '</figure>',
  ].filter(Boolean).join('\n');
}
