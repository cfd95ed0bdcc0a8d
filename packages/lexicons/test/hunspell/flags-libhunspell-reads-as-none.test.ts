// Flag fields that name nothing libhunspell can use, which it reads with a warning where the strict
// reading stops: a FLAG num number outside 0-65535 (flag 0 since libhunspell 1.7.3), an AF alias the table
// does not have (no flags). The word stays a word. And flag 65510, libhunspell's FORBIDDENWORD where the
// .aff sets none, forbids its word in every mode that can name it. Each case is checked against
// Hunspell::spell(): the words printed are accepted, the words left out are rejected.
import { writeFileSync } from 'node:fs';
import { parseHunspell, readHunspellFiles } from '@paradigm/lexicons';
import { errorOf, importFiles, ourWords, writtenDictionaries } from './hunspell-oracles';

describe('flags libhunspell reads as none, and its default FORBIDDENWORD', () => {
  const dictionaries = writtenDictionaries('flags-read-as-none-');

  it('FLAG num: numbers past 65535 and negative ones are flag 0, with a warning; an error when strict', () => {
    const paths = dictionaries.write('num', 'FLAG num\nSFX 1 Y 1\nSFX 1 0 s .\n', '3\nwalk/1,70000\ntalk/-2\nbark/0001\n');
    const lexicon = importFiles(paths);
    expect(ourWords(lexicon)).toEqual(['bark', 'barks', 'talk', 'walk', 'walks']);
    expect(lexicon.warnings.map((found) => `${found.line}: ${found.problem}`)).toEqual([
      '2: flag "70000" in "1,70000" is outside 1-65535, the numbers "FLAG num" can name; libhunspell reads it as flag 0; write a number 1-65509',
      '3: flag "-2" in "-2" is outside 1-65535, the numbers "FLAG num" can name; libhunspell reads it as flag 0; write a number 1-65509',
    ]);
    expect(dictionaries.checker().rejected(paths, ['bark', 'barks', 'talk', 'talks', 'walk', 'walks'])).toEqual(['talks']);
    expect(errorOf(() => parseHunspell(readHunspellFiles(paths.aff, paths.dic), { strict: true }))).toBe(
      'num.dic:2: flag "70000" in "1,70000" is outside 1-65535, the numbers "FLAG num" can name',
    );
  });

  it('AF: an alias the table does not have is no flags, with a warning, in the .dic and in a rule; an error when strict', () => {
    const paths = dictionaries.write('alias', 'AF 2\nAF A\nAF AB\nSFX A Y 1\nSFX A 0 s/9 .\nSFX B Y 1\nSFX B 0 ed .\n', '4\nwalk/2\nbad/7\ncat/0\ndog/1x\n');
    const lexicon = importFiles(paths);
    expect(ourWords(lexicon)).toEqual(['bad', 'cat', 'dog', 'dogs', 'walk', 'walked', 'walks']);
    expect(lexicon.warnings.map((found) => `${found.file}:${found.line}: ${found.problem}`)).toEqual([
      'alias.aff:5: flag alias "9" is not defined: the AF table has 2 entries, numbered from 1; libhunspell reads the field as no flags; use the number of an AF line',
      'alias.dic:3: flag alias "7" is not defined: the AF table has 2 entries, numbered from 1; libhunspell reads the field as no flags; use the number of an AF line',
      'alias.dic:4: flag alias "0" is not defined: the AF table has 2 entries, numbered from 1; libhunspell reads the field as no flags; use the number of an AF line',
    ]);
    expect(dictionaries.checker().rejected(paths, ['bad', 'bads', 'cat', 'cats', 'dog', 'dogs', 'walk', 'walked', 'walks'])).toEqual(['bads', 'cats']);
    expect(errorOf(() => parseHunspell(readHunspellFiles(paths.aff, paths.dic), { strict: true }))).toBe(
      'alias.aff:5: flag alias "9" is not defined: the AF table has 2 entries, numbered from 1',
    );
  });

  it.each([
    ['FLAG num', 'FLAG num\nSFX 1 Y 1\nSFX 1 0 s .\n', '65510', '1'],
    ['FLAG UTF-8', 'SET UTF-8\nFLAG UTF-8\nSFX A Y 1\nSFX A 0 s .\n', '\uffe6', 'A'],
    ['FLAG long', 'SET ISO8859-1\nFLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\n', '\u00ff\u00e6', 'Aa'],
  ])('%s: flag 65510 forbids its word where the .aff sets no FORBIDDENWORD', (name, aff, forbidden, suffix) => {
    const encoding = name === 'FLAG long' ? 'latin1' : 'utf8';
    const paths = dictionaries.write(name.replace(' ', '-'), aff, '');
    const dic = `3\nbar/${forbidden}\nbar/${suffix}\nwalk/${suffix}\n`;
    writeFileSync(paths.dic, Buffer.from(dic, encoding));
    const lexicon = importFiles(paths);
    expect(lexicon.forbiddenWords).toEqual(['bar']);
    expect(ourWords(lexicon)).toEqual(['bars', 'walk', 'walks']);
    expect(dictionaries.checker().rejected(paths, ['bar', 'bars', 'walk', 'walks'], encoding)).toEqual(['bar']);
  });

  it('flag 65510 is no FORBIDDENWORD where the .aff names another', () => {
    const paths = dictionaries.write('named', 'FLAG num\nFORBIDDENWORD 2\nSFX 1 Y 1\nSFX 1 0 s .\n', '2\nbar/65510\nwalk/1\n');
    const lexicon = importFiles(paths);
    expect(ourWords(lexicon)).toEqual(['bar', 'walk', 'walks']);
    expect(dictionaries.checker().rejected(paths, ['bar', 'walk', 'walks'])).toEqual([]);
  });
});
