import type { Browser } from 'playwright-core';
import { reportFixtures, writeArtifacts } from './fixtures/report-artifacts';
import { fixtureRoot, launchChromium, openReport, renderReportUnder, tableRows } from './support/report-page';

describe('each chart of the report has its numbers in a table', () => {
  let browser: Browser;
  let file: string;
  beforeAll(async () => {
    browser = await launchChromium();
    const root = fixtureRoot();
    writeArtifacts(root, reportFixtures());
    file = renderReportUnder(root).file;
  });
  afterAll(async () => { await browser?.close(); });

  it('holds the fixture\'s exact numbers in the tables under the charts', async () => {
    const { page } = await openReport(browser, file);
    expect(await tableRows(page, '#regeneration-pglite-postgres table.numbers')).toEqual([
      ['insert, batch 100, x1', '40,000', '0.1', '20,000', '0.1', '2'],
      ['insert, batch 1000, x1', '60,000', '0.15', '30,000', '0.15', '2'],
      ['copy, batch 100, x1', '180,000', '0.45', '90,000', '0.45', '2'],
      ['copy, batch 1000, x1', '300,000', '0.75', '150,000', '0.75', '2'],
      ['ceiling', '400,000', '1', '200,000', '1', '2'],
    ]);
    expect(await tableRows(page, '#micro-noise table.numbers')).toEqual([
      ['compile/affix', '2', '1.9 to 2.1', '0.02', '500', '2.2', '2.1 to 2.3', '1.1', '454.5'],
      ['generate/affix', '1', '0.9 to 1.1', '0.02', '1,000', '1', '1 to 1', '1', '1,000'],
      ['generate/template', '3', '2.8 to 3.2', '0.02', '333.3', '3.3', '3.3 to 3.3', '1.1', '303'],
    ]);
    // 10, 12 | 15 | - | 20 | ... | 100: log bins of 10 per decade.
    expect(await tableRows(page, '#latency-lexeme-edit table.numbers')).toEqual([
      ['10', '12.59', '2'], ['12.59', '15.85', '1'], ['15.85', '19.95', '0'], ['19.95', '25.12', '1'], ['25.12', '31.62', '0'], ['31.62', '39.81', '0'],
      ['39.81', '50.12', '0'], ['50.12', '63.1', '0'], ['63.1', '79.43', '0'], ['79.43', '100', '0'], ['100', '125.9', '1'],
    ]);
    expect(await tableRows(page, '#latency table.percentiles')).toEqual([['1 worker', '5', '15', '84', '96.8', '100']]);
    expect((await tableRows(page, '#size-throughput table.numbers'))[0]).toEqual(['worker recompute --all (batch 1000, concurrency 2)', '5,000', '97,809', '20,000', 'load 3.50', '2025-01-04 00:00 UTC']);
  });

  it('shows the tables when script is off, and folds them under the drawn charts when it is on', async () => {
    const off = await openReport(browser, file, { javaScript: false });
    const figures = await off.page.$$eval('figure.chart', (fs) => fs.map((f) => f.id));
    expect(figures.length).toBe(12);
    for (const id of figures) expect({ id, visible: await off.page.isVisible(`#${id} table.numbers`) }).toEqual({ id, visible: true });
    const on = await openReport(browser, file);
    for (const id of figures) expect({ id, visible: await on.page.isVisible(`#${id} table.numbers`) }).toEqual({ id, visible: false });
  });
});
