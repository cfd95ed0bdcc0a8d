import { type Connection, type CopyChunk, copyWriter, type Database, FORM_COLUMNS, replaceForms, withConnection } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { SMALL_ROWS } from '../src/writers/copy-rows';

type Row = [lexemeId: number, patternId: number, cell: string, form: string, position: number, analysis: string | null];

// Every character COPY escapes, a literal "\N" (not NULL), non-Latin scripts, an empty string, NULL.
const TEXTS = ['tab\there', 'new\nline\rcr\\back', '\\N', 'کتاب', 'e\u0301 किताबें книг 😀', ''];

/** `count` rows of lexemes 1..3 with every awkward text, position and analysis. */
function rowsOfSize(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => [1 + (i % 3), 1 + (i % 2), `C;${TEXTS[i % TEXTS.length]}`, `f${i}${TEXTS[(i + 1) % TEXTS.length]}`, i, i % 4 === 0 ? null : TEXTS[(i + 2) % TEXTS.length]!]);
}

/** A real connection that also records which statements ran through it (`query` text or `COPY`). */
function recording(conn: Connection, log: string[]): Connection {
  const recorder: Connection = {
    dialect: conn.dialect,
    query: (text, values) => (log.push(text.split(' ')[0]!), conn.query(text, values)),
    copyFrom: (sql: string, chunks: Iterable<CopyChunk> | AsyncIterable<CopyChunk>) => (log.push('COPY'), conn.copyFrom(sql, chunks)),
    transaction: (fn) => conn.transaction(() => fn(recorder)),
  };
  return recorder;
}

async function readAll(db: Database): Promise<Row[]> {
  return withConnection(db, async (conn) => {
    const { rows } = await conn.query<{ lexeme_id: number; pattern_id: number; cell: string; form: string; position: number; analysis: string | null }>(
      'SELECT lexeme_id, pattern_id, cell, form, position, analysis FROM forms ORDER BY lexeme_id, position',
    );
    return rows.map((r) => [r.lexeme_id, r.pattern_id, r.cell, r.form, r.position, r.analysis]);
  });
}

/** The same rows sent the plain way: `COPY forms FROM STDIN` of the copy writer's text. */
async function copyRows(db: Database, data: readonly Row[]): Promise<void> {
  const rows = copyWriter().newRows();
  for (const row of data) rows.add(...row);
  await withConnection(db, (conn) => conn.copyFrom(`COPY forms ${FORM_COLUMNS} FROM STDIN`, rows.chunks()));
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: the copy writer sends a small batch as one INSERT ... unnest that stores exactly what COPY stores`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
    });
    afterAll(() => db.close());

    it.each([
      [1, ['SELECT', 'WITH']],
      [SMALL_ROWS, ['SELECT', 'WITH']],
      [SMALL_ROWS + 1, ['SELECT', 'DELETE', 'COPY']],
    ])('%i rows: replaced with the statements %j, the same rows as COPY, old forms of the lexemes gone, lexeme 4 kept', async (count, statements) => {
      const data = rowsOfSize(count);
      await withConnection(db, (conn) => conn.query('TRUNCATE forms'));
      await copyRows(db, data);
      const expected = await readAll(db);
      expect(expected).toHaveLength(count);

      await withConnection(db, (conn) => conn.query('TRUNCATE forms'));
      await copyRows(db, [...rowsOfSize(5).map((row): Row => [row[0], row[1], row[2], `old ${row[3]}`, row[4], row[5]]), [4, 1, 'N', 'kept', 0, null]]);
      const rows = copyWriter().newRows();
      for (const row of data) rows.add(...row);
      const log: string[] = [];
      const written = await withConnection(db, (conn) => conn.transaction((tx) => replaceForms(recording(tx, log), [1, 2, 3], rows)));

      expect(written).toBe(count);
      // SELECT: the advisory locks; then one statement (WITH ... DELETE ... INSERT), or DELETE and COPY.
      expect(log).toEqual(statements);
      expect(await readAll(db)).toEqual([...expected, [4, 1, 'N', 'kept', 0, null]].sort((a, b) => (a[0] as number) - (b[0] as number) || (a[4] as number) - (b[4] as number)));
    });

    it('rows rolled back below the limit after passing it still go by COPY, and only those kept are stored', async () => {
      const kept = rowsOfSize(10);
      await withConnection(db, (conn) => conn.query('TRUNCATE forms'));
      await copyRows(db, kept);
      const expected = await readAll(db);
      await withConnection(db, (conn) => conn.query('TRUNCATE forms'));

      const rows = copyWriter().newRows();
      for (const row of kept) rows.add(...row);
      rows.mark();
      for (const row of rowsOfSize(SMALL_ROWS + 5)) rows.add(9, row[1], row[2], row[3], row[4], row[5]);
      rows.rollback();
      const log: string[] = [];
      expect(await withConnection(db, (conn) => conn.transaction((tx) => replaceForms(recording(tx, log), [1, 2, 3], rows)))).toBe(10);
      expect(log).toEqual(['SELECT', 'DELETE', 'COPY']);
      expect(await readAll(db)).toEqual(expected);
    });

    it('rows rolled back within the limit are not sent', async () => {
      const kept = rowsOfSize(4);
      await withConnection(db, (conn) => conn.query('TRUNCATE forms'));
      const rows = copyWriter().newRows();
      for (const row of kept) rows.add(...row);
      rows.mark();
      rows.add(9, 1, 'N', 'dropped', 0, null);
      rows.rollback();
      expect(await withConnection(db, (conn) => conn.transaction((tx) => replaceForms(tx, [1, 2, 3], rows, { locked: true })))).toBe(4);
      expect(await readAll(db)).toEqual([...kept].sort((a, b) => a[0] - b[0] || a[4] - b[4]));
    });
  });
}
