import type { Database } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { drain, recomputeAll } from './support/run-in-process';
import { formsInTable, lexemes, loadLexicon, PATTERNS, query } from '../src/testing';

/** Sessions of this database waiting for a lock. */
const WAITING_SQL = "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";

// A `TRUNCATE lexeme_patterns, forms` (what a replace of the lexicon does, in one statement) that
// arrives once a plain `recompute --all` has created its new table: the rebuild's reader must already
// hold the lexicon, else the TRUNCATE takes it and waits for the writer's lock on `forms`, the reader
// waits for the TRUNCATE, and the writer, idle in its transaction, for the reader, until the server's
// idle-in-transaction timeout ends the rebuild (exit 3; here the test hangs). Here the rebuild ends, then the TRUNCATE.
describe('a full rebuild and a TRUNCATE of the lexicon and forms started in its first steps (PostgreSQL)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', `${__filename}-postgres`, { maxConnections: 8 });
    await loadLexicon(db, PATTERNS, lexemes(20));
    await drain(db);
  });
  afterAll(() => db.close());

  it('both end, the rebuild first, and once drained no form is left', async () => {
    const ended: string[] = [];
    let truncate: Promise<unknown> | undefined;
    const rebuild = recomputeAll(db, {
      hooks: {
        async at(point) {
          // The rebuild's end is its commit: what it does after (unregistering, releasing its sessions)
          // may take longer than the TRUNCATE that the commit let go on.
          if (point === 'after-commit') ended.push('rebuild');
          if (point !== 'rebuild-created') return;
          truncate = query(db, 'TRUNCATE lexeme_patterns, forms').then(() => ended.push('truncate'));
          while ((await query<{ n: number }>(db, WAITING_SQL))[0]!.n === 0) await new Promise((resolve) => setTimeout(resolve, 20));
        },
      },
    });
    await rebuild;
    await truncate;
    expect(ended).toEqual(['rebuild', 'truncate']);
    await drain(db);
    expect(await formsInTable(db)).toEqual([]);
  });
});
