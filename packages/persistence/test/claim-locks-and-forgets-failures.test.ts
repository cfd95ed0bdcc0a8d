import { claimLexemes, type Database, type LexemeClaim, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { FORMS_LOCK_CLASS } from '../src/replace/forms-locks';

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: one claim statement takes the lowest queued lexemes, forgets their failures and locks their forms`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    beforeEach(() =>
      withConnection(db, async (conn) => {
        await conn.query('TRUNCATE recompute_queue, recompute_pattern_queue, recompute_failures');
        await conn.query('INSERT INTO recompute_queue (lexeme_id) VALUES (9), (3), (7), (5)');
        await conn.query(`INSERT INTO recompute_failures (lexeme_id, reason) VALUES (3, 'old'), (9, 'kept')`);
      }),
    );

    it('claims 3, 5, 7 in order, deletes the failure of 3 and not that of 9, and holds their locks until the transaction ends', async () => {
      await withConnection(db, (conn) =>
        conn.transaction(async (tx) => {
          const claim = claimLexemes(3);
          const { rows } = await tx.query<LexemeClaim>(claim.text, claim.values);
          expect(rows).toEqual([{ lexeme_ids: [3, 5, 7], changes_queued: false }]);
          const locks = await tx.query<{ objid: number }>(
            "SELECT objid::int AS objid FROM pg_locks WHERE locktype = 'advisory' AND classid::int = $1 AND objsubid = 2 AND pid = pg_backend_pid() ORDER BY objid",
            [FORMS_LOCK_CLASS],
          );
          expect(locks.rows.map((row) => row.objid)).toEqual([3, 5, 7]);
        }),
      );
      await withConnection(db, async (conn) => {
        expect((await conn.query('SELECT lexeme_id FROM recompute_queue ORDER BY 1')).rows).toEqual([{ lexeme_id: 9 }]);
        expect((await conn.query('SELECT lexeme_id, reason FROM recompute_failures ORDER BY 1')).rows).toEqual([{ lexeme_id: 9, reason: 'kept' }]);
        expect((await conn.query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")).rows).toEqual([{ n: 0 }]);
      });
    });

    it('an empty claim says whether a pattern change is queued, and a rolled-back claim changes nothing', async () => {
      await withConnection(db, async (conn) => {
        await conn.query('TRUNCATE recompute_queue');
        await conn.query(`INSERT INTO recompute_pattern_queue (pattern_id, name) VALUES (1, 'p')`);
      });
      const claim = claimLexemes(10);
      const empty = await withConnection(db, (conn) => conn.transaction((tx) => tx.query<LexemeClaim>(claim.text, claim.values)));
      expect(empty.rows).toEqual([{ lexeme_ids: [], changes_queued: true }]);

      await withConnection(db, (conn) => conn.query('INSERT INTO recompute_queue (lexeme_id) VALUES (3)'));
      await expect(
        withConnection(db, (conn) =>
          conn.transaction(async (tx) => {
            expect((await tx.query<LexemeClaim>(claim.text, claim.values)).rows).toEqual([{ lexeme_ids: [3], changes_queued: true }]);
            throw new Error('given back');
          }),
        ),
      ).rejects.toThrow('given back');
      await withConnection(db, async (conn) => {
        expect((await conn.query('SELECT lexeme_id FROM recompute_queue')).rows).toEqual([{ lexeme_id: 3 }]);
        expect((await conn.query('SELECT lexeme_id FROM recompute_failures ORDER BY 1')).rows).toEqual([{ lexeme_id: 3 }, { lexeme_id: 9 }]);
      });
    });
  });
}
