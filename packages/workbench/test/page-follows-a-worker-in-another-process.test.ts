import { withConnection } from '@paradigm/persistence';
import type { Page } from 'playwright-core';
import type { Workbench } from '../src';
import { screenshot } from './support/browser';
import { drain } from './support/small-lexicon';
import { openWorkbenchPage, tableCells } from './support/workbench-page';

// With `--recompute external` the forms are written by a worker in another process, which announces
// nothing to the page: a lexeme shown while it waits in the queue must still redraw once it is computed.
describe('the page in Chromium, on PostgreSQL, recompute left to another process', () => {
  let workbench: Workbench;
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ workbench, page, close } = await openWorkbenchPage('postgres', __filename, { recompute: 'external' }));
  });
  afterAll(() => close?.());

  const cells = (selector: string) => tableCells(page, selector);

  it('shows a queued lexeme as queued, then its new forms once the worker wrote them, without a reload', async () => {
    await withConnection(workbench.context.db, (conn) => conn.query("UPDATE lexemes SET lemma = 'stroll' WHERE id = 3"));
    await page.goto(`${workbench.url}/#/lexeme/3`);
    await page.locator('#lexeme h1', { hasText: 'stroll' }).waitFor();
    expect(await page.locator('#lexeme dd.busy').textContent()).toBe('queued: the forms below are not those of its current entry yet');
    expect(await cells('#lexeme table.paradigm tr')).toEqual([['Cell', 'verb'], ['V;INF', 'walk'], ['V;PST', 'walked'], ['V;PTCP', 'walking']]);
    await drain(workbench.context.db);
    await page.locator('#lexeme table.paradigm', { hasText: 'strolled' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('#lexeme dd.busy').count()).toBe(0);
    expect(await cells('#lexeme table.paradigm tr')).toEqual([['Cell', 'verb'], ['V;INF', 'stroll'], ['V;PST', 'strolled'], ['V;PTCP', 'strolling']]);
    await screenshot(page, 'external-worker-wrote');
  });

  it('redraws a lexeme the worker wrote while the page was reading it, though the queue does not move again', async () => {
    await withConnection(workbench.context.db, (conn) => conn.query("UPDATE lexemes SET lemma = 'fetch' WHERE id = 4"));
    // The page's first reading of the lexeme (queued, the old forms) is answered only after the page
    // has seen the queue empty: no later move of the queue tells it to read again.
    await page.route('**/api/lexemes/4', async (route) => {
      const response = await route.fetch();
      await page.locator('#queue-badge', { hasText: 'recomputing' }).waitFor({ timeout: 60_000 });
      await drain(workbench.context.db);
      await page.locator('#queue-badge', { hasText: 'up to date' }).waitFor({ timeout: 60_000 });
      await route.fulfill({ response });
    }, { times: 1 });
    await page.goto(`${workbench.url}/#/lexeme/4`);
    await page.locator('#lexeme table.paradigm', { hasText: 'fetched' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('#lexeme dd.busy').count()).toBe(0);
    expect(await cells('#lexeme table.paradigm tr')).toEqual([['Cell', 'verb'], ['V;INF', 'fetch'], ['V;PST', 'fetched'], ['V;PTCP', 'fetching']]);
  });
});
