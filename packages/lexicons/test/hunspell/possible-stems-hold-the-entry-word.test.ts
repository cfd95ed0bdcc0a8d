// The words ICONV's filter looks for are looked for only in the entries that could make them: for every
// word an entry makes, the entry's word is among the word's possible stems (prefixes and suffixes taken
// off in any order, strips put back), on dictionaries with prefixes, strips, two suffixes and FULLSTRIP.
// Each entry is expanded alone, without the ICONV filter.
import { compileHunspellGrammar, expandHunspell, readHunspellFiles, type HunspellLexicon } from '@paradigm/lexicons';
import { parseAffFile } from '../../src/hunspell/aff-file';
import { affixChanges, possibleStems, type AffixChanges } from '../../src/hunspell/input-conversion';
import { byteString, declaredEncoding, fieldDecoder } from '../../src/hunspell/text-encoding';
import { fixture, importFiles } from './hunspell-oracles';

/** The changes of the rules of the .aff at `paths.aff`. */
function changes(paths: { aff: string; dic: string }): AffixChanges {
  const { aff } = readHunspellFiles(paths.aff, paths.dic);
  const { set } = declaredEncoding(aff);
  return affixChanges(parseAffFile(byteString(aff, paths.aff), set, fieldDecoder(set, paths.aff, paths.aff), paths.aff));
}

/** The entries of `paths` (every `step`th) whose word is missing from the possible stems of a word it makes. */
function missed(paths: { aff: string; dic: string }, step: number): { lemma: string; word: string }[] {
  const lexicon: HunspellLexicon = importFiles(paths);
  const affixes = changes(paths);
  const grammar = compileHunspellGrammar(lexicon);
  const misses: { lemma: string; word: string }[] = [];
  lexicon.lexemes.forEach((lexeme, index) => {
    if (index % step !== 0) return;
    for (const word of expandHunspell({ ...lexicon, lexemes: [lexeme], inputConversion: { ...lexicon.inputConversion, table: [] } }, { grammar, outputConversion: false })) {
      if (!possibleStems([word], affixes).has(lexeme.lemma)) misses.push({ lemma: lexeme.lemma, word });
    }
  });
  return misses;
}

/** Fixtures of affix combinations. */
const COMBINATIONS = ['iconv', 'twofold-depth', 'prefix-in-twofold', 'prefix-continuation', 'prefix-suffix-prefix', 'conditions', 'shared-flag', 'circumfix', 'cross-product', 'continuation'];

describe('the entry that makes a word is among its possible stems', () => {
  for (const name of COMBINATIONS) it(`fixture ${name}`, () => expect(missed(fixture(name), 1)).toEqual([]));

  it('hr_HR (Debian hunspell-hr: FULLSTRIP, strips of up to 5 letters, two suffixes, a prefix), every 100th entry', () => {
    const paths = { aff: '/usr/share/hunspell/hr_HR.aff', dic: '/usr/share/hunspell/hr_HR.dic' };
    expect(changes(paths).suffixes.length).toBe(1806);
    expect(missed(paths, 100)).toEqual([]);
  }, 300_000);

  it('fr (Debian hunspell-fr: prefixes with strips, suffixes continuing into prefixes), every 1000th entry', () => {
    expect(missed({ aff: '/usr/share/hunspell/fr.aff', dic: '/usr/share/hunspell/fr.dic' }, 1000)).toEqual([]);
  }, 300_000);
});
