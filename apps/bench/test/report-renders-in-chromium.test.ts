import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { reportFixtures, writeArtifacts } from './fixtures/report-artifacts';
import { fixtureRoot, launchChromium, openReport, renderReportUnder } from './support/report-page';

/** What each chart drew, read from Chart.js and the canvas after the page's script ran. */
interface Drawn {
  readonly id: string;
  readonly type: string;
  /** Data points with a finite position on the canvas, over every dataset. */
  readonly points: number;
  readonly width: number;
  readonly height: number;
  /** Canvas pixels that are not transparent. */
  readonly inked: number;
}

/** The little of Chart.js and the canvas API the test reads in the page (this project compiles without the DOM's types). */
interface PageChart { config: { type: string }; data: { datasets: unknown[] }; getDatasetMeta(i: number): { data: { x: number; y: number }[] } }
interface PageCanvas { width: number; height: number; clientWidth: number; clientHeight: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } }

function drawnCharts(page: Page): Promise<Drawn[]> {
  return page.locator('figure.chart').evaluateAll((figures) => figures.map((fig) => {
    const canvas = fig.querySelector('canvas') as unknown as PageCanvas;
    const chart = (globalThis as unknown as { Chart: { getChart(c: unknown): PageChart | undefined } }).Chart.getChart(canvas);
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
    const points = chart ? chart.data.datasets.reduce<number>((n, _, i) => n + chart.getDatasetMeta(i).data.filter((e) => Number.isFinite(e.x) && Number.isFinite(e.y)).length, 0) : 0;
    return { id: fig.id, type: chart?.config.type ?? 'none', points, width: canvas.clientWidth, height: canvas.clientHeight, inked };
  }));
}

describe('the report renders every chart in headless Chromium, offline', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await browser?.close(); });

  it('draws each chart of the fixture artifacts with its points, without console errors or network requests', async () => {
    const root = fixtureRoot();
    writeArtifacts(root, reportFixtures());
    const { file, html } = renderReportUnder(root);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain('Chart.js v4.6.1');
    const { page, problems, requests } = await openReport(browser, file);
    const charts = await drawnCharts(page);
    expect(charts.map((c) => [c.id, c.type, c.points])).toEqual([
      // 2 worker-ceiling sizes x (worker, ceiling) + both matrices' best + the runbook run + persist + 1 recompute.
      ['size-throughput', 'scatter', 9],
      // the worker at 2 sizes, the runbook run, persist (the fixture's recompute records no RSS).
      ['size-peak-rss', 'scatter', 4],
      // 4 cells + the ceiling, on each database.
      ['regeneration-pglite-postgres', 'bar', 10],
      // 3 tasks x (baseline band, baseline median, latest band, latest median, threshold).
      ['micro-noise', 'bar', 15],
      // One series over 11 log bins (10 to 125.9 ms); the pattern edits' 3 samples fall in 2.
      ['latency-lexeme-edit', 'bar', 11],
      ['latency-pattern-edit', 'bar', 2],
      // 3 series over 23 bins (0.03981 to 7.943 ms).
      ['latency-analyse', 'bar', 69],
      // API and psql over 11 bins (0.7943 to 10 ms).
      ['latency-workbench-search', 'bar', 22],
      ['real-lexicon-expansion', 'bar', 3],
      ['persist-ratios', 'bar', 2],
      ['worker-phases', 'bar', 9],
      ['profile-shares', 'bar', 4],
    ]);
    for (const c of charts) {
      expect({ id: c.id, sized: c.width > 300 && c.height > 200, inked: c.inked > 1000 }).toEqual({ id: c.id, sized: true, inked: true });
    }
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('draws every chart of the committed benchmarks/phase4/report.html, without console errors or network requests', async () => {
    const { page, problems, requests } = await openReport(browser, join(__dirname, '../../../benchmarks/phase4/report.html'));
    const charts = await drawnCharts(page);
    expect(charts.map((c) => c.id)).toEqual(expect.arrayContaining(['size-throughput', 'size-peak-rss', 'regeneration-pglite-postgres', 'micro-noise', 'latency-analyse', 'trend-forms-s', 'real-lexicon-expansion', 'profile-shares']));
    for (const c of charts) {
      expect({ id: c.id, drawn: c.points > 0 && c.width > 300 && c.height > 200 && c.inked > 1000 }).toEqual({ id: c.id, drawn: true });
    }
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });
});
