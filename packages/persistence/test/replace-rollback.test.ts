import { type Connection, type Database, getWriter, replaceForms, replaceFormsInTransaction, withConnection, WRITER_NAMES } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { type FormRow, readForms, rowsOf, sortRows } from './support/forms';

const OLD: FormRow[] = [
  [1, 1, 'N;SG', 'kept1'],
  [2, 1, 'N;SG', 'kept2'],
];
// Enough rows that the COPY is well under way (several 64 KiB chunks sent) when the failure comes.
const NEW: FormRow[] = Array.from({ length: 30000 }, (_, i) => [1 + (i % 2), 1, `C${i}`, `new${i}`]);

/** `tx`, except that a COPY's chunk source throws after `chunks` chunks, as a crashing generator would. */
function failingMidCopy(tx: Connection, chunks: number): Connection {
  return {
    dialect: tx.dialect,
    query: (text, values) => tx.query(text, values),
    transaction: (fn) => tx.transaction(fn),
    copyFrom: (sql, source) =>
      tx.copyFrom(sql, (async function* () {
        let sent = 0;
        for await (const chunk of source) {
          if (sent === chunks) throw new Error('generator failed mid-COPY');
          sent += 1;
          yield chunk;
        }
      })()),
  };
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: a failure anywhere in a replace rolls the whole batch back`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      await replaceFormsInTransaction(db, [1, 2], rowsOf(getWriter('copy'), OLD));
      await withConnection(db, (conn) => conn.query("ALTER TABLE forms ADD CONSTRAINT no_refused CHECK (form <> 'refused')"));
    });
    afterAll(() => db.close());

    it('a chunk source that throws mid-COPY: the error propagates, old forms stay, the connection works', async () => {
      await withConnection(db, async (conn) => {
        await expect(conn.transaction((tx) => replaceForms(failingMidCopy(tx, 5), [1, 2], rowsOf(getWriter('copy'), NEW)))).rejects.toThrow('generator failed mid-COPY');
        expect((await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM forms')).rows).toEqual([{ n: 2 }]);
      });
      expect(await readForms(db)).toEqual(sortRows(OLD));
    });

    it("a chunk source's own error comes back as it was thrown, not as the server's answer to the aborted COPY", async () => {
      class SourceStopped extends Error {}
      const thrown = new SourceStopped('stopped by its source');
      const source = async function* (): AsyncGenerator<string> {
        throw thrown;
      };
      await withConnection(db, async (conn) => {
        await expect(conn.transaction((tx) => tx.copyFrom('COPY forms (cell, form) FROM STDIN', source()))).rejects.toBe(thrown);
        expect((await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM forms')).rows).toEqual([{ n: 2 }]);
      });
    });

    it.each(WRITER_NAMES)('%s: a row the server refuses (a CHECK constraint) near the end: old forms stay, the connection works', async (name) => {
      const rows = NEW.map((r, i): FormRow => (i === NEW.length - 10 ? [r[0], r[1], r[2], 'refused'] : r));
      await withConnection(db, async (conn) => {
        await expect(conn.transaction((tx) => replaceForms(tx, [1, 2], rowsOf(getWriter(name), rows)))).rejects.toThrow('new row for relation "forms" violates check constraint "no_refused"');
        expect((await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM forms')).rows).toEqual([{ n: 2 }]);
      });
      expect(await readForms(db)).toEqual(sortRows(OLD));
    });

    it('a failure after the write (inside the same transaction) undoes the delete and the write', async () => {
      await expect(
        withConnection(db, (conn) =>
          conn.transaction(async (tx) => {
            await replaceForms(tx, [1, 2], rowsOf(getWriter('copy'), NEW));
            throw new Error('later step failed');
          }),
        ),
      ).rejects.toThrow('later step failed');
      expect(await readForms(db)).toEqual(sortRows(OLD));
    });
  });
}
