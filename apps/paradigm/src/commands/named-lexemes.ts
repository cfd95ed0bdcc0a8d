import type { NativeLexeme } from '@paradigm/lexicons';
import { type Database, type LexiconSnapshot, withLexiconSnapshot } from '@paradigm/persistence';

/** The lexemes of `snapshot`, a page (of `pageSize`) at a time in id order, naming their patterns (by the snapshot's own patterns). */
export async function* namedLexemes(snapshot: LexiconSnapshot, pageSize = 1000): AsyncGenerator<NativeLexeme[]> {
  const names = new Map(snapshot.patterns.map((pattern) => [pattern.id, pattern.name]));
  for await (const lexemes of snapshot.lexemes(pageSize)) yield lexemes.map((lexeme) => ({ ...lexeme, patterns: lexeme.patterns.map((id) => names.get(id)!) }));
}

/**
 * The whole stored lexicon, patterns and named lexemes, as of one moment (one snapshot: an import or load
 * committing meanwhile is wholly in it or wholly out of it), for an export that formats it in memory.
 */
export async function readNamedLexicon(db: Database): Promise<{ patterns: LexiconSnapshot['patterns']; lexemes: NativeLexeme[] }> {
  return withLexiconSnapshot(db, async (snapshot) => {
    const lexemes: NativeLexeme[] = [];
    for await (const page of namedLexemes(snapshot)) lexemes.push(...page);
    return { patterns: snapshot.patterns, lexemes };
  });
}
