import type { Lexeme } from '@paradigm/core';
import { type Queryable, withConnection } from '../connection/with-connection';
import { BEFORE_FIRST_LEXEME_ID } from '../schema/lexeme-ids';
import { LEXEME_VERSION_SQL } from './lexeme-versions';

/** Options for {@link streamLexemes}. */
export interface StreamLexemesOptions {
  /** Lexemes per batch (one query each). */
  batchSize: number;
  /** Stop after this many lexemes in total. */
  limit?: number;
  /** Only these lexeme ids (missing ids are skipped). */
  ids?: readonly number[];
  /** Start after this id (resume a run); default {@link BEFORE_FIRST_LEXEME_ID}, so the smallest id, -2147483648, is read too. */
  afterId?: number;
  /** Stop at this id (included): read one range of ids. */
  lastId?: number;
}

/** A page of lexemes with the row version of each (same order), as {@link streamVersionedLexemes} reads it. */
export interface VersionedPage {
  readonly lexemes: Lexeme[];
  /** `versions[i]` is `lexemes[i]`'s row version (see `lexeme-versions.ts`). */
  readonly versions: string[];
}

/** One lexeme as the page's JSON holds it: `[id, lemma, stem, root, gloss, patterns, version?]`. */
type LexemeTuple = [id: number, lemma: string, stem: string | null, root: string[] | null, gloss: string | null, patterns: number[], version?: string];

// Keyset pagination (id > last ORDER BY id LIMIT n) costs the same for the millionth row as for the
// first; OFFSET would rescan everything before it. The patterns come in the same query, ordered by
// position, so a batch is one round trip however many lexemes it holds. The whole page is one JSON
// value (one array per lexeme), not one row per lexeme: the driver's per-row work was the reader's
// main cost. Measured reading 50,000 lexemes in pages of 1000 (3 runs): client CPU 176-295 ms as rows,
// 74-112 ms as JSON; the server's 210-290 ms and 250-260 ms.
// `$1` is a bigint so that the page before the smallest integer id can be asked for.
const BATCH_SQL = (filterIds: boolean, versions: boolean, bounded: boolean) => `
  SELECT coalesce(json_agg(json_build_array(p.id, p.lemma, p.stem, p.root, p.gloss, p.patterns${versions ? ', p.version' : ''}) ORDER BY p.id), '[]') AS page
  FROM (
    SELECT l.id, l.lemma, l.stem, l.root, l.gloss,
           coalesce((SELECT array_agg(lp.pattern_id ORDER BY lp.position) FROM lexeme_patterns lp WHERE lp.lexeme_id = l.id), '{}') AS patterns
           ${versions ? `, ${LEXEME_VERSION_SQL} AS version` : ''}
    FROM lexemes l
    WHERE l.id > $1::bigint ${filterIds ? 'AND l.id = ANY($3::int[])' : ''} ${bounded ? `AND l.id <= $${filterIds ? 4 : 3}::int` : ''}
    ORDER BY l.id
    LIMIT $2
  ) p`;

/**
 * Streams lexemes in id order, `batchSize` at a time, each with its pattern ids in position order.
 * Nothing holds more than one batch. Given a {@link Database}, each batch takes a connection only for
 * its own query, so on PGlite the caller can write between batches.
 */
export async function* streamLexemes(target: Queryable, options: StreamLexemesOptions): AsyncGenerator<Lexeme[]> {
  for await (const page of pages(target, options, false)) yield page.lexemes;
}

/**
 * {@link streamLexemes} with each lexeme's row version, read in the same statement (so the versions
 * are exactly those of the data read). A writer that computed from a page compares them later, under
 * its locks, with {@link changedLexemes} to learn which lexemes changed since it read them.
 */
export function streamVersionedLexemes(target: Queryable, options: StreamLexemesOptions): AsyncGenerator<VersionedPage> {
  return pages(target, options, true);
}

/**
 * The lexemes of the ids in `$3` (those that exist, at most `$2`, ids above `$1`) as one JSON value
 * `page`: the statement {@link streamLexemes} runs, for a caller that reads them as part of a larger
 * statement (turn the value into lexemes with {@link lexemesOfPage}).
 */
export const LEXEMES_BY_ID_PAGE_SQL = BATCH_SQL(true, false, false);

/** The lexemes of a `page` value that {@link LEXEMES_BY_ID_PAGE_SQL} read. */
export function lexemesOfPage(page: unknown): Lexeme[] {
  return tuplesOf(page).map(toLexeme);
}

/** pg parses json itself; PGlite may hand it over as text. */
function tuplesOf(page: unknown): LexemeTuple[] {
  return typeof page === 'string' ? (JSON.parse(page) as LexemeTuple[]) : (page as LexemeTuple[]);
}

async function* pages(target: Queryable, options: StreamLexemesOptions, versions: boolean): AsyncGenerator<VersionedPage> {
  const { batchSize, limit = Infinity } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`streamLexemes: batchSize must be a positive integer, got ${batchSize}`);
  const ids = options.ids ? [...options.ids] : undefined;
  let last = options.afterId ?? BEFORE_FIRST_LEXEME_ID;
  let remaining = limit;
  while (remaining > 0) {
    const size = Math.min(batchSize, remaining);
    const values: unknown[] = ids ? [last, size, ids] : [last, size];
    if (options.lastId !== undefined) values.push(options.lastId);
    const sql = BATCH_SQL(ids !== undefined, versions, options.lastId !== undefined);
    const result = await withConnection(target, (conn) => conn.query<{ page: LexemeTuple[] | string }>(sql, values));
    const rows = tuplesOf(result.rows[0]!.page);
    if (rows.length === 0) return;
    yield { lexemes: rows.map(toLexeme), versions: versions ? rows.map((row) => row[6]!) : [] };
    remaining -= rows.length;
    if (rows.length < size) return;
    last = rows[rows.length - 1]![0];
  }
}

function toLexeme([id, lemma, stem, root, gloss, patterns]: LexemeTuple): Lexeme {
  const lexeme: { -readonly [K in keyof Lexeme]: Lexeme[K] } = { id, lemma, patterns };
  if (stem !== null) lexeme.stem = stem;
  if (root !== null) lexeme.root = root;
  if (gloss !== null) lexeme.gloss = gloss;
  return lexeme;
}
