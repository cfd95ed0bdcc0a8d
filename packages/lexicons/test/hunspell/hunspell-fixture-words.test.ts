// Each construct of the .aff/.dic format generates exactly these words (fixtures under ./fixtures).
import { fixture, importFiles, ourWords } from './hunspell-oracles';

const EXPECTED: Record<string, string[]> = {
  'flag-long': ['bake', 'baked', 'lock', 'locks', 'unlock', 'unlocks'],
  'flag-num': ['do', 'redo', 'rework', 'reworks', 'work', 'works'],
  // Pieces that are no number are atoi's value: "S\"" is 0 (no class), "12ab" 12, "" (after a comma) 0.
  'flag-num-atoi': ['"A', 'ant', 'ants', 'cat', 'cats', 'walk', 'walked'],
  'flag-utf8': ['all', 'allées', 'allück'],
  // NEEDAFFIX is the first byte of its two-byte value, which the .dic's "cat/¤A" carries: no "cat".
  'option-first-flag': ['cats', 'dog', 'dogs'],
  alias: ['cat', 'catish', 'cats', 'red', 'redish'],
  latin1: ['café', 'cafés', 'menu'],
  // Both files start with a UTF-8 byte order mark and end their lines with CR LF (pt_BR, en_GB, kk_KZ).
  'bom-crlf': ['café', 'cafés', 'été'],
  // A prefix's suffix continuation adds no second prefix: rebecs but no d'rebecs (PFX Um 0 re/S., SFX S. 0
  // s/D'); an entry's own S. takes D' (d'doss).
  'prefix-suffix-prefix': ['bec', 'rebec', 'rebecs', 'dos', 'doss', "d'doss"],
  // A byte order mark after the first line is part of the word, as for libhunspell (ne_NP.dic).
  'bom-in-dic': ['\uFEFFcafé', '\uFEFFcafés', 'thé', 'thés'],
  'cross-product': ['do', 'doed', 'dos', 'redo', 'undo', 'undos'],
  // A suffix from a prefix's continuation tests its condition on the root, as libhunspell does: no recs
  // (`..` on c), but reabs; its second suffix only through the cross product (no recxy, reabxy), and not
  // one whose continuation names a prefix (no reabzw, nor a second prefix: rereabzw). odds, whose prefix
  // condition holds only with the suffix, is missed (docs/lexicons.md, note 13).
  'prefix-continuation-short-root': ['ab', 'c', 'dd', 'reab', 'reabs', 'reabx', 'reabz', 'rec', 'recx', 'recz'],
  // A prefix condition's last `.` right after a literal may lie past the word's end: redo (.o.), ind (d.);
  // not after a `.` (no dedox for .o..), and xo. never takes do.
  'prefix-condition-past-the-end': ['d', 'do', 'dox', 'ind', 'indo', 'indox', 'redo', 'redox'],
  continuation: ['drink', 'drinkable', 'drinkables'],
  needaffix: ['teach', 'teachers', 'walking'],
  circumfix: ['geliebt', 'lieb', 'liebst'],
  // libhunspell pairs a prefix's CIRCUMFIX flag with the first suffix only and never tests the second
  // suffix's: liebab (B's b/X after A's a, no prefix), no geliebab; gehaust(d) (T's t/X, prefix ge/X); nor
  // the flag of a prefix from the second suffix's continuation: abonamak and visabonamak (S's ak/VX, vis/X).
  'circumfix-second-suffix': ['abon', 'abonam', 'abonamak', 'visabonamak', 'gehaust', 'gehaustd', 'haus', 'lieb', 'lieba', 'liebab'],
  // libhunspell tests NEEDAFFIX and ONLYINCOMPOUND on the first suffix only, as CIRCUMFIX: sadxy and sadxz
  // (SFX B's y/E and z/C after A's x/BE) are words, sadx, mady and madz are not.
  'second-suffix-options': ['mad', 'sad', 'sadxy', 'sadxz'],
  // A prefix goes with two suffixes only when the second one's class is a cross product too: reboay (SFX B Y),
  // no reboaz (SFX A N), as libhunspell's check_twosfx tests.
  'prefix-second-suffix-cross': ['bo', 'boa', 'boay', 'boaz', 'rebo', 'reboa', 'reboay'],
  // A prefix's and a suffix's NEEDAFFIX are each met by the other, not both at once: no reworks (re/N, s/N).
  'needaffix-both-sides': ['reworked', 'unwork', 'unworked', 'unworks', 'work', 'worked'],
  // So is the flag of an affix reached through the other side's continuation: unwalks (un/D, s/N), betalking
  // (ing/C, be/N); not both at once (no rewalks, betalker), and neither alone (no rewalk, talker).
  'needaffix-through-continuation': ['abtalker', 'abtalking', 'betalking', 'rewalked', 'talk', 'talking', 'unwalk', 'unwalked', 'unwalks', 'walk'],
  forbiddenword: ['bar', 'walk', 'walked', 'walks'],
  // machen/!D before machen/DU: the forbidden entry makes mache and machend first, so they are no words;
  // the prefixed forms need U, which only the later entry has. lachen/D before lachen/!D keeps its words.
  'forbidden-homonym-affixes': ['lache', 'lachen', 'lachend', 'unmache', 'unmachen', 'unmachend'],
  onlyincompound: ['baz', 'foo', 'fooes'],
  morph: ['cat', 'cats', 'run'],
  conditions: ['ab', 'abc', 'bake', 'baked', 'bob', 'citied', 'city', 'co-', 'co-+x', 'fez', 'fez+x', 'flies', 'fly', 'play', 'played', 'xc', 'y'],
  oconv: ['bA', 'bAß'],
  'twofold-depth': ['x', 'xa', 'xab'],
  // A prefix's suffix continuation lets the suffix combine with it (nordhus's), never a second time after
  // the entry's own suffix (no nordbys's); across sides only cross classes combine (no sydgades, sydlande,
  // nordfisker), as libhunspell accepts.
  'prefix-continuation': ['by', 'bys', 'nordby', 'nordbys', 'hus', 'nordhus', "nordhus's", 'gade', 'sydgade', 'land', 'lande', 'fisk', 'fisker'],
  'flag-slash': ['foo', 'foos'],
  ignore: ['coop', 'coops'],
  'dic-syntax': ['and/or', 'foo', 'foos'],
  // A suffix continuing into a prefix and a second suffix: the second suffix's forms take the prefix too.
  'prefix-in-twofold': ['x', 'xa', 'xab', 'nexa', 'nexab'],
  // Blanks before a word, or after one without flags, stay in the word also before a tab (no lead, trail, fm).
  'dic-blank-before-tab': ['fl', 'fls', 'ok'],
  // U+2126 OHM SIGN stays as written (no NFC), as libhunspell needs it.
  nfc: ['\u2126', '\u2126s'],
  // "lock/SsUnX" is lock/SsUn, "talk/S" has no flag; "# https://ab.example" is the word "# https:".
  'flag-long-odd': ['# https:', 'lock', 'locks', 'talk', 'unlock', 'unlocks', 'walk', 'walks'],
  // Flags e and n each name a SFX and a PFX class; SFX c continues into both classes e.
  // Each option flag also names a class, and both apply: NEEDAFFIX N on cat/N and in er/N (cats, walkers,
  // no cat, walker); FORBIDDENWORD F and ONLYINCOMPOUND O leave their entries and the rule y/F out; CIRCUMFIX X
  // pairs ge/X with en/XN only, not with X's own t (no geliebt).
  'option-flag-names-a-class': ['cats', 'walk', 'walkers', 'lieb', 'liebt', 'gelieben', 'geliebent', 'geliebens', 'run'],
  'shared-flag': ['cald', 'caldul', 'dulce', 'dulcele', 'nedulce', 'nedulcele', 'recald', 'verde', 'verdes', 'verdesle'],
  // `SFX Z a 0 [áe].a` in UTF-8: a `.` on a one-byte letter after a multi-byte one passes both, so `[áe]`
  // is tested on `k` of kára (no kár) and on `á` of áñta (áñt); the prefix condition `á.a` reads letters.
  'suffix-dot-utf8': ['kára', 'beta', 'bet', 'áña', 'áñ', 'áñta', 'áñt', 'átaz', 'xátaz', 'áñaz', 'xáñaz'],
  // The same files in ISO8859-1, one byte a letter: `.` is one letter (kár, no áñt).
  'suffix-dot-latin1': ['kára', 'kár', 'beta', 'bet', 'áña', 'áñ', 'áñta', 'átaz', 'xátaz', 'áñaz', 'xáñaz'],
  // OCONV ' ’ renames `'` before generating (lexicon expand): `’` is still read as the one byte of `'`,
  // so `.` passes `'` and the `á` before it (no á’).
  'suffix-dot-oconv': ['á’a', 'e’a', 'e’'],
  // ICONV é e, É E, ﬁ fi: a word the table changes only where its conversion is a word, in a spelling
  // spell() looks up for its capitalisation (Élan as elan, ÉTÉ as ete) or made by another entry's affixes
  // (réwalks as rewalks, from walk/RS); no café, cafés, ﬁn.
  iconv: ['résumé', 'résumés', 'resume', 'resumes', 'Élan', 'elan', 'ÉTÉ', 'ete', 'réwalk', 'réwalks', 'walk', 'walks', 'rewalk', 'rewalks'],
};

describe('Hunspell fixtures generate exactly their words', () => {
  for (const [name, words] of Object.entries(EXPECTED)) {
    it(name, () => {
      expect(ourWords(importFiles(fixture(name)))).toEqual([...words].sort());
    });
  }
});
