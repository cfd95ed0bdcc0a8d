// Debian dictionaries with rich morphology, imported and exported again: bg_BG (hunspell-bg: 26 classes,
// 1,652 rules, Cyrillic) expands through hunspell-reader and through unmunch to exactly the words
// paradigm-core generates for it (the forms a recompute stores); de_DE (hunspell-de-de: NEEDAFFIX, forbidden
// and compound-only entries) through hunspell-reader exactly, and through unmunch to those words plus
// exactly the NEEDAFFIX stems, which unmunch prints since it ignores NEEDAFFIX. libhunspell's spell()
// accepts every word with the exported pair, and rejects those stems.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hunspellReaderWords, NO_DIFFERENCE, unmunchWords, wordSetDifference } from '@paradigm/lexicons/testing';
import { importFiles, SpellChecker } from '../hunspell/hunspell-oracles';
import { exportImported, storedWords, writeExport } from './hunspell-export-support';

/** The stems of the .dic entries that carry the .aff's NEEDAFFIX flag (one-character flags). */
function needAffixStems(aff: string, dic: string): string[] {
  const flag = /^NEEDAFFIX (\S)$/m.exec(aff)![1]!;
  return dic
    .split('\n')
    .slice(1)
    .map((line) => /^(.+?)\/(\S+)$/.exec(line))
    .filter((match) => match !== null && match[2]!.includes(flag))
    .map((match) => match![1]!);
}

describe('Debian dictionaries exported again expand to the same words', () => {
  let dir: string;
  let checker: SpellChecker;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hunspell-export-debian-'));
    checker = new SpellChecker();
  });
  afterAll(() => {
    checker.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('bg_BG: hunspell-reader and unmunch give exactly our 867,136 words', () => {
    const lexicon = importFiles({ aff: '/usr/share/hunspell/bg_BG.aff', dic: '/usr/share/hunspell/bg_BG.dic' });
    const result = exportImported(lexicon);
    expect([result.classes, result.affixEntries, result.wordEntries, result.asWords, result.leftOut, result.empty]).toEqual([26, 78238, 0, [], [], 0]);
    const paths = writeExport(dir, 'bg_BG', result);
    const ours = storedWords(lexicon.patterns, lexicon.lexemes);
    expect(ours.size).toBe(867136);
    expect(wordSetDifference(ours, unmunchWords(paths))).toEqual(NO_DIFFERENCE);
    expect(wordSetDifference(ours, hunspellReaderWords(paths.dic))).toEqual(NO_DIFFERENCE);
    expect(checker.rejected(paths, [...ours])).toEqual([]);
  });

  it('de_DE: hunspell-reader gives exactly our words, unmunch those and the NEEDAFFIX stems', () => {
    const lexicon = importFiles({ aff: '/usr/share/hunspell/de_DE.aff', dic: '/usr/share/hunspell/de_DE.dic' });
    const result = exportImported(lexicon);
    expect([result.classes, result.affixEntries, result.wordEntries, result.asWords, result.leftOut, result.empty]).toEqual([29, 54214, 0, [], [], 21381]);
    const paths = writeExport(dir, 'de_DE', result);
    const ours = storedWords(lexicon.patterns, lexicon.lexemes);
    expect(ours.size).toBe(364954);
    expect(wordSetDifference(ours, hunspellReaderWords(paths.dic))).toEqual(NO_DIFFERENCE);
    const stems = needAffixStems(result.aff, result.dic).filter((stem) => !ours.has(stem));
    expect(stems.length).toBe(4743);
    expect(wordSetDifference([...ours, ...stems], unmunchWords(paths))).toEqual(NO_DIFFERENCE);
    expect(checker.rejected(paths, [...ours])).toEqual([]);
    // spell() also accepts a capitalised word whose lower-case form is a word (sentence starts): "Abbinde".
    const uncapitalised = (word: string) => word.charAt(0).toLowerCase() + word.slice(1);
    expect(checker.rejected(paths, stems)).toEqual(stems.filter((stem) => !ours.has(uncapitalised(stem))));
  });
});
