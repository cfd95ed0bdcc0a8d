import type { Page } from 'playwright-core';
import type { Workbench } from '../src';
import { screenshot } from './support/browser';
import { openWorkbenchPage, tableCells } from './support/workbench-page';

// The page's whole loop in headless Chromium on the embedded default (PGlite, recompute in the server):
// search, open a lexeme, break a pattern and see the error on its line, fix it, save, see the new forms.
describe('the page in Chromium', () => {
  let workbench: Workbench;
  let page: Page;
  let close: () => Promise<void>;
  const requested: string[] = [];
  beforeAll(async () => {
    ({ workbench, page, close } = await openWorkbenchPage('pglite', __filename));
    page.on('request', (request) => requested.push(request.url()));
  });
  afterAll(() => close?.());

  const cells = (selector: string) => tableCells(page, selector);

  it('finds forms by prefix from the search box, typed with the keyboard', async () => {
    await page.goto(workbench.url);
    await page.keyboard.press('/');
    await page.keyboard.type('cats');
    // The box searches 150 ms after the last key: on a loaded machine the keys can come further apart,
    // and a shorter prefix's results ("c", "ca", "cat") show first. Those of "cats" come under its heading.
    await page.getByRole('heading', { name: 'Forms starting with “cats”' }).waitFor();
    await page.locator('#search-results table').waitFor();
    expect(await cells('#search-results tbody tr')).toEqual([
      ['cats', 'cat #2', 'N;PL', 'cat', 'noun'],
      ['cats', 'cat #2', 'N;PL;NOM', 'cat', 'noun'],
      ["cats's", 'cat #2', 'N;PL;GEN', 'cat', 'noun'],
    ]);
    await screenshot(page, '1-search');
  });

  it("opens a lexeme's paradigm table, cells in the author's rule order", async () => {
    await page.getByRole('link', { name: 'cat' }).first().click();
    await page.locator('#lexeme table.paradigm').waitFor();
    expect(await page.locator('#lexeme h1').textContent()).toBe('cat #2');
    expect(await cells('#lexeme table.paradigm tr')).toEqual([
      ['Cell', 'noun'],
      ['N;SG', 'cat'],
      ['N;PL', 'cats'],
      ['N;PL;NOM', 'cats'],
      ['N;PL;GEN', "cats's"],
    ]);
    await screenshot(page, '2-lexeme');
  });

  it('marks an error on its line as you type, and previews the fixed pattern in the page', async () => {
    await page.getByRole('link', { name: 'noun' }).click();
    const source = page.locator('#pattern-source');
    await source.waitFor();
    const text = await source.inputValue();
    expect(text.split('\n')[2]).toBe('rule suffix +s /[^sy]/ => N;PL > case');
    await source.fill(text.replace('rule suffix +s', 'rule sufix +s'));
    await page.locator('.gutter .has-error').first().waitFor();
    expect(await page.locator('.gutter .has-error').evaluateAll((lines) => lines.map((line) => line.getAttribute('data-line')))).toEqual(['3']);
    expect(await page.locator('#problems li').evaluateAll((items) => items.map((item) => [item.getAttribute('data-line'), item.getAttribute('data-column')]))).toEqual([['3', '6']]);
    await screenshot(page, '3-error');

    await source.fill(text.replace('rule suffix +s', 'rule suffix +es'));
    await page.locator('#preview table').first().waitFor();
    expect(await page.locator('.gutter .has-error').count()).toBe(0);
    expect(await cells('#preview table:nth-of-type(2) tbody tr')).toEqual([
      ['N;SG', 'cat'],
      ['N;PL', 'cates'],
      ['N;PL;NOM', 'cates'],
      ['N;PL;GEN', "cates's"],
    ]);
  });

  it('saves with Ctrl+S and shows the forms the worker recomputed, without a reload', async () => {
    await page.locator('#pattern-source').press('Control+s');
    await page.locator('#stored table', { hasText: 'cates' }).first().waitFor({ timeout: 60_000 });
    expect(await cells('#stored table:nth-of-type(2) tbody tr')).toEqual([
      ['N;SG', 'cat'],
      ['N;PL', 'cates'],
      ['N;PL;NOM', 'cates'],
      ['N;PL;GEN', "cates's"],
    ]);
    await page.locator('#save-state', { hasText: 'recomputed' }).waitFor({ timeout: 60_000 });
    await screenshot(page, '4-saved');
  });

  it('shows the counts, the queue and the form limit on the status page', async () => {
    await page.goto(`${workbench.url}/#/status`);
    await page.locator('#form-limit').waitFor();
    expect(await page.locator('#count-lexemes').textContent()).toBe('5');
    expect(await page.locator('#form-limit').textContent()).toBe('100,000 forms per lexeme');
  });

  it('loaded nothing from anywhere but the workbench (it works offline)', () => {
    expect(requested.length).toBeGreaterThan(5);
    expect(requested.filter((url) => !url.startsWith(`${workbench.url}/`))).toEqual([]);
  });
});
