import type { Page } from 'playwright-core';
import type { Workbench } from '../src';
import { openWorkbenchPage } from './support/workbench-page';

// A save's answer and the server's events come on two connections. The worker may recompute the save's
// forms, and the server announce them and the empty queue after them, before the page has the answer:
// the page must still say the stored forms are recomputed, though no later event comes.
describe('the page in Chromium, a save answered after its forms', () => {
  let workbench: Workbench;
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ workbench, page, close } = await openWorkbenchPage('pglite', __filename));
    // Records, in the page, the `forms` and `queue` events its event stream receives.
    // (Page code as text: this package's tests are compiled without the DOM's types.)
    await page.addInitScript(`
      window.receivedEvents = [];
      window.EventSource = class extends window.EventSource {
        constructor(url, init) {
          super(url, init);
          for (const name of ['forms', 'queue']) this.addEventListener(name, (event) => window.receivedEvents.push(name + ' ' + event.data));
        }
      };
    `);
  });
  afterAll(() => close?.());

  it('says the stored forms are recomputed', async () => {
    // The save's answer is held until the page has received its forms and the empty queue after them.
    await page.route('**/api/patterns/noun', async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      const response = await route.fetch();
      await page.waitForFunction(`(() => {
        const forms = window.receivedEvents.findIndex((event) => event.startsWith('forms '));
        return forms >= 0 && window.receivedEvents.slice(forms).some((event) => event.startsWith('queue {"queued":0,"patternChanges":0,'));
      })()`, undefined, { timeout: 60_000 });
      await route.fulfill({ response });
    });
    await page.goto(`${workbench.url}/#/pattern/noun`);
    const source = page.locator('#pattern-source');
    await source.waitFor();
    await page.locator('#stored table', { hasText: 'cats' }).first().waitFor();
    await source.fill((await source.inputValue()).replace('rule suffix +s', 'rule suffix +es'));
    await source.press('Control+s');
    await page.locator('#save-state', { hasText: 'recomputed' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('#save-state').textContent()).toBe('Saved, and the stored forms are recomputed.');
    expect(await page.locator('#stored table', { hasText: 'cates' }).count()).toBeGreaterThan(0);
  });
});
