import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import type { Workbench } from '../src';
import { QueueWatcher } from '../src/events/queue-watcher';
import { type WorkbenchEvent, WorkbenchEvents } from '../src/events/workbench-events';
import { startTestWorkbench } from './support/start-test-workbench';

// A page's event stream starts with the queue's depth (`check(true)`). When it connects while the
// periodic read is in flight, its check reads again after that read, and must publish the depth even
// though it did not change; otherwise the page waits for a change that may never come. The same after a
// rebuild, whose end a page waits for before it reads the depth again.
for (const dialect of TEST_DIALECTS) {
  describe(`the queue watcher on ${dialect}`, () => {
    let workbench: Workbench;
    beforeAll(async () => {
      workbench = await startTestWorkbench(dialect, `${__filename}-${dialect}`, { recompute: 'external' });
    });
    afterAll(() => workbench.close());

    it('publishes an unchanged depth to a page that connects during a read', async () => {
      const events = new WorkbenchEvents();
      const published: WorkbenchEvent[] = [];
      events.subscribe((event) => published.push(event));
      const watcher = new QueueWatcher(workbench.context.db, events, 60_000);
      await watcher.check();
      const periodic = watcher.check();
      const connected = watcher.check(true);
      await Promise.all([periodic, connected]);
      await watcher.check();
      const depth = { queued: 0, patternChanges: 0, failed: 0 };
      expect(published).toEqual([{ name: 'queue', data: depth }, { name: 'queue', data: depth }]);
    });

    it('publishes the depth after a rebuild even when the periodic read published it already', async () => {
      const published: WorkbenchEvent[] = [];
      const { events, queue } = workbench.context;
      const unsubscribe = events.subscribe((event) => published.push(event));
      try {
        await queue.check(true);
        events.publish('rebuilt', { lexemes: 0, forms: 0 });
        await queue.check();
        const depth = { queued: 0, patternChanges: 0, failed: 0 };
        expect(published).toEqual([{ name: 'queue', data: depth }, { name: 'rebuilt', data: { lexemes: 0, forms: 0 } }, { name: 'queue', data: depth }]);
      } finally {
        unsubscribe();
      }
    });
  });
}
