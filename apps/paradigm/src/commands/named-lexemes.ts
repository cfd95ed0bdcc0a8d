import type { NativeLexeme } from '@paradigm/lexicons';
import type { LexiconSnapshot } from '@paradigm/persistence';

/** Pattern names by id, for {@link namedLexemes}. */
export type PatternNames = ReadonlyMap<number, string>;

/** The names of `patterns` by their ids. */
export function patternNames(patterns: readonly { readonly id: number; readonly name: string }[]): PatternNames {
  return new Map(patterns.map((pattern) => [pattern.id, pattern.name]));
}

/** The lexemes of `snapshot`, a page (of `pageSize`) at a time in id order, naming their patterns (`names`: the snapshot's own patterns). */
export async function* namedLexemes(snapshot: LexiconSnapshot, names: PatternNames, pageSize = 1000): AsyncGenerator<NativeLexeme[]> {
  for await (const lexemes of snapshot.lexemes(pageSize)) yield lexemes.map((lexeme) => ({ ...lexeme, patterns: lexeme.patterns.map((id) => names.get(id)!) }));
}
