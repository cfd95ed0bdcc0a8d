import { sessionHolding } from '@paradigm/persistence/testing';
import type { Page } from 'playwright-core';
import type { Workbench } from '../src';
import { screenshot } from './support/browser';
import { callApi } from './support/call-api';
import { lockWaitNotice, timeless } from './support/lock-wait-notice';
import { openWorkbenchPage } from './support/workbench-page';

// A save in the pattern editor that waits for the lexicon behind another session's open transaction
// (a psql session left open after an UPDATE) says so under the editor, naming that session and how to
// end the wait; once it ends, the save goes on. In headless Chromium, on PostgreSQL: PGlite has one session.
describe('the pattern editor while another session holds the lexicon (PostgreSQL, Chromium)', () => {
  let workbench: Workbench;
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    // No recompute loop in this process: its polls would hold the queue for an instant, and be named too.
    ({ workbench, page, close } = await openWorkbenchPage('postgres', __filename, { recompute: 'external' }));
  }, 60_000);
  afterAll(() => close?.());

  it('names the session, then saves once that session ends its transaction', async () => {
    await page.goto(`${workbench.url}/#/pattern/verb`);
    const source = page.locator('#pattern-source');
    await source.waitFor();
    const edited = `${await source.inputValue()}rule suffix +er => N;AGENT\n`;
    await source.fill(edited);
    const holder = await sessionHolding(workbench.context.db, 'psql-left-open', "UPDATE patterns SET source = source WHERE name = 'noun'");
    try {
      await page.getByRole('button', { name: 'Save' }).click();
      await page.locator('#save-waiting').waitFor({ timeout: 60_000 });
      expect(timeless((await page.locator('#save-waiting').textContent())!)).toBe(lockWaitNotice(workbench, holder.pid, 'psql-left-open', 'save'));
      await screenshot(page, 'save-waiting');
      await holder.release();
      await page.locator('#save-state', { hasText: /^Saved/ }).waitFor({ timeout: 60_000 });
      expect(await page.locator('#save-waiting').count()).toBe(0);
      expect((await callApi(workbench, 'GET', '/api/patterns/verb')).body.source).toBe(edited);
    } finally {
      await holder.release();
    }
  }, 120_000);
});
