import { loadLexicon } from '@paradigm/persistence';
import type { Page } from 'playwright-core';
import type { Workbench } from '../src';
import { screenshot } from './support/browser';
import { drain } from './support/small-lexicon';
import { openWorkbenchPage } from './support/workbench-page';

// Search pages of 50 with offsets up to 50: the second page is the last the API gives, and says why,
// though more forms start with "c". In headless Chromium, on PGlite.
describe('search paging at the offset limit (Chromium)', () => {
  let workbench: Workbench;
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ workbench, page, close } = await openWorkbenchPage('pglite', __filename, { limits: { searchOffset: 50 } }));
    // 30 nouns of 4 forms each starting with "c": 120 forms besides the small lexicon's.
    const lexemes = Array.from({ length: 30 }, (_, i) => ({ id: 100 + i, lemma: `c${String(i).padStart(2, '0')}x`, patterns: ['noun'] }));
    await loadLexicon(workbench.context.db, { patterns: [], lexemes });
    await drain(workbench.context.db);
  });
  afterAll(() => close?.());

  it('offers no Next page past the limit, and says to type a longer prefix', async () => {
    await page.goto(`${workbench.url}/#/search/c`);
    const pager = page.locator('#search-results .pager');
    await pager.waitFor();
    expect(await pager.textContent()).toBe(' Forms 1–50 Next →');
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.locator('#search-note').waitFor();
    expect([await pager.textContent(), await page.locator('#search-note').textContent()]).toEqual([
      '← Previous Forms 51–100 ',
      'No further pages: more forms start with "c" than a search pages through (offsets up to 50); type a longer prefix to see them.',
    ]);
    await screenshot(page, 'search-offset-limit');
  });
});
