import { drain, recomputeAll, SHARED } from './support/run-in-process';
import { untilASessionWaitsFor } from './support/lock-waits';
import { expectedFromDatabase, formsInTable, lexemes, query, useLexiconDatabase } from '../src/testing';

// A replace of the lexicon takes the queue, then the lexicon; a rebuild's registration takes the lexicon
// (as edits do), then the queue. When the two wait for each other, the server fails the one that waited
// first: here the registration, which then takes its locks again once the other side has gone on.
for (const shared of [false, true]) {
  describe(`\`recompute --all${shared ? ' --shared' : ''}\` whose registration a deadlock fails (PostgreSQL)`, () => {
    const database = useLexiconDatabase('postgres', `${__filename}-${shared ? 'shared' : 'default'}`, lexemes(8));

    it('registers again and rebuilds; the other side gets its locks in between', async () => {
      const db = database();
      await drain(db);
      const other = await db.acquire();
      try {
        await other.query('BEGIN');
        // The server fails the session whose deadlock check runs first, after its deadlock_timeout of
        // waiting: this side checks only after 60 s, so the registration (1 s) is the one failed, however
        // busy the machine.
        await other.query("SET LOCAL deadlock_timeout = '60s'");
        await other.query('LOCK TABLE recompute_queue IN SHARE ROW EXCLUSIVE MODE');
        const rebuild = recomputeAll(db, shared ? { selection: SHARED } : {});
        await untilASessionWaitsFor(db, 'recompute_queue');
        await other.query('LOCK TABLE lexemes IN ACCESS EXCLUSIVE MODE');
        await other.query('COMMIT');
        expect(await rebuild).toMatchObject({ lexemes: 8, failed: 0, interrupted: false });
      } finally {
        other.release();
      }
      expect(await formsInTable(db)).toEqual(await expectedFromDatabase(db));
      expect(await query(db, 'SELECT count(*)::int AS n FROM forms_rebuild')).toEqual([{ n: 0 }]);
    });
  });
}
