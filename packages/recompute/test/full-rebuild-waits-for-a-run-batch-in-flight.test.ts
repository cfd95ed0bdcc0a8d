import { runWorker, SILENT_PROGRESS, type WorkerConfig } from '../src';
import { drain, recomputeAll, SHARED } from './support/run-in-process';
import { expectedFromDatabase, formsInTable, lexemes, query, useLexiconDatabase } from '../src/testing';

const RUN = { command: 'run', method: 'copy', batchSize: 3, batchForms: 50_000, concurrency: 1, follow: false, pollMs: 50, retryFailed: false } as WorkerConfig;
/** `case` with one more rule: lexeme 1 (a noun, whose plural goes on to `case`) gains one form. */
const CASE_WITH_ABL = "pattern case\nrule => NOM\nrule suffix +'s => GEN\nrule suffix +ox => ABL\n";
const REGISTRATION_WAITING_SQL = "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%LOCK TABLE lexemes, lexeme_patterns, patterns, %'";

// The interleaving: a `run` batch claims lexeme 1 and reads it with the grammar of that moment; a
// pattern edit commits; `recompute --all` registers, rebuilds and swaps; the batch writes. Had the
// registration not waited for the batch, the batch (claimed before it, so not noted) would write its
// forms, computed without the edit, into the new table after the swap, and the swap would have dequeued
// the pattern change (committed before the registration, so in the rebuild's grammar): a form missing
// for good. The registration waits for the batch in flight instead.
for (const shared of [false, true]) {
  describe(`\`recompute --all${shared ? ' --shared' : ''}\` started while a \`run\` batch is between its read and its write (PostgreSQL)`, () => {
    const database = useLexiconDatabase('postgres', `${__filename}-${shared ? 'shared' : 'default'}`, lexemes(10));

    it('registers only once the batch committed, so the forms end exactly what the lexicon generates', async () => {
      const db = database();
      await drain(db);
      await query(db, "UPDATE lexemes SET lemma = 'cow' WHERE id = 1");
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let reached!: () => void;
      const paused = new Promise<void>((resolve) => (reached = resolve));
      const hooks = { at: async (point: string) => { if (point === 'after-read') { reached(); await released; } } };
      const run = runWorker(db, RUN, { progress: SILENT_PROGRESS, signal: new AbortController().signal, hooks });
      await paused;
      await query(db, "UPDATE patterns SET source = $1 WHERE name = 'case'", [CASE_WITH_ABL]);
      const rebuild = recomputeAll(db, shared ? { selection: SHARED } : {});
      // The registration waits on the lexeme queue, which the paused batch holds.
      while ((await query<{ waiting: number }>(db, REGISTRATION_WAITING_SQL))[0]!.waiting === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      release();
      await run;
      expect(await rebuild).toMatchObject({ lexemes: 10, failed: 0, interrupted: false });
      await drain(db);
      expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
      expect(await formsInTable(db)).toContain('1|1|N;PL;ABL|cowsox');
    });
  });
}
