// The words ICONV's filter looks for are looked for only in the entries that could make them: for every
// word an entry makes, the entry's word is among the word's possible stems (prefixes and suffixes taken
// off in any order, strips put back), on dictionaries with prefixes, strips, two suffixes and FULLSTRIP.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileHunspellGrammar, expandHunspell, type HunspellLexicon } from '@paradigm/lexicons';
import { possibleStems } from '../../src/hunspell/input-conversion';
import { fixture, importFiles } from './hunspell-oracles';

/** The entries of `lexicon` (every `step`th) whose word is missing from the possible stems of a word it makes. */
function missed(lexicon: HunspellLexicon, step: number): { lemma: string; word: string }[] {
  const grammar = compileHunspellGrammar(lexicon);
  const misses: { lemma: string; word: string }[] = [];
  lexicon.lexemes.forEach((lexeme, index) => {
    if (index % step !== 0) return;
    const alone = { ...lexicon, lexemes: [lexeme], inputConversion: { ...lexicon.inputConversion, table: [] } };
    for (const word of expandHunspell(alone, { grammar, outputConversion: false })) {
      if (!possibleStems(word, lexicon.inputConversion.affixes).has(lexeme.lemma)) misses.push({ lemma: lexeme.lemma, word });
    }
  });
  return misses;
}

/** Fixtures of affix combinations; each is read with an ICONV table added, so that its affixes are kept. */
const COMBINATIONS = ['twofold-depth', 'prefix-in-twofold', 'prefix-continuation', 'prefix-suffix-prefix', 'conditions', 'shared-flag', 'circumfix', 'cross-product', 'continuation'];

describe('the entry that makes a word is among its possible stems', () => {
  it('fixture iconv (a prefix and a suffix)', () => {
    expect(missed(importFiles(fixture('iconv')), 1)).toEqual([]);
  });

  for (const name of COMBINATIONS) {
    it(`fixture ${name}`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'possible-stems-'));
      try {
        const paths = { aff: join(dir, 'x.aff'), dic: join(dir, 'x.dic') };
        const [first, ...rest] = readFileSync(fixture(name).aff, 'utf8').split('\n');
        writeFileSync(paths.aff, [first, 'ICONV 1', 'ICONV ﬁ fi', ...rest].join('\n'));
        copyFileSync(fixture(name).dic, paths.dic);
        const lexicon = importFiles(paths);
        expect(lexicon.inputConversion.affixes.suffixes.length + lexicon.inputConversion.affixes.prefixes.length).toBeGreaterThan(0);
        expect(missed(lexicon, 1)).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('hr_HR (Debian hunspell-hr: FULLSTRIP, strips of up to 5 letters, two suffixes, a prefix), every 100th entry', () => {
    const lexicon = importFiles({ aff: '/usr/share/hunspell/hr_HR.aff', dic: '/usr/share/hunspell/hr_HR.dic' });
    expect(lexicon.inputConversion.affixes.suffixes.length).toBe(1806);
    expect(missed(lexicon, 100)).toEqual([]);
  }, 300_000);

  it('fr (Debian hunspell-fr: prefixes with strips, suffixes continuing into prefixes), every 1000th entry', () => {
    const lexicon = importFiles({ aff: '/usr/share/hunspell/fr.aff', dic: '/usr/share/hunspell/fr.dic' });
    expect(missed(lexicon, 1000)).toEqual([]);
  }, 300_000);
});
