import type { NativeLexeme } from '@paradigm/lexicons';
import type { LexiconSnapshot } from '@paradigm/persistence';

/** The lexemes of `snapshot`, a page (of `pageSize`) at a time in id order, naming their patterns (by the snapshot's own patterns). */
export async function* namedLexemes(snapshot: LexiconSnapshot, pageSize = 1000): AsyncGenerator<NativeLexeme[]> {
  const names = new Map(snapshot.patterns.map((pattern) => [pattern.id, pattern.name]));
  for await (const lexemes of snapshot.lexemes(pageSize)) yield lexemes.map((lexeme) => ({ ...lexeme, patterns: lexeme.patterns.map((id) => names.get(id)!) }));
}

