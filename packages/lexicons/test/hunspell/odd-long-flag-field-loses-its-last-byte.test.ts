// Under FLAG long a flag field of an odd number of bytes is read as libhunspell reads it, without its last
// byte, with a warning naming file and line (mn_MN.dic's licence lines carry such fields); under strict
// checking it is an error. Hunspell::spell() accepts exactly the words read so.
import { parseHunspell, readHunspellFiles } from '@paradigm/lexicons';
import { errorOf, fixture, importFiles, ourWords, SpellChecker } from './hunspell-oracles';

const ODD = 'has an odd number of characters but "FLAG long" needs two per flag';

function importText(aff: string, dic: string, strict = false) {
  return parseHunspell({ aff: Buffer.from(aff, 'utf8'), dic: Buffer.from(dic, 'utf8'), affName: 't.aff', dicName: 't.dic' }, { strict });
}

describe('an odd FLAG long field', () => {
  it('in the .dic: read without its last byte, one warning per field; strict: an error', () => {
    const lexicon = importFiles(fixture('flag-long-odd'));
    expect(ourWords(lexicon)).toEqual(['# https:', 'lock', 'locks', 'talk', 'unlock', 'unlocks', 'walk', 'walks']);
    expect(lexicon.warnings).toEqual([
      { file: 'flag-long-odd.dic', line: 2, problem: `flag field "/ab.example" ${ODD}; libhunspell reads it without its last character "e"; write two characters per flag` },
      { file: 'flag-long-odd.dic', line: 3, problem: `flag field "SsUnX" ${ODD}; libhunspell reads it without its last character "X"; write two characters per flag` },
      { file: 'flag-long-odd.dic', line: 4, problem: `flag field "Ssx" ${ODD}; libhunspell reads it without its last character "x"; write two characters per flag` },
      { file: 'flag-long-odd.dic', line: 5, problem: `flag field "S" ${ODD}; libhunspell reads it without its last character "S"; write two characters per flag` },
    ]);
    expect(lexicon.ignoredFlags.map(({ flag, line }) => `${line}:${flag}`)).toEqual(['2:/a', '2:b.', '2:ex', '2:am', '2:pl']);
    // Strict: an error at the first such field.
    const { aff, dic } = fixture('flag-long-odd');
    expect(errorOf(() => parseHunspell(readHunspellFiles(aff, dic), { strict: true }))).toBe(`flag-long-odd.dic:2: flag field "/ab.example" ${ODD}`);
  });

  it('libhunspell accepts the words read so and rejects what the dropped bytes would add', () => {
    const checker = new SpellChecker();
    try {
      const words = ourWords(importFiles(fixture('flag-long-odd')));
      expect(checker.rejected(fixture('flag-long-odd'), [...words, 'talks', 'untalk', 'unwalk', 'unwalks'])).toEqual(['talks', 'untalk', 'unwalk', 'unwalks']);
    } finally {
      checker.dispose();
    }
  });

  it('in the .aff (a continuation, an AF alias): read without its last byte, with a warning at the line; strict: an error', () => {
    const aff = 'FLAG long\nSFX Ss Y 1\nSFX Ss 0 s/UnX .\nPFX Un Y 1\nPFX Un 0 un .\n';
    const lexicon = importText(aff, '1\nlock/Ss\n');
    expect(ourWords(lexicon)).toEqual(['lock', 'locks', 'unlocks']);
    expect(lexicon.warnings).toEqual([{ file: 't.aff', line: 3, problem: `flag field "UnX" ${ODD}; libhunspell reads it without its last character "X"; write two characters per flag` }]);
    const aliased = importText('FLAG long\nAF 1\nAF SsX\nSFX Ss Y 1\nSFX Ss 0 s .\n', '1\nlock/1\n');
    expect(ourWords(aliased)).toEqual(['lock', 'locks']);
    expect(aliased.warnings).toEqual([{ file: 't.aff', line: 3, problem: `flag field "SsX" ${ODD}; libhunspell reads it without its last character "X"; write two characters per flag` }]);
    expect(errorOf(() => importText(aff, '1\nlock/Ss\n', true))).toBe(`t.aff:3: flag field "UnX" ${ODD}`);
  });
});
