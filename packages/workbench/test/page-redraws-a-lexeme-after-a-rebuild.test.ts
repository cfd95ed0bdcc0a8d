import { registerRebuild, unregisterRebuild } from '@paradigm/persistence';
import { readerHoldingForms } from '@paradigm/persistence/testing';
import type { Page } from 'playwright-core';
import type { Workbench } from '../src';
import { screenshot } from './support/browser';
import { callApi } from './support/call-api';
import { waitUntil } from './support/wait-until';
import { openWorkbenchPage, tableCells } from './support/workbench-page';

// On PostgreSQL a save that queues most of the lexicon is rebuilt in one swap, announced as a single
// `rebuilt` event that names no lexeme: an open paradigm table must redraw on it all the same.
describe('the page in Chromium, on PostgreSQL, beside a rebuild of every form', () => {
  let workbench: Workbench;
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    // `verb` is taken by 3 of the 5 lexemes.
    ({ workbench, page, close } = await openWorkbenchPage('postgres', __filename, { rebuildFrom: { minimumLexemes: 3, share: 0.5 } }));
  });
  afterAll(() => close?.());

  const cells = (selector: string) => tableCells(page, selector);

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
    // The next test starts from a lexicon at rest: on a busy machine (load 14) the status has named a
    // rebuild under way after the new forms were drawn.
    await waitUntil(async () => ((await callApi(workbench, 'GET', '/api/status')).body.rebuild === null ? true : undefined), 'the rebuild to end');
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

  it('the editor says a save is rebuilding every form, shows the old stored forms until the swap, then the new', async () => {
    await page.goto(`${workbench.url}/#/pattern/verb`);
    const source = page.locator('#pattern-source');
    await source.waitFor();
    await page.locator('#stored table', { hasText: 'walks' }).first().waitFor();
    // A session reading `forms` in an open transaction holds the rebuild at its swap.
    const reader = await readerHoldingForms(workbench.context.db, 'page-test-reader');
    try {
      await source.fill((await source.inputValue()).replace('rule suffix +s => V;PRS;3SG', 'rule suffix +eth => V;PRS;3SG'));
      await source.press('Control+s');
      await page.locator('#save-state', { hasText: 'every form is being rebuilt' }).waitFor({ timeout: 60_000 });
      expect(await page.locator('#save-state').textContent()).toBe(
        'Saved. The queue holds most of the lexicon, so every form is being rebuilt at once; the stored forms below are the old ones until it swaps.',
      );
      expect(await page.locator('#stored table', { hasText: 'walketh' }).count()).toBe(0);
      await screenshot(page, 'rebuilding');
    } finally {
      await reader.release();
    }
    await page.locator('#stored table', { hasText: 'walketh' }).first().waitFor({ timeout: 60_000 });
    await page.locator('#save-state', { hasText: 'recomputed' }).waitFor({ timeout: 60_000 });
  });
});
