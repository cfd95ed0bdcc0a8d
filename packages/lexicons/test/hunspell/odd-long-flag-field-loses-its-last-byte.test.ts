// Under FLAG long a flag field of an odd number of bytes is read as libhunspell reads it, without its last
// byte, with a warning naming file and line (mn_MN.dic's licence lines carry such fields); under strict
// checking it is an error. Hunspell::spell() accepts exactly the words read so.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('naming one flag (a class header, an option): its first two characters; one character is flag 0 to libhunspell, which no word carries', () => {
    const ONE = 'has one character but "FLAG long" needs two; libhunspell reads it as flag 0, which no word carries, so what it names is never used; write two characters';
    // The class "S" is read, rules and all, and never used; "Ssx" is the class "Ss"; NEEDAFFIX "N" marks
    // nothing; "SN" is a flag no class has.
    const aff = 'FLAG long\nNEEDAFFIX N\nSFX S Y 1\nSFX S 0 s .\nSFX Ssx Y 1\nSFX Ss 0 ed .\n';
    const dic = '3\nwalk/Ss\ntalk/SN\nlock/N\n';
    const lexicon = importText(aff, dic);
    expect(ourWords(lexicon)).toEqual(['lock', 'talk', 'walk', 'walked']);
    expect(lexicon.warnings).toEqual([
      { file: 't.aff', line: 2, problem: `flag "N" ${ONE}` },
      { file: 't.aff', line: 3, problem: `flag "S" ${ONE}` },
      { file: 't.dic', line: 4, problem: `flag field "N" ${ODD}; libhunspell reads it without its last character "N"; write two characters per flag` },
    ]);
    expect(errorOf(() => importText(aff, dic, true))).toBe('t.aff:2: flag "N" has one character but "FLAG long" needs two');
    const checker = new SpellChecker();
    const dir = mkdtempSync(join(tmpdir(), 'one-character-flag-'));
    try {
      const paths = { aff: join(dir, 't.aff'), dic: join(dir, 't.dic') };
      writeFileSync(paths.aff, aff);
      writeFileSync(paths.dic, dic);
      expect(checker.rejected(paths, ['lock', 'talk', 'walk', 'walked', 'walks', 'talks', 'locks'])).toEqual(['walks', 'talks', 'locks']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      checker.dispose();
    }
  });
});
