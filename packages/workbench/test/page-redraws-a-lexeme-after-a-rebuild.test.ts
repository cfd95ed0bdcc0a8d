import { registerRebuild, unregisterRebuild } from '@paradigm/persistence';
import type { Browser, Page } from 'playwright-core';
import type { Workbench } from '../src';
import { launchChromium, PAGE_DIR, screenshot } from './support/browser';
import { callApi } from './support/call-api';
import { startTestWorkbench } from './support/start-test-workbench';

// On PostgreSQL a save that queues most of the lexicon is rebuilt in one swap, announced as a single
// `rebuilt` event that names no lexeme: an open paradigm table must redraw on it all the same.
describe('the page in Chromium, on PostgreSQL, beside a rebuild of every form', () => {
  let workbench: Workbench;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    // `verb` is taken by 3 of the 5 lexemes.
    workbench = await startTestWorkbench('postgres', __filename, { pageDir: PAGE_DIR, rebuildFrom: { minimumLexemes: 3, share: 0.5 } });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await workbench?.close();
  });

  const cells = (selector: string) => page.locator(selector).evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent)));

  it("redraws the open lexeme's paradigm table with the rebuilt forms, without a reload", async () => {
    await page.goto(`${workbench.url}/#/lexeme/3`);
    await page.locator('#lexeme table.paradigm').waitFor();
    expect(await cells('#lexeme table.paradigm tr')).toEqual([['Cell', 'verb'], ['V;INF', 'walk'], ['V;PST', 'walked'], ['V;PTCP', 'walking']]);
    const source = 'pattern verb\nrule => V;INF\nrule suffix +ed gloss +"<pst>" => V;PST\nrule suffix +ing => V;PTCP\nrule suffix +s => V;PRS;3SG\n';
    const saved = await callApi(workbench, 'PUT', '/api/patterns/verb', { body: { source } });
    expect(saved.status).toBe(200);
    await page.locator('#lexeme table.paradigm', { hasText: 'walks' }).waitFor({ timeout: 60_000 });
    expect(await cells('#lexeme table.paradigm tr')).toEqual([['Cell', 'verb'], ['V;INF', 'walk'], ['V;PST', 'walked'], ['V;PTCP', 'walking'], ['V;PRS;3SG', 'walks']]);
    await screenshot(page, 'rebuilt-lexeme');
  });

  it('the status page names a rebuild under way, and says the forms shown are the old ones', async () => {
    await page.goto(`${workbench.url}/#/status`);
    await page.locator('#rebuild').waitFor();
    expect(await page.locator('#rebuild').textContent()).toBe('none');
    const conn = await workbench.context.db.acquire();
    try {
      expect(await registerRebuild(conn)).toBe('registered');
      await page.reload();
      await page.locator('#rebuild', { hasText: 'under way' }).waitFor();
      expect((await page.locator('#rebuild').textContent())!.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[+-]\d\d/, 'T')).toBe(
        'every form, under way since T; the forms shown are the old ones until it swaps',
      );
      await screenshot(page, 'rebuild-under-way');
    } finally {
      await unregisterRebuild(conn);
      conn.release();
    }
  });
});
