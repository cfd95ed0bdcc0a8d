import { compileGrammar, generateRows } from '@paradigm/core';
import { type Database, getWriter, readPatterns, replaceFormsInTransaction, type SqlQuery, streamLexemes, withConnection } from '@paradigm/persistence';

/** Writes every lexeme's forms as the worker does (core's rows into a writer), then empties the queue. */
export async function recomputeAll(db: Database): Promise<void> {
  const { grammar } = compileGrammar(await readPatterns(db));
  const writer = getWriter('copy');
  for await (const lexemes of streamLexemes(db, { batchSize: 100 })) {
    const rows = writer.newRows();
    for (const lexeme of lexemes) generateRows(grammar, lexeme, rows);
    await replaceFormsInTransaction(db, lexemes.map((l) => l.id), rows);
  }
  await withConnection(db, async (conn) => {
    await conn.query('DELETE FROM recompute_queue');
    await conn.query('DELETE FROM recompute_pattern_queue');
  });
}

/** The plan of `query` with sequential scans off: the indexes it can read. */
export function planWithoutSeqScan(db: Database, query: SqlQuery): Promise<string> {
  return withConnection(db, async (conn) => {
    await conn.query('SET enable_seqscan = off');
    try {
      return (await conn.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query.text}`, query.values)).rows.map((row) => row['QUERY PLAN']).join('\n');
    } finally {
      await conn.query('RESET enable_seqscan');
    }
  });
}
