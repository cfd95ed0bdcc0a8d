import type { Database } from '@paradigm/persistence';
import { queryRows } from '../shared/query-rows';

/**
 * What a database's lexicon is, to tell whether a killed command left it as it was before or as the
 * command makes it, and nothing between: a digest of the lexemes with their pattern links (by pattern
 * name, so that pattern ids do not count), and every pattern's source by name.
 */
export interface LexiconState {
  readonly lexemes: string;
  readonly patterns: Readonly<Record<string, string>>;
}

/** The lexicon in `db` (migrated). */
export async function lexiconState(db: Database): Promise<LexiconState> {
  const [lexemes] = await queryRows<{ digest: string }>(
    db,
    `SELECT md5(coalesce(string_agg(row(l.id, l.lemma, l.stem, l.root, l.gloss, links.names)::text, E'\\n' ORDER BY l.id), '')) AS digest
       FROM lexemes l
       LEFT JOIN LATERAL (SELECT string_agg(p.name, ',' ORDER BY lp.position, p.name) AS names
                            FROM lexeme_patterns lp JOIN patterns p ON p.id = lp.pattern_id
                           WHERE lp.lexeme_id = l.id) links ON true`,
  );
  const patterns = await queryRows<{ name: string; source: string }>(db, 'SELECT name, source FROM patterns ORDER BY name');
  return { lexemes: lexemes!.digest, patterns: Object.fromEntries(patterns.map((row) => [row.name, row.source])) };
}

/** Whether `a` and `b` are the same lexicon. */
export function sameLexicon(a: LexiconState, b: LexiconState): boolean {
  const names = Object.keys(a.patterns);
  return a.lexemes === b.lexemes && names.length === Object.keys(b.patterns).length && names.every((name) => a.patterns[name] === b.patterns[name]);
}
