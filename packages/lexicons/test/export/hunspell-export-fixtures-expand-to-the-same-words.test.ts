// Every Hunspell import fixture, imported and exported again: hunspell-reader and unmunch expand the
// exported files to the words paradigm-core generates (the forms a recompute stores), apart from exactly
// the listed places where each tool departs from hunspell(5).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hunspellReaderWords, NO_DIFFERENCE, unmunchWords, wordSetDifference, type WordSetDifference } from '@paradigm/lexicons/testing';
import { fixture, importFiles } from '../hunspell/hunspell-oracles';
import { exportImported, storedWords, writeExport } from './hunspell-export-support';

const FIXTURES = readdirSync(join(__dirname, '../hunspell/fixtures'))
  .filter((file) => file.endsWith('.aff'))
  .map((file) => file.slice(0, -'.aff'.length));

function difference(onlyExpected: string[], onlyActual: string[]): WordSetDifference {
  return { onlyExpected: onlyExpected.length, onlyActual: onlyActual.length, firstOnlyExpected: onlyExpected, firstOnlyActual: onlyActual };
}

/**
 * hunspell-reader ignores CIRCUMFIX, splits a .dic word at any "/", ends it at a blank, trims a byte order
 * mark from it (docs/lexicons.md, reader differences), applies a prefix again when two continuations
 * name it (libhunspell strips one prefix) and reads a suffix condition's `.` as one letter (libhunspell
 * reads `[áe].a` in UTF-8 as no `kár` from `kára` and `áñt` from `áñta`).
 */
const READER: Readonly<Record<string, WordSetDifference>> = {
  circumfix: difference([], ['gelieb', 'geliebst', 'liebt']),
  'circumfix-second-suffix': difference([], ['gehaus', 'gelieb', 'gelieba', 'geliebab', 'haust', 'haustd']),
  'prefix-in-twofold': difference([], ['nenexab']),
  'dic-syntax': difference(['and/or'], ['and\\']),
  'dic-leading-slash': difference(['/', '/s'], ['\\']),
  'flag-long-odd': difference(['# https:'], ['#']),
  'bom-in-dic': difference(['\uFEFFcafé', '\uFEFFcafés'], ['café', 'cafés']),
  'suffix-dot-utf8': difference(['áñt'], ['kár']),
  'suffix-dot-oconv': difference([], ["á'"]),
  // hunspell-reader does not let a prefix meet a suffix's NEEDAFFIX.
  'needaffix-both-sides': difference(['unworks'], []),
  // Nor a prefix meet the NEEDAFFIX of a suffix from its continuation.
  'needaffix-through-continuation': difference(['unwalks'], []),
  // A prefix goes with a second suffix only when its class is a cross product (libhunspell's check_twosfx).
  'prefix-second-suffix-cross': difference([], ['reboaz']),
  // Also no `gelieben`, a CIRCUMFIX prefix with a suffix whose continuation is NEEDAFFIX (as on the fixture).
  'option-flag-names-a-class': difference(['gelieben'], ['gelieb', 'geliebt', 'liebens', 'liebent']),
  // hunspell-reader tests a suffix from a prefix's continuation on the prefixed word (libhunspell on the root).
  'prefix-continuation-short-root': difference([], ['reabxy', 'reabzw', 'recs', 'recxy', 'reczw', 'rereabzw', 'rereczw']),
};

/**
 * unmunch ignores NEEDAFFIX and CIRCUMFIX, prints a continuation class as "form/FLAGS|" instead of
 * following it, takes everything after the first "/" of a .dic line as flags and a tab and morphological
 * fields as part of the word, and reads a condition one byte per position.
 */
const UNMUNCH: Readonly<Record<string, WordSetDifference>> = {
  circumfix: difference(['geliebt'], ['ge/A|lieb', 'ge/A|liebst', 'ge/A|liebt/A|', 'liebt/A|']),
  'circumfix-second-suffix': difference(
    ['abonam', 'abonamak', 'gehaust', 'gehaustd', 'lieba', 'liebab', 'visabonamak'],
    ['abonam/D|', 'ge/F|haus', 'ge/F|haust/CF|', 'ge/F|lieb', 'ge/F|lieba/B|', 'haust/CF|', 'lieba/B|'],
  ),
  continuation: difference(['drinkable', 'drinkables'], ['drinkable/A|']),
  'dic-syntax': difference(['and/or'], ['and\\']),
  'dic-leading-slash': difference(['/', '/s'], ['\\', '\\s']),
  morph: difference(['run'], ['run\tpo:verb']),
  needaffix: difference(['teachers'], ['teacher/CD|', 'walk']),
  'shared-flag': difference(['verdes', 'verdesle'], ['verdes/DC|']),
  'option-first-flag': difference([], ['cat']),
  'option-flag-names-a-class': difference(
    ['gelieben', 'geliebens', 'geliebent', 'walkers'],
    ['cat', 'ge/XF|lieb', 'ge/XF|lieben/DAEF|', 'ge/XF|liebt', 'lieben/DAEF|', 'walker/AE|'],
  ),
  'twofold-depth': difference(['xa', 'xab'], ['xa/B|']),
  'needaffix-both-sides': difference(['reworked', 'unworks'], ['re/A|work', 're/A|worked', 're/A|works/A|', 'unworks/A|', 'works/A|']),
  'needaffix-through-continuation': difference(
    ['abtalker', 'abtalking', 'betalking', 'rewalked', 'talking', 'unwalk', 'unwalked', 'unwalks'],
    ['re/DF|walk', 'talker/EF|', 'talking/C|', 'un/D|walk'],
  ),
  'prefix-second-suffix-cross': difference(['boa', 'boay', 'boaz', 'reboa', 'reboay'], ['boa/AB|', 'reboa/AB|']),
  // NEEDAFFIX and ONLYINCOMPOUND on a second suffix are not tested by libhunspell: sadxy, sadxz.
  'second-suffix-options': difference(['sadxy', 'sadxz'], ['mady/D|', 'sadx/CD|']),
  'prefix-in-twofold': difference(['nexa', 'nexab', 'xa', 'xab'], ['xa/BC|']),
  'prefix-continuation': difference(['nordby', 'nordbys', 'nordhus', "nordhus's"], ['nord/B|by', 'nord/B|bys', 'nord/B|hus']),
  'prefix-suffix-prefix': difference(["d'doss", 'doss', 'rebec', 'rebecs'], ['doss/C|', 're/D|bec']),
  'dic-blank-before-tab': difference(['ok'], ['ok\t[x]']),
  // One byte per condition position: `.` of `PFX P 0 x á.a` is not the two bytes of ñ, and `.` of
  // `SFX Z a 0 [áe].a` is the one byte before `a` (libhunspell: no `kár`, `á'`; `áñt`).
  'suffix-dot-latin1': difference(['xáñaz'], []),
  'condition-caret-latin1': difference(['reác', 'reácd'], []),
  'suffix-dot-utf8': difference(['xáñaz', 'áñt'], ['kár']),
  'suffix-dot-oconv': difference([], ["á'"]),
  'prefix-continuation-short-root': difference(['reab', 'reabs', 'reabx', 'reabz', 'rec', 'recx', 'recz'], ['re/D|ab', 're/D|c']),
};

/**
 * Entries written as plain words: an ISO8859-1 dictionary's `.` is one letter, and the exporter writes
 * UTF-8, where libhunspell reads a suffix condition's `.` with a multi-byte letter after a one-byte one as
 * two letters, so no Hunspell condition says `[áe].a` as ISO8859-1 means it. A UTF-8 dictionary's
 * one-byte and multi-byte cases of `[áe].a` are written as `[áe].a` again.
 */
const AS_WORDS: Readonly<Record<string, readonly string[]>> = {
  'suffix-dot-latin1': ['kára', 'áñta'],
};

describe('import fixtures exported again expand to the same words', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hunspell-export-fixtures-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of FIXTURES) {
    it(name, () => {
      const lexicon = importFiles(fixture(name));
      const result = exportImported(lexicon);
      expect([result.asWords.map((entry) => entry.lemma), result.leftOut]).toEqual([AS_WORDS[name] ?? [], []]);
      const paths = writeExport(dir, name, result);
      const ours = storedWords(lexicon.patterns, lexicon.lexemes);
      expect(ours.size).toBeGreaterThan(0);
      expect(wordSetDifference(ours, hunspellReaderWords(paths.dic))).toEqual(READER[name] ?? NO_DIFFERENCE);
      expect(wordSetDifference(ours, unmunchWords(paths))).toEqual(UNMUNCH[name] ?? NO_DIFFERENCE);
    });
  }
});
