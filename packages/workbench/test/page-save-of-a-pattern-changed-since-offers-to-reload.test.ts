import type { Page } from 'playwright-core';
import type { Workbench } from '../src';
import { screenshot } from './support/browser';
import { callApi } from './support/call-api';
import { waitUntil } from './support/wait-until';
import { openWorkbenchPage } from './support/workbench-page';

const ELSEWHERE = 'pattern verb\nrule => V;INF\nrule suffix +s => V;PRS;3SG\n';

// Two people edit one pattern: the page opened it, another client saved it since; the page's save is
// refused, says why, and offers the stored text. In headless Chromium, on PGlite.
describe('the pattern editor when the pattern changed since it was opened (Chromium)', () => {
  let workbench: Workbench;
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ workbench, page, close } = await openWorkbenchPage('pglite', __filename));
  });
  afterAll(() => close?.());

  it('refuses the save, names the pattern, and reloads the stored text when asked', async () => {
    await page.goto(`${workbench.url}/#/pattern/verb`);
    const source = page.locator('#pattern-source');
    await source.waitFor();
    expect((await callApi(workbench, 'PUT', '/api/patterns/verb', { body: { source: ELSEWHERE } })).status).toBe(200);
    await source.fill(`${await source.inputValue()}rule suffix +er => N;AGENT\n`);
    await page.getByRole('button', { name: 'Save' }).click();
    const alert = page.locator('#save-state [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Not saved: pattern "verb" was not saved: it changed since it was opened (another save stored other text); reload it to see that text, then make your change again',
    );
    await screenshot(page, 'save-conflict');
    await page.getByRole('button', { name: 'Reload the stored text' }).click();
    await waitUntil(async () => ((await source.inputValue()) === ELSEWHERE ? true : undefined), 'the stored text in the editor');
    expect(await page.locator('#save-state').textContent()).toBe('');
  });

  it('saves an edit of the reloaded text, and a second edit after that', async () => {
    const source = page.locator('#pattern-source');
    for (const rule of ['rule suffix +ing => V;PTCP\n', 'rule suffix +ed => V;PST\n']) {
      await source.fill(`${await source.inputValue()}${rule}`);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.locator('#save-state', { hasText: /^Saved/ }).waitFor();
    }
    expect((await callApi(workbench, 'GET', '/api/patterns/verb')).body.source).toBe(`${ELSEWHERE}rule suffix +ing => V;PTCP\nrule suffix +ed => V;PST\n`);
  });
});
