import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { formatSummary, runWorker, SILENT_PROGRESS, type WorkerConfig } from '../src';
import { formsInTable, lexemes, query, useLexiconDatabase } from '../src/testing';

const CONFIG = { method: 'copy', batchSize: 3, batchForms: 50_000, concurrency: 2, command: 'recompute', selection: { kind: 'all' } } as WorkerConfig;

// A `recompute --all` stopped by Ctrl-C rolls its rebuild back: its summary counts nothing done, and says
// that every form is as it was, rather than leaving "0 lexemes, 0 forms" after seconds of work unexplained.
for (const dialect of TEST_DIALECTS) {
  describe(`recompute --all interrupted (${dialect})`, () => {
    const database = useLexiconDatabase(dialect, __filename, lexemes(20));

    it('says that the rebuild stopped before its swap and every form is as it was', async () => {
      await query(database(), 'DELETE FROM forms');
      await query(database(), "INSERT INTO forms SELECT id, 1, 'OLD', 'old' || id FROM lexemes");
      const old = await formsInTable(database());
      const stop = new AbortController();
      const report = await runWorker(database(), CONFIG, {
        progress: SILENT_PROGRESS,
        signal: stop.signal,
        hooks: {
          async at(point, batch) {
            if (point === 'after-write' && batch === 2) stop.abort();
          },
        },
      });
      expect(report).toMatchObject({ interrupted: true, lexemes: 0, forms: 0 });
      expect(formatSummary(report, { run: 'worker run', fill: '' }).split('\n').slice(1)).toEqual([
        'The rebuild stopped before the new table was swapped in: every form is as it was before it, and nothing it computed was kept.',
        '',
      ]);
      expect(await formsInTable(database())).toEqual(old);
    });
  });
}
