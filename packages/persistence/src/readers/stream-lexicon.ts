import type { Lexeme } from '@paradigm/core';
import type { Connection } from '../connection/connection';
import type { IdRange } from '../replace/replace-id-range';
import { lexemesOfPage } from './stream-lexemes';

const CURSOR = 'paradigm_lexicon';

// One statement over the whole lexicon, a merge join of the two primary keys, read through a cursor,
// instead of one keyset query per page whose subquery looks each lexeme's patterns up in the index.
// Each lexeme comes as its JSON text (not `json`, which the driver would parse row by row), and a page
// is parsed with one JSON.parse. Measured reading 50,000 lexemes (250,000 pattern links) in pages of
// 1000 in one REPEATABLE READ transaction, 4 alternating runs under load 10-16: server CPU 300-340 ms
// against 410-490 ms for the keyset pages, client CPU about the same (165-290 ms); in `recompute --all`
// (3 alternating runs, load 5-6) the reading session's CPU was 320-330 ms against 480-640 ms.
// Bounded: the ids in (`after`, `last`], written as literals (a statement with parameters cannot share
// its round trip); `after` is a bigint, as `BEFORE_FIRST_LEXEME_ID` is below the integer range.
const LEXICON_SQL = (range: IdRange | undefined) => `
  DECLARE ${CURSOR} NO SCROLL CURSOR FOR
  SELECT json_build_array(l.id, l.lemma, l.stem, l.root, l.gloss, coalesce(p.patterns, '{}'))::text AS lexeme
  FROM lexemes l
  LEFT JOIN (
    SELECT lexeme_id, array_agg(pattern_id ORDER BY position) AS patterns FROM lexeme_patterns
    ${range ? `WHERE lexeme_id > ${range.after}::bigint AND lexeme_id <= ${range.last}::int` : ''}
    GROUP BY lexeme_id
  ) p ON p.lexeme_id = l.id
  ${range ? `WHERE l.id > ${range.after}::bigint AND l.id <= ${range.last}::int` : ''}
  ORDER BY l.id`;

/**
 * Every lexeme (or those of `range`) in id order, `batchSize` at a time, each with its pattern ids in
 * position order, as one statement sees them: in `tx`'s transaction, which must be open (the cursor
 * lives in it; while it is open, that transaction cannot `COPY ... FREEZE`). Holds one page at a time; the cursor is closed once every page was read or the caller
 * stops early, and with the transaction otherwise.
 */
export async function* streamLexicon(tx: Connection, batchSize: number, range?: IdRange): AsyncGenerator<Lexeme[]> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`streamLexicon: batchSize must be a positive integer, got ${batchSize}`);
  if (range && !(Number.isInteger(range.after) && Number.isInteger(range.last))) throw new Error(`streamLexicon: the range's ends must be integers, got ${range.after} and ${range.last}`);
  const fetch = `FETCH ${batchSize} FROM ${CURSOR}`;
  let failed = false;
  try {
    // The cursor and its first page in one round trip.
    for (let first = true; ; first = false) {
      const { rows } = await tx.query<{ lexeme: string }>(first ? `${LEXICON_SQL(range)}; ${fetch}` : fetch);
      if (rows.length > 0) yield lexemesOfPage(`[${rows.map((row) => row.lexeme).join(',')}]`);
      if (rows.length < batchSize) return;
    }
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // After a failed statement the transaction is aborted, and its end drops the cursor.
    if (!failed) await tx.query(`CLOSE ${CURSOR}`);
  }
}
