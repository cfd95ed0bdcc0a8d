// libhunspell's affix reader stops at the first option or table it fails on (a table's count that is no
// positive number or runs past its entries, an entry that lacks a field, a second table or a second
// definition of a one-value option) and works with what it read above that line: a class below it does
// not exist. Each case is checked against Hunspell::spell(): the words printed are accepted, the words
// of the class below the broken line are rejected.
import { parseHunspell, readHunspellFiles } from '@paradigm/lexicons';
import { errorOf, importFiles, ourWords, writtenDictionaries } from './hunspell-oracles';

const CLASS = 'SFX A Y 1\nSFX A 0 s .\n';
const DIC = '1\nwalk/A\n';

describe('an option or table libhunspell fails on ends its reading of the .aff', () => {
  const dictionaries = writtenDictionaries('broken-aff-option-');
  let cases = 0;
  function write(aff: string): { aff: string; dic: string } {
    cases++;
    return dictionaries.write(`t${cases}`, aff, DIC);
  }

  it.each([
    [
      'a table header without its count',
      `CHECKCOMPOUNDPATTERN\nCHECKCOMPOUNDPATTERN a b\n${CLASS}`,
      '1: the CHECKCOMPOUNDPATTERN table header "CHECKCOMPOUNDPATTERN" has no number of entries; libhunspell reads no further (F from line 1 on is ignored); write the header "CHECKCOMPOUNDPATTERN number_of_entries" and that many lines "CHECKCOMPOUNDPATTERN ..." after it',
    ],
    [
      'a count that is no positive number',
      `MAP x\nMAP aá\n${CLASS}`,
      '1: the MAP table header "MAP x" announces 0 entries (its count "x" is no positive number); libhunspell reads no further (F from line 1 on is ignored); write the header "MAP number_of_entries" and that many lines "MAP ..." after it',
    ],
    [
      'a count higher than the entries',
      `OCONV 2\nOCONV w x\n${CLASS}`,
      '3: "SFX A Y 1" is no entry of the OCONV table, whose header (line 1) announces 2 entries; libhunspell reads no further (F from line 1 on is ignored); correct the count in line 1',
    ],
    [
      'an entry that lacks a field',
      `BREAK 2\nBREAK -\n\n${CLASS}`,
      '3: a blank line is no entry of the BREAK table (line 1): an entry has 1 fields after "BREAK"; libhunspell reads no further (F from line 1 on is ignored); complete the entry or correct the count in line 1',
    ],
    [
      'a second table of the same kind',
      `COMPOUNDRULE 1\nCOMPOUNDRULE A*\nCOMPOUNDRULE 1\nCOMPOUNDRULE A?\n${CLASS}`,
      '3: a second COMPOUNDRULE table (the first is at line 1); libhunspell reads one and reads no further (F from line 3 on is ignored); merge the two tables and correct the count in line 1',
    ],
    [
      'a second definition of a flag option',
      `NEEDAFFIX X\nPSEUDOROOT Y\n${CLASS}`,
      '2: a second PSEUDOROOT flag (the first is at line 1); libhunspell reads no further (F from line 2 on is ignored); keep one of the two',
    ],
    [
      'a second definition of a one-value option, found by the start of its line',
      `LANGUAGE en\nLANG en_US\n${CLASS}`,
      '2: a second LANG (the first is at line 1); libhunspell reads no further (F from line 2 on is ignored); keep one of the two',
    ],
    ['a one-value option without its value', `TRY\n${CLASS}`, '1: TRY without a value; libhunspell reads no further (F from line 1 on is ignored); write "TRY value"'],
    [
      'a second list of word characters',
      `WORDCHARS x\nWORDCHARS -\n${CLASS}`,
      '2: a second WORDCHARS (the first is at line 1); libhunspell reads no further (F from line 2 on is ignored); keep one of the two',
    ],
    [
      'a repeatable option without its value',
      `COMPOUNDSYLLABLE 6 aeiou\nCOMPOUNDSYLLABLE\n${CLASS}`,
      '2: COMPOUNDSYLLABLE without a value; libhunspell reads no further (F from line 2 on is ignored); write "COMPOUNDSYLLABLE value"',
    ],
  ])('%s', (_name, aff, warning) => {
    const paths = write(aff);
    const file = `t${cases}.aff`;
    const lexicon = importFiles(paths);
    expect(ourWords(lexicon)).toEqual(['walk']);
    expect(lexicon.warnings.map((found) => `${found.line}: ${found.problem}`)).toEqual([warning.replaceAll('F from', `${file} from`)]);
    expect(dictionaries.checker().rejected(paths, ['walk', 'walks'])).toEqual(['walks']);
    expect(errorOf(() => parseHunspell(readHunspellFiles(paths.aff, paths.dic), { strict: true }))).toBe(`${file}:${warning.replaceAll('F from', `${file} from`)}`);
  });

  it.each([
    ['well-formed tables', `ICONV 1\nICONV ' ’\nCHECKCOMPOUNDPATTERN 2\nCHECKCOMPOUNDPATTERN a b\n\nBREAK 0\n${CLASS}`],
    ['a one-value option of -1, which libhunspell counts as undefined', `MAXDIFF -1\nMAXDIFF 3\n${CLASS}`],
  ])('%s: read through, the class below applies', (_name, aff) => {
    const paths = write(aff);
    const lexicon = importFiles(paths);
    expect(ourWords(lexicon)).toEqual(['walk', 'walks']);
    expect(lexicon.warnings).toEqual([]);
    expect(dictionaries.checker().rejected(paths, ['walk', 'walks'])).toEqual([]);
  });

  it('a conversion table keeps the entries above an entry that lacks a field, as libhunspell does', () => {
    const paths = write(`OCONV 2\nOCONV a 4\nOCONV b\n${CLASS}`);
    const lexicon = importFiles(paths);
    expect(ourWords(lexicon)).toEqual(['w4lk']);
    expect(lexicon.warnings.map((found) => found.line)).toEqual([3]);
  });
});

// libhunspell reads FLAG, AF, AM and IGNORE in a pass of its own over the .aff, which a broken REP, AF
// or AM table (or a second SET, LANG or IGNORE) ends: the aliases below it do not exist, though the
// classes do. A REP table missing an entry is the likely case: its last entry is then the line after it.
describe("a table libhunspell's dictionary reader fails on ends its aliases", () => {
  const dictionaries = writtenDictionaries('broken-aff-aliases-');
  const ALIASED = 'AF 1\nAF Aa\nSFX Aa Y 1\nSFX Aa 0 s .\n';

  it.each([
    ['a REP table one entry short', `FLAG long\nREP 2\nREP a e\n\n${ALIASED}`, '4: a blank line is no entry of the REP table (line 2): an entry has 2 fields after "REP"', 'complete the entry or correct the count in line 2'],
    ['a REP table whose count takes in the AF header', `FLAG long\nREP 2\nREP a e\n${ALIASED}`, '4: "AF 1" is no entry of the REP table, whose header (line 2) announces 2 entries', 'correct the count in line 2'],
  ])('%s: the aliases below it are lost, with a warning', (name, aff, reason, fix) => {
    const paths = dictionaries.write(name, aff, '1\nwalk/1\n');
    const lexicon = importFiles(paths);
    expect(ourWords(lexicon)).toEqual(['walk']);
    const [line, problem] = [reason.slice(0, reason.indexOf(':')), reason.slice(reason.indexOf(': ') + 2)];
    expect(lexicon.warnings.map((found) => `${found.line}: ${found.problem}`)).toEqual([
      `2: ${problem}; libhunspell's dictionary reader reads no FLAG, AF, AM or IGNORE from there on (${name}.aff from line 2), though its affix reader goes on; ${fix}`,
      expect.stringMatching(/^2: flag field "1" has an odd number of characters/),
    ]);
    expect(line).toBe('4');
    expect(dictionaries.checker().rejected(paths, ['walk', 'walks'])).toEqual(['walks']);
    expect(errorOf(() => parseHunspell(readHunspellFiles(paths.aff, paths.dic), { strict: true }))).toBe(
      `${name}.aff:2: ${problem}; libhunspell's dictionary reader reads no FLAG, AF, AM or IGNORE from there on (${name}.aff from line 2), though its affix reader goes on; ${fix}`,
    );
  });

  it('with the table whole, the aliases apply', () => {
    const paths = dictionaries.write('whole', `FLAG long\nREP 1\nREP a e\n${ALIASED}`, '1\nwalk/1\n');
    expect(ourWords(importFiles(paths))).toEqual(['walk', 'walks']);
    expect(dictionaries.checker().rejected(paths, ['walk', 'walks'])).toEqual([]);
  });
});
