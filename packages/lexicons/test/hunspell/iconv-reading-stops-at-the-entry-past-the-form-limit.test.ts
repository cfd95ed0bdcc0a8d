// The ICONV readings before an expansion: the first (which generated words ICONV changes) ends at an entry
// past the limit of forms, as the expansion ends there and prints no later word; the second (which
// conversions are words) reads past it. Where the affixes add every character of the sources (myspell-hu's
// hu_HU.aff adds `&aring;`, its table converts `&ff;` and the like), the first reading takes every entry;
// it generated all of hu_HU's 78,797 entries up to the limit before the expansion stopped at the first.
import type { FormRowSink, Lexeme } from '@paradigm/core';
import { FormLimitReached } from '../../src/hunspell/entry-form-limit-error';
import { inputConversionRejects } from '../../src/hunspell/input-conversion-rejects';
import type { InputConversion } from '../../src/hunspell/input-conversion';

/** Entries 1-4; entry 2 passes the limit after its first word. Each entry's word is its only word. */
const LEXEMES: readonly Lexeme[] = [
  { id: 1, lemma: 'ax', patterns: [1] },
  { id: 2, lemma: 'bx', patterns: [1] },
  { id: 3, lemma: 'ay', patterns: [1] },
  { id: 4, lemma: 'cx', patterns: [1] },
];

/** `x` to `y`, with every character of the source added by some affix, so any entry may make a word holding it. */
const CONVERSION: InputConversion = {
  table: [{ from: 'x', to: 'y' }],
  entryChars: undefined,
  affixes: { prefixes: [], suffixes: [{ add: 'x', strip: '' }] },
};

describe('ICONV readings and the limit of forms per entry', () => {
  it('the first reading stops at the entry past the limit; the second goes on to the conversion made after it', () => {
    const generated: number[] = [];
    const generate = (lexeme: Lexeme, rows: FormRowSink): void => {
      generated.push(lexeme.id);
      rows.add(lexeme.id, 1, '', lexeme.lemma, 0, null);
      if (lexeme.id === 2) throw new FormLimitReached(lexeme.id, lexeme.lemma, 1);
    };
    const rejected = inputConversionRejects(CONVERSION, { lexemes: () => LEXEMES, generate, forbidden: new Set() });
    // ax converts to ay, made by entry 3 (after the stop): accepted; bx to by, made by none: rejected; cx,
    // after the stop, is never printed, so not looked at.
    expect(rejected).toEqual(['bx']);
    // First reading: entries 1 and 2 (past the limit), not 3 and 4; second: only entry 3, the one entry
    // whose word could make ay or by.
    expect(generated).toEqual([1, 2, 3]);
  });
});
