import type { Page } from 'playwright-core';
import type { Workbench } from '../src';
import { screenshot } from './support/browser';
import { openWorkbenchPage } from './support/workbench-page';

const UNREACHABLE = 'the server cannot be reached: it stopped, or the network is down; start `paradigm serve` again, then reload';

// The server stops while the page is open: the header says the page is disconnected (not "up to date"),
// and a view that asks the server says it cannot be reached (not fetch's "Failed to fetch"). In headless Chromium, on PGlite.
describe('the page after the server stopped (Chromium)', () => {
  let workbench: Workbench;
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ workbench, page, close } = await openWorkbenchPage('pglite', __filename));
  });
  afterAll(() => close?.());

  it('shows the disconnected state in the header and the reason in a view', async () => {
    await page.goto(`${workbench.url}/#/search/cat`);
    await page.locator('#queue-badge', { hasText: 'up to date' }).waitFor();
    await workbench.close();
    await page.locator('#queue-badge.disconnected').waitFor();
    expect([await page.locator('#queue-badge').textContent(), await page.locator('#queue-badge').getAttribute('title')]).toEqual(['disconnected', UNREACHABLE]);
    await page.getByRole('link', { name: 'cat' }).first().click();
    const alert = page.locator('main [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(UNREACHABLE);
    await screenshot(page, 'server-unreachable');
  });
});
