import { ColumnRows, type Connection, type Database, encodeForms, FORM_COLUMNS, type FormBatch, type FormWriter, getWriter, replaceForms, replaceFormsInTransaction, withConnection, WRITER_NAMES } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { batchOf, type FormRow, readForms, sortRows } from './support/forms';

const OLD: FormRow[] = [
  [1, 1, 'N;SG', 'kept1'],
  [2, 1, 'N;SG', 'kept2'],
];
// Enough rows that the COPY is well under way (several chunks sent) when the failure comes.
const NEW: FormRow[] = Array.from({ length: 30000 }, (_, i) => [1 + (i % 2), 1, `C${i}`, `new${i}`]);

/** A COPY writer whose chunk source throws after `chunks` chunks, as a crashing generator would. */
function failingCopyWriter(chunks: number): FormWriter {
  return {
    name: 'copy',
    newRows: () => new ColumnRows(),
    write: (tx: Connection, batch) =>
      tx.copyFrom(`COPY forms ${FORM_COLUMNS} FROM STDIN`, (function* () {
        let sent = 0;
        for (const chunk of encodeForms(batch as FormBatch, 4096)) {
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
      await replaceFormsInTransaction(db, getWriter('copy'), [1, 2], batchOf(OLD));
    });
    afterAll(() => db.close());

    it('a chunk source that throws mid-COPY: the error propagates, old forms stay, the connection works', async () => {
      await withConnection(db, async (conn) => {
        await expect(conn.transaction((tx) => replaceForms(tx, failingCopyWriter(5), [1, 2], batchOf(NEW)))).rejects.toThrow('generator failed mid-COPY');
        expect((await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM forms')).rows).toEqual([{ n: 2 }]);
      });
      expect(await readForms(db)).toEqual(sortRows(OLD));
    });

    it.each(WRITER_NAMES)('%s: a row the server refuses (NULL form) near the end: old forms stay, the connection works', async (name) => {
      const rows = NEW.map((r, i) => (i === NEW.length - 10 ? [r[0], r[1], r[2], null] : r)) as FormRow[];
      await withConnection(db, async (conn) => {
        await expect(conn.transaction((tx) => replaceForms(tx, getWriter(name), [1, 2], batchOf(rows)))).rejects.toThrow(/null value in column "form"/);
        expect((await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM forms')).rows).toEqual([{ n: 2 }]);
      });
      expect(await readForms(db)).toEqual(sortRows(OLD));
    });

    it('a failure after the write (inside the same transaction) undoes the delete and the write', async () => {
      await expect(
        withConnection(db, (conn) =>
          conn.transaction(async (tx) => {
            await replaceForms(tx, getWriter('copy'), [1, 2], batchOf(NEW));
            throw new Error('later step failed');
          }),
        ),
      ).rejects.toThrow('later step failed');
      expect(await readForms(db)).toEqual(sortRows(OLD));
    });
  });
}
