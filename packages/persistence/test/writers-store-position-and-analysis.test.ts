import { type Database, getWriter, replaceFormsInTransaction, withConnection, WRITER_NAMES } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';

type Row = [lexemeId: number, patternId: number, cell: string, form: string, position: number, analysis: string | null];

// Analyses with every character COPY escapes, a literal "\N" (not NULL), Urdu, and NULL itself.
const ROWS: Row[] = [
  [1, 1, 'N;SG', 'kitāb', 0, null],
  [1, 1, 'N;PL', 'kutub', 1, 'kitāb<n><pl>'],
  [1, 2, 'V', 'x', 2, 'tab\there\nnew\rcr\\back'],
  [1, 2, 'V', 'y', 3, '\\N'],
  [2, 3, 'N', 'کتاب', 7, 'کتاب<n><m><sg><nom>'],
  [2, 3, 'N', 'z', 2147483647, ''],
];

async function read(db: Database): Promise<Row[]> {
  return withConnection(db, async (conn) => {
    const { rows } = await conn.query<{ lexeme_id: number; pattern_id: number; cell: string; form: string; position: number; analysis: string | null }>(
      'SELECT lexeme_id, pattern_id, cell, form, position, analysis FROM forms ORDER BY lexeme_id, pattern_id, position',
    );
    return rows.map((r) => [r.lexeme_id, r.pattern_id, r.cell, r.form, r.position, r.analysis]);
  });
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: every writer stores each form's position and analysis (NULL when none)`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    for (const name of WRITER_NAMES) {
      it(name, async () => {
        const writer = getWriter(name);
        const rows = writer.newRows();
        for (const row of ROWS) rows.add(...row);
        expect(await replaceFormsInTransaction(db, [1, 2], rows)).toBe(ROWS.length);
        expect(await read(db)).toEqual(ROWS);
      });
    }
  });
}
