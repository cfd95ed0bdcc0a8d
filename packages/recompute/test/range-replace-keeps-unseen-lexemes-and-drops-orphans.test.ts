import { copyWriter, replaceIdRange, withConnection } from '@paradigm/persistence';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { lexemes, query, useLexiconDatabase } from '../src/testing';

// A page of a full recompute read lexemes 1 and 3 of the range (0, 10]; lexeme 2 was inserted (with an
// explicit id) after the read, and a concurrent `worker run` already wrote its forms. Lexeme 9 does not
// exist, but forms of it were left behind (deleted with the triggers off).
for (const dialect of TEST_DIALECTS) {
  describe(`a full recompute page on ${dialect}`, () => {
    const database = useLexiconDatabase(dialect, __filename, lexemes(3));

    it('replaces its lexemes, removes forms of ids that have no lexeme, and leaves the lexeme it did not see', async () => {
      await query(database(), 'DELETE FROM recompute_queue');
      await query(database(), "INSERT INTO forms VALUES (2, 1, 'N;SG', 'cat'), (1, 1, 'N;SG', 'old'), (9, 1, 'N;SG', 'orphan'), (11, 1, 'N;SG', 'outside')");
      const rows = copyWriter().newRows();
      rows.add(1, 1, 'N;SG', 'city');
      rows.add(3, 3, 'V;INF', 'sing');
      await withConnection(database(), (conn) => conn.transaction((tx) => replaceIdRange(tx, { after: 0, last: 10 }, [1, 3], rows)));
      expect(await query(database(), 'SELECT lexeme_id, form FROM forms ORDER BY lexeme_id')).toEqual([
        { lexeme_id: 1, form: 'city' },
        { lexeme_id: 2, form: 'cat' },
        { lexeme_id: 3, form: 'sing' },
        { lexeme_id: 11, form: 'outside' },
      ]);
      expect(await query(database(), 'SELECT lexeme_id FROM recompute_queue ORDER BY lexeme_id')).toEqual([]);
    });
  });
}
