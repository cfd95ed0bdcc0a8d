import { type PooledConnection, withConnection } from '@paradigm/persistence';
import type { Page } from 'playwright-core';
import type { Workbench } from '../src';
import { openWorkbenchPage } from './support/workbench-page';
import { waitUntil } from './support/wait-until';

// The status page reloads its counts on every change of the queue, and counting the forms scans the
// whole table (seconds on millions of forms). Changes that come faster than the counts must not pile up
// requests: one at a time, then one more for whatever changed meanwhile. The counts are slowed here by
// a session that holds the forms table, as a long count would be.
describe('the status page in Chromium, on PostgreSQL, while the queue moves faster than the counts', () => {
  let workbench: Workbench;
  let page: Page;
  let close: () => Promise<void>;
  let inFlight = 0;
  let mostInFlight = 0;
  beforeAll(async () => {
    ({ workbench, page, close } = await openWorkbenchPage('postgres', __filename, { recompute: 'external' }));
    const isStatus = (url: string) => new URL(url).pathname === '/api/status';
    page.on('request', (request) => {
      if (isStatus(request.url())) mostInFlight = Math.max(mostInFlight, ++inFlight);
    });
    const ended = (request: { url(): string }) => void (isStatus(request.url()) && inFlight--);
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
  });
  afterAll(() => close?.());

  it('asks for one count at a time, and shows the last depth', async () => {
    await page.goto(`${workbench.url}/#/status`);
    await page.locator('#count-queued').waitFor();
    mostInFlight = inFlight;
    const holder: PooledConnection = await workbench.context.db.acquire();
    try {
      await holder.query('BEGIN; LOCK TABLE forms IN ACCESS EXCLUSIVE MODE');
      // Five edits, each seen by the queue watcher (every 250 ms) as a change of depth.
      for (const id of [1, 2, 3, 4, 5]) {
        await withConnection(workbench.context.db, (conn) => conn.query(`UPDATE lexemes SET gloss = 'edited' WHERE id = ${id}`));
        await page.waitForTimeout(400);
      }
      expect(mostInFlight).toBe(1);
    } finally {
      await holder.query('COMMIT');
      holder.release();
    }
    await waitUntil(async () => ((await page.locator('#count-queued').textContent()) === '5' ? true : undefined), 'the page to show the 5 lexemes queued');
    expect(mostInFlight).toBe(1);
  });
});
