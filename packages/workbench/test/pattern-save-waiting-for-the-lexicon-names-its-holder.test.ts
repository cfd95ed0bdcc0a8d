import { sessionHolding } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { callApi } from './support/call-api';
import { openEventStream } from './support/event-stream';
import { lockWaitNotice, timeless } from './support/lock-wait-notice';
import { versionOf } from './support/pattern-version';
import { PATTERNS } from './support/small-lexicon';
import { startTestWorkbench } from './support/start-test-workbench';

const EDITED = `${PATTERNS[2]!.source}rule suffix +er => N;AGENT\n`;

// A save waits for the lexicon's tables while another session's transaction holds them (a psql
// session left open after an UPDATE); after a few seconds the server tells the pages who holds them (a
// `saving` event), and the save answers once that session ends. PostgreSQL: PGlite has one session.
describe('PUT /api/patterns/:name while another session holds the lexicon (PostgreSQL)', () => {
  let workbench: Workbench;
  beforeAll(async () => {
    // No recompute loop in this process: its polls would hold the queue for an instant, and be named too.
    workbench = await startTestWorkbench('postgres', __filename, { recompute: 'external' });
  });
  afterAll(() => workbench.close());

  it.each([
    ['with the version it opened', true],
    ['without a version', false],
  ])('%s, names the session in a saving event, then stores the text once it ends', async (_how, versioned) => {
    const events = await openEventStream(workbench);
    const holder = await sessionHolding(workbench.context.db, 'psql-left-open', "UPDATE patterns SET source = source WHERE name = 'noun'");
    try {
      const stored = (await callApi(workbench, 'GET', '/api/patterns/verb')).body.version;
      const body = versioned ? { source: `${EDITED}# ${stored}\n`, version: stored } : { source: `${EDITED}# unversioned\n` };
      const saving = callApi(workbench, 'PUT', '/api/patterns/verb', { body });
      const event = await events.next((e) => e.name === 'saving');
      expect([event.data.name, timeless(event.data.message)]).toEqual(['verb', lockWaitNotice(workbench, holder.pid, 'psql-left-open', 'save')]);
      await holder.release();
      const saved = await saving;
      expect([saved.status, saved.body.version]).toEqual([200, versionOf(body.source)]);
    } finally {
      await holder.release();
      await events.close();
    }
  }, 120_000);
});
