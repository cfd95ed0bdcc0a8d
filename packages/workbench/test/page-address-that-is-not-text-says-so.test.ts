import type { Page } from 'playwright-core';
import type { Workbench } from '../src';
import { openWorkbenchPage } from './support/workbench-page';

// An address escaping bytes that are not UTF-8 (%ED%A0%80 would be a lone surrogate) is said to be so,
// instead of the page failing with "URI malformed". In headless Chromium, on PGlite.
describe('an address that does not decode (Chromium)', () => {
  let workbench: Workbench;
  let page: Page;
  let close: () => Promise<void>;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    ({ workbench, page, close } = await openWorkbenchPage('pglite', __filename));
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(() => close?.());

  it('says the address is not text, and the search box still works', async () => {
    await page.goto(`${workbench.url}/#/search/%ED%A0%80`);
    const error = page.locator('#address-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('The address does not read as text: "%ED%A0%80" escapes bytes that are not UTF-8. Type the word in the search box instead.');
    await page.locator('#search-box').fill('cat');
    await page.getByRole('heading', { name: 'Forms starting with “cat”' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
