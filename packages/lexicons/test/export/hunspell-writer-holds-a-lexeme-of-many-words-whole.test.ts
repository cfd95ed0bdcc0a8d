// A lexeme's first generation holds FIRST_HELD_WORDS words at most: one that makes more is generated again,
// whole, when its generation does not fail, and is written like any other; one that passes the limit of
// forms is left out from the survey on, and both readings count the same words.
import { formatHunspell, HunspellWriter, type NativeLexeme, parseNativeLexicon } from '../../src';
import { FIRST_HELD_WORDS } from '../../src/export/hunspell/lexeme-words';

/** `count` distinct suffixes of two letters from `letters`. */
function suffixes(letters: string, count: number): string[] {
  return [...letters].flatMap((a) => [...letters].map((b) => a + b)).slice(0, count);
}

/** A pattern of `first` suffixes, each continuing into a class of `second` suffixes (and the form itself). */
function twoSuffixes(name: string, first: number, second: number): string {
  return [
    `pattern ${name}`,
    ...suffixes('abcdefghijklmnopqrstuvwxyz', first).map((suffix, i) => `rule suffix +${suffix} => S${i} > ${name}-2`),
    '',
    `pattern ${name}-2`,
    'rule => T',
    ...suffixes('vwxyz0123456789', second).map((suffix, i) => `rule suffix +${suffix} => T${i}`),
    '',
  ].join('\n');
}

describe('HunspellWriter, a lexeme of more words than its first generation holds', () => {
  // 120 x (1 + 100) = 12,120 distinct words a lexeme; 460 x (1 + 225) = 103,960 forms, past the 100,000 of the limit.
  const { patterns } = parseNativeLexicon({ patternFiles: [{ file: 'many.patterns', text: twoSuffixes('many', 120, 100) + twoSuffixes('huge', 460, 225) }] });
  const lexemes: NativeLexeme[] = [
    { id: 1, lemma: 'kor', patterns: ['many'] },
    { id: 2, lemma: 'mes', patterns: ['huge'] },
    { id: 3, lemma: 'pol', patterns: ['many'] },
  ];

  it('is written as stem/FLAGS with every word; one past the limit of forms is left out, and both readings count alike', () => {
    expect(12_120).toBeGreaterThan(FIRST_HELD_WORDS);
    const writer = new HunspellWriter(patterns);
    writer.survey(lexemes);
    expect(writer.generatedWords).toBe(2 * 12_120);
    const result = writer.result([writer.write(lexemes.slice(0, 2)), writer.write(lexemes.slice(2))]);
    expect(writer.generatedWords).toBe(4 * 12_120);
    // C is NEEDAFFIX: the stem alone is no word of the pattern.
    expect(result.aff).toContain('\nNEEDAFFIX C\n');
    expect(result.dic).toBe('2\nkor/AC\npol/AC\n');
    expect(result.asWords).toEqual([]);
    expect(result.leftOut).toEqual([
      {
        lexemeId: 2,
        lemma: 'mes',
        reason:
          'its generation fails, so it has no forms: pattern "huge" derives more than 100000 forms for this lexeme (counting forms held back for their continuations; the limit, maxFormsPerLexeme), so its generation stopped; look for continuations that multiply (each level multiplies the forms by its rule count), or raise the limit',
      },
    ]);
    expect(formatHunspell(patterns, lexemes)).toEqual(result);
  });

  it('is read back as every one of its words: a lexeme whose entry made other words would be written as plain words', () => {
    const result = formatHunspell(patterns, lexemes.slice(0, 1));
    expect({ dic: result.dic, asWords: result.asWords, affixEntries: result.affixEntries }).toEqual({ dic: '1\nkor/AC\n', asWords: [], affixEntries: 1 });
  });
});
