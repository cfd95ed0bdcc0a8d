import type { NativeLexeme } from '@paradigm/lexicons';
import { type Database, streamLexemes } from '@paradigm/persistence';

/** The stored lexemes, a page at a time in id order, naming their patterns (`names`: pattern id to name). */
export async function* namedLexemes(db: Database, names: ReadonlyMap<number, string>): AsyncGenerator<NativeLexeme[]> {
  for await (const lexemes of streamLexemes(db, { batchSize: 1000 })) yield lexemes.map((lexeme) => ({ ...lexeme, patterns: lexeme.patterns.map((id) => names.get(id)!) }));
}
