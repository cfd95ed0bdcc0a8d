import type { Database } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { runWorker, SILENT_PROGRESS, type WorkerConfig } from '../src';
import { lexemes, query, useLexiconDatabase } from '../src/testing';

const CONFIG = { command: 'run', follow: true, pollMs: 100, retryFailed: false, method: 'copy', batchSize: 10, batchForms: 50_000, concurrency: 1 } as const satisfies WorkerConfig;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function formsOf(db: Database, id: number, within: number): Promise<unknown[]> {
  let rows: unknown[] = [];
  for (let waited = 0; rows.length === 0 && waited <= within; waited += 50) {
    await pause(50);
    rows = await query(db, "SELECT cell, form FROM forms WHERE lexeme_id = $1 AND cell = 'N;PL;GEN'", [id]);
  }
  return rows;
}

for (const dialect of TEST_DIALECTS) {
  describe(`run --follow without notifications on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, lexemes(5));

    it('still finds edits by polling (PGlite has no listener; on PostgreSQL the session listening on the queue is killed)', async () => {
      const db = database();
      const stop = new AbortController();
      const lost: string[] = [];
      const running = runWorker(db, CONFIG, { progress: SILENT_PROGRESS, signal: stop.signal, onListenerLost: (error) => lost.push(error.message) });
      try {
        if (dialect === 'postgres') {
          let killed: unknown[] = [];
          for (let i = 0; i < 300 && killed.length === 0; i++) {
            await pause(100);
            killed = await query(db, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN "paradigm_recompute"'`);
          }
          expect(killed).toEqual([{ pg_terminate_backend: true }]);
        }
        // One statement, so a poll cannot claim the lexeme between its two rows (and compute it twice).
        await query(db, "WITH l AS (INSERT INTO lexemes (id, lemma) VALUES (50, 'dog') RETURNING id) INSERT INTO lexeme_patterns SELECT id, 1, 0 FROM l");
        expect(await formsOf(db, 50, 30_000)).toEqual([{ cell: 'N;PL;GEN', form: "dogs's" }]);
      } finally {
        // Also when an expectation fails, so the database can close.
        stop.abort();
      }
      const report = await running;
      expect(report).toMatchObject({ lexemes: 6, interrupted: true });
      expect(lost).toHaveLength(dialect === 'postgres' ? 1 : 0);
    });
  });
}
