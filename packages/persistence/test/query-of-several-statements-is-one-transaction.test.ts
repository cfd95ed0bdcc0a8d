import { type Database, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: a query of several statements (no values)`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      await withConnection(db, (conn) => conn.query('CREATE TABLE several (n int CHECK (n < 10))'));
    });
    afterAll(() => db.close());

    it("resolves to the last statement's result", async () => {
      const result = await withConnection(db, (conn) => conn.query<{ n: number }>('INSERT INTO several VALUES (1); INSERT INTO several VALUES (2); SELECT n FROM several ORDER BY n'));
      expect(result.rows).toEqual([{ n: 1 }, { n: 2 }]);
      expect(result.rowCount).toBe(2);
      expect(result.command).toBe('SELECT');
    });

    it('is one transaction: a failing statement rolls back those before it, and the connection stays usable', async () => {
      const rows = await withConnection(db, async (conn) => {
        await expect(conn.query('DELETE FROM several; INSERT INTO several VALUES (3); INSERT INTO several VALUES (11)')).rejects.toThrow(/several_n_check/);
        return (await conn.query<{ n: number }>('SELECT n FROM several ORDER BY n')).rows;
      });
      expect(rows).toEqual([{ n: 1 }, { n: 2 }]);
    });
  });
}
