import { compileGrammar } from '@paradigm/core';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { recomputeAll, SHARED } from './support/run-in-process';
import { expectedForms, formsInTable, lexemes, loadLexicon, PATTERNS, query } from '../src/testing';

const ENTRIES = lexemes(20);
/** Sessions waiting for a lock while they empty the shared rebuild's ranges (a plain rebuild discarding it). */
const DISCARD_WAITING_SQL =
  "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'DELETE FROM forms_rebuild_ranges%'";

// A plain `recompute --all` discards a shared rebuild whose processes still run. One of them may have
// claimed a range (its row locked) and not yet copied into the shared table: discarding must wait for
// that range and only then drop the table, else the range's COPY waits for the dropped table while the
// discard waits for the range's row, and the server ends one of them with "deadlock detected".
describe('a plain `recompute --all` while a `--shared` one holds a range it has not copied yet (PostgreSQL)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase('postgres', `${__filename}-postgres`, { maxConnections: 8 });
    await loadLexicon(db, PATTERNS, ENTRIES);
  });
  afterAll(() => db.close());

  it('lets the range commit, then discards the shared rebuild; both end and the forms are exact', async () => {
    let claimed!: () => void;
    const inRange = new Promise<void>((resolve) => (claimed = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const shared = recomputeAll(db, {
      selection: SHARED,
      hooks: {
        async at(point, batch) {
          if (point === 'after-claim' && batch === 1) {
            claimed();
            await released;
          }
        },
      },
    });
    await inRange;
    const plain = recomputeAll(db);
    // The plain rebuild has reached the shared one's ranges and waits for the claimed one.
    for (;;) {
      if ((await query<{ n: number }>(db, DISCARD_WAITING_SQL))[0]!.n === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    release();

    const [sharedEnd, plainEnd] = await Promise.allSettled([shared, plain]);
    const outcome = (end: PromiseSettledResult<unknown>) => (end.status === 'fulfilled' ? 'fulfilled' : (end.reason as Error).message);
    expect({ shared: outcome(sharedEnd), plain: outcome(plainEnd) }).toEqual({ shared: 'fulfilled', plain: 'fulfilled' });
    expect(plainEnd.status === 'fulfilled' && plainEnd.value).toMatchObject({ lexemes: 20, failed: 0, interrupted: false });
    expect(await formsInTable(db)).toEqual(expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES));
    expect(await query(db, "SELECT to_regclass('forms_next') AS next, (SELECT count(*) FROM forms_rebuild_ranges)::int AS ranges")).toEqual([{ next: null, ranges: 0 }]);
  });
});
