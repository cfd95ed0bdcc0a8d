import { withConnection } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { QueueWatcher, readQueueDepth } from '../src/events/queue-watcher';
import { type WorkbenchEvent, WorkbenchEvents } from '../src/events/workbench-events';
import { startTestWorkbench } from './support/start-test-workbench';

// A save checks the queue right after its commit. A periodic read in flight then may have taken its
// snapshot before that commit: joining it would publish the depth without the save's change, and a page
// would not see the change queued until the next change of depth. The check reads again after it.
for (const dialect of TEST_DIALECTS) {
  describe(`a queue check asked while a read is in flight, on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`, { recompute: 'external' });
    });
    afterAll(() => workbench.close());

    it('publishes the depth read after the change, not the one read before it', async () => {
      const { db } = workbench.context;
      const events = new WorkbenchEvents();
      const published: WorkbenchEvent[] = [];
      events.subscribe((event) => published.push(event));
      // The first read is held after it has read the depth, until the change has committed.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let reads = 0;
      const watcher = new QueueWatcher(db, events, 60_000, async (database) => {
        const depth = await readQueueDepth(database);
        if (++reads === 1) await held;
        return depth;
      });
      const periodic = watcher.check();
      while (reads === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      await withConnection(db, (conn) => conn.query("UPDATE lexemes SET lemma = 'stroll' WHERE id = 3"));
      const saved = watcher.check(true);
      const alsoSaved = watcher.check();
      release();
      await Promise.all([periodic, saved, alsoSaved]);
      expect(reads).toBe(2);
      expect(published).toEqual([
        { name: 'queue', data: { queued: 0, patternChanges: 0, failed: 0 } },
        { name: 'queue', data: { queued: 1, patternChanges: 0, failed: 0 } },
      ]);
    });
  });
}
