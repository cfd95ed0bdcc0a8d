// libhunspell's spell() converts its input with ICONV before the lookup, so a word the table changes is
// accepted only when its conversion is a word: expand prints such a word only then, in its place.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandHunspellText, parseHunspell, readHunspellFiles, streamHunspellText, type HunspellFiles } from '@paradigm/lexicons';
import { fixture, importFiles, ourWords, SpellChecker } from './hunspell-oracles';

describe('a word ICONV changes is printed only when its conversion is a word', () => {
  let checker: SpellChecker;
  beforeAll(() => {
    checker = new SpellChecker();
  });
  afterAll(() => checker.dispose());

  it('keeps résumé (resume is a word, later in the .dic), Élan, ÉTÉ (elan, ete) and réwalks (walk/RS makes rewalks) in place; leaves out café, cafés, ﬁn', () => {
    const files = readHunspellFiles(fixture('iconv').aff, fixture('iconv').dic);
    const expected = 'résumé\nrésumés\nresume\nresumes\nÉlan\nelan\nÉTÉ\nete\nréwalk\nréwalks\nwalk\nrewalk\nwalks\nrewalks\n';
    expect([...streamHunspellText(files)].join('')).toBe(expected);
    expect([...expandHunspellText(parseHunspell(files))].join('')).toBe(expected);
  });

  it('spell() accepts every printed word and rejects every word left out', () => {
    const lexicon = importFiles(fixture('iconv'));
    const printed = ourWords(lexicon);
    const unfiltered = ourWords({ ...lexicon, inputConversion: { ...lexicon.inputConversion, table: [] } });
    const left = unfiltered.filter((word) => !printed.includes(word));
    expect(left).toEqual(['café', 'cafés', 'ﬁn']);
    expect(checker.rejected(fixture('iconv'), printed)).toEqual([]);
    expect(checker.rejected(fixture('iconv'), left)).toEqual(left);
  });

  it('converts the words as written where OCONV renames a character before generating (l\'été stays)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iconv-'));
    try {
      const paths = { aff: join(dir, 'x.aff'), dic: join(dir, 'x.dic') };
      writeFileSync(paths.aff, "SET UTF-8\nICONV 2\nICONV ’ '\nICONV é e\nOCONV 1\nOCONV ' ’\n");
      writeFileSync(paths.dic, "5\nl'été\nthé\nthe\ncafé\nl'ete\n");
      const files: HunspellFiles = readHunspellFiles(paths.aff, paths.dic);
      const expected = 'l’été\nthé\nthe\nl’ete\n';
      expect([...streamHunspellText(files)].join('')).toBe(expected);
      expect([...expandHunspellText(parseHunspell(files))].join('')).toBe(expected);
      expect(checker.rejected(paths, ["l'été", 'l’été', 'thé', 'the', "l'ete", 'café'])).toEqual(['café']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
