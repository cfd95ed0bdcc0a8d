import type { Lexeme } from '@paradigm/core';
import { type Queryable, withConnection } from '../connection/with-connection';

/** Options for {@link streamLexemes}. */
export interface StreamLexemesOptions {
  /** Lexemes per batch (one query each). */
  batchSize: number;
  /** Stop after this many lexemes in total. */
  limit?: number;
  /** Only these lexeme ids (missing ids are skipped). */
  ids?: readonly number[];
  /** Start after this id (resume a run). */
  afterId?: number;
}

interface LexemeRow {
  id: number;
  lemma: string;
  stem: string | null;
  root: string[] | null;
  gloss: string | null;
  patterns: number[];
}

// Keyset pagination (id > last ORDER BY id LIMIT n) costs the same for the millionth row as for the
// first; OFFSET would rescan everything before it. The patterns come in the same query, ordered by
// position, so a batch is one round trip however many lexemes it holds.
const BATCH_SQL = (filterIds: boolean) => `
  SELECT l.id, l.lemma, l.stem, l.root, l.gloss,
         coalesce((SELECT array_agg(lp.pattern_id ORDER BY lp.position) FROM lexeme_patterns lp WHERE lp.lexeme_id = l.id), '{}') AS patterns
  FROM lexemes l
  WHERE l.id > $1 ${filterIds ? 'AND l.id = ANY($3::int[])' : ''}
  ORDER BY l.id
  LIMIT $2`;

/**
 * Streams lexemes in id order, `batchSize` at a time, each with its pattern ids in position order.
 * Nothing holds more than one batch. Given a {@link Database}, each batch takes a connection only for
 * its own query, so on PGlite the caller can write between batches.
 */
export async function* streamLexemes(target: Queryable, options: StreamLexemesOptions): AsyncGenerator<Lexeme[]> {
  const { batchSize, limit = Infinity } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`streamLexemes: batchSize must be a positive integer, got ${batchSize}`);
  const ids = options.ids ? [...options.ids] : undefined;
  let last = options.afterId ?? -2147483648;
  let remaining = limit;
  while (remaining > 0) {
    const size = Math.min(batchSize, remaining);
    const values: unknown[] = ids ? [last, size, ids] : [last, size];
    const { rows } = await withConnection(target, (conn) => conn.query<LexemeRow>(BATCH_SQL(ids !== undefined), values));
    if (rows.length === 0) return;
    yield rows.map(toLexeme);
    remaining -= rows.length;
    if (rows.length < size) return;
    last = rows[rows.length - 1]!.id;
  }
}

function toLexeme(row: LexemeRow): Lexeme {
  return {
    id: row.id,
    lemma: row.lemma,
    ...(row.stem !== null ? { stem: row.stem } : {}),
    ...(row.root !== null ? { root: row.root } : {}),
    ...(row.gloss !== null ? { gloss: row.gloss } : {}),
    patterns: row.patterns,
  };
}
