import { compileGrammar, generateRows } from '@paradigm/core';
import { type Database, getWriter, readPatterns, replaceFormsInTransaction, streamLexemes, withConnection } from '@paradigm/persistence';

/**
 * Writes every lexeme's forms as the worker does (core's rows into the copy writer) and empties the
 * queue: what `paradigm show` reads once the worker has run. Lexemes whose patterns fail get no forms.
 */
export async function recomputeAll(db: Database): Promise<void> {
  const { grammar } = compileGrammar(await readPatterns(db));
  const writer = getWriter('copy');
  for await (const lexemes of streamLexemes(db, { batchSize: 100 })) {
    const rows = writer.newRows();
    for (const lexeme of lexemes) {
      rows.mark();
      if (generateRows(grammar, lexeme, rows).some((summary) => summary.kind === 'error')) rows.rollback();
    }
    await replaceFormsInTransaction(db, lexemes.map((l) => l.id), rows);
  }
  await withConnection(db, async (conn) => {
    await conn.query('DELETE FROM recompute_queue');
    await conn.query('DELETE FROM recompute_pattern_queue');
  });
}

/** What the change queue holds: lexeme ids and pattern names. */
export async function queued(db: Database): Promise<{ lexemes: number[]; patterns: string[] }> {
  return withConnection(db, async (conn) => ({
    lexemes: (await conn.query<{ id: number }>('SELECT lexeme_id AS id FROM recompute_queue ORDER BY 1')).rows.map((r) => r.id),
    patterns: (await conn.query<{ name: string }>('SELECT name FROM recompute_pattern_queue ORDER BY 1')).rows.map((r) => r.name),
  }));
}
