import { readerHoldingForms } from '@paradigm/persistence/testing';
import type { Page } from 'playwright-core';
import type { Workbench } from '../src';
import { screenshot } from './support/browser';
import { lockWaitNotice, timeless } from './support/lock-wait-notice';
import { openWorkbenchPage } from './support/workbench-page';

// An upload whose import waits for the lexicon behind another session's open transaction (a psql
// session left open) says so on the import page, naming that session and how to end the wait; once it
// ends, the import goes on and commits. In headless Chromium, on PostgreSQL: PGlite has one session.
describe('the import page while another session holds the lexicon (PostgreSQL, Chromium)', () => {
  let workbench: Workbench;
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    // No recompute loop in this process: its polls would hold the queue for an instant, and be named too
    // if the notice came at that instant.
    ({ workbench, page, close } = await openWorkbenchPage('postgres', __filename, { recompute: 'external' }));
  }, 60_000);
  afterAll(() => close?.());

  it('names the session, then imports once that session ends its transaction', async () => {
    const reader = await readerHoldingForms(workbench.context.db, 'forms-reader');
    try {
      await page.goto(`${workbench.url}/#/import`);
      await page.locator('#import-aff').setInputFiles({ name: 'words.aff', mimeType: 'text/plain', buffer: Buffer.from('SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n') });
      await page.locator('#import-dic').setInputFiles({ name: 'words.dic', mimeType: 'text/plain', buffer: Buffer.from('2\ndog/S\nhorse/S\n') });
      await page.locator('#import-replace').check();
      await page.getByRole('button', { name: 'Upload and import' }).click();
      await page.locator('#import-waiting').waitFor({ timeout: 60_000 });
      expect(timeless((await page.locator('#import-waiting').textContent())!)).toBe(lockWaitNotice(workbench, reader.pid, 'forms-reader', 'import'));
      await screenshot(page, 'import-waiting');
      await reader.release();
      await page.locator('#import-state', { hasText: 'Imported' }).waitFor({ timeout: 60_000 });
      expect(await page.locator('#import-state').textContent()).toBe('Imported words.aff + words.dic: 2 patterns, 2 lexemes, 4 forms, every one in place.');
    } finally {
      await reader.release();
    }
  }, 120_000);
});
