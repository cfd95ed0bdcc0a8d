import { lockInThisDatabase } from '@paradigm/persistence';
import { runWorker, SILENT_PROGRESS, type WorkerConfig } from '../src';
import { drain, recomputeAll, SHARED } from './support/run-in-process';
import { expectedFromDatabase, formsInTable, lexemes, query, useLexiconDatabase } from '../src/testing';

const RUN = { command: 'run', method: 'copy', batchSize: 3, batchForms: 50_000, concurrency: 1, follow: false, pollMs: 50, retryFailed: false } as WorkerConfig;
const SWAP_HOLDS_FORMS_SQL = `SELECT count(*)::int AS n FROM pg_locks WHERE relation = 'forms'::regclass AND mode = 'AccessExclusiveLock' AND granted AND ${lockInThisDatabase()}`;

// The interleaving: a rebuild registers and computes; a `run` batch then claims lexeme 3, which had
// failed before (the claim deletes its failure row), and reads it; the rebuild's swap takes `forms`;
// the batch goes on to write its forms and waits for `forms`. Had the swap then forgotten the failures
// of the lexemes it computed, lexeme 3's among them, it would have waited for the batch's deleted row
// while the batch waited for it: a deadlock, which the server ends by failing one of the two. The swap
// leaves a row a claim in flight holds to that claim instead.
for (const shared of [false, true]) {
  describe(`\`recompute --all${shared ? ' --shared' : ''}\` swapping while a \`run\` batch that claimed a failed lexeme waits to write (PostgreSQL)`, () => {
    const database = useLexiconDatabase('postgres', `${__filename}-${shared ? 'shared' : 'default'}`, lexemes(10));

    it('both commit, and the forms end exactly what the lexicon generates, with no failure left', async () => {
      const db = database();
      await drain(db);
      await query(db, "INSERT INTO recompute_failures (lexeme_id, reason) VALUES (3, 'an earlier failure'), (5, 'another one')");
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let read!: () => void;
      const batchRead = new Promise<void>((resolve) => (read = resolve));
      let run: Promise<unknown> | undefined;
      let rebuildEnded = false;
      const rebuild = recomputeAll(db, {
        ...(shared ? { selection: SHARED } : {}),
        hooks: {
          async at(point) {
            if (point !== 'rebuild-indexed') return;
            await query(db, 'INSERT INTO recompute_queue (lexeme_id) VALUES (3)');
            run = runWorker(db, RUN, { progress: SILENT_PROGRESS, signal: new AbortController().signal, hooks: { at: async (at: string) => { if (at === 'after-read') { read(); await released; } } } });
            await batchRead;
          },
        },
      }).finally(() => (rebuildEnded = true));
      await batchRead;
      // The batch writes once the swap holds `forms` (or, had the swap not waited for the batch, is done).
      while (!rebuildEnded && (await query<{ n: number }>(db, SWAP_HOLDS_FORMS_SQL))[0]!.n === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      release();
      expect(await rebuild).toMatchObject({ lexemes: 10, failed: 0, interrupted: false });
      expect(await run).toMatchObject({ failed: 0 });
      await drain(db);
      expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
      expect(await query(db, 'SELECT lexeme_id FROM recompute_failures')).toEqual([]);
    });
  });
}
