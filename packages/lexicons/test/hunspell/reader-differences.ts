/**
 * Every place where our expansion differs from `hunspell-reader words` on purpose, because hunspell-reader
 * departs from hunspell(5). The same list, with the reasons, is in docs/lexicons.md; the fixture oracle test
 * compares against hunspell-reader's set adjusted by exactly these words and asserts each of them.
 */
export interface ReaderDifference {
  readonly fixture: string;
  /** Words hunspell-reader prints that are no words by the documentation. */
  readonly onlyReader: readonly string[];
  /** Words the documentation gives that hunspell-reader does not print. */
  readonly onlyOurs: readonly string[];
  readonly reason: string;
}

export const READER_DIFFERENCES: readonly ReaderDifference[] = [
  {
    fixture: 'circumfix',
    onlyReader: ['gelieb', 'geliebst', 'liebt'],
    onlyOurs: [],
    reason: 'CIRCUMFIX: an affix with the flag needs the other side with it too; hunspell-reader ignores the flag',
  },
  {
    fixture: 'circumfix-second-suffix',
    onlyReader: ['gehaus', 'gelieb', 'gelieba', 'geliebab', 'haust', 'haustd'],
    onlyOurs: [],
    reason:
      'CIRCUMFIX pairs a prefix with the first suffix (hunspell-reader ignores the flag); libhunspell never tests the flag on a second suffix or on a prefix from its continuation, so liebab and visabonamak are words for both, geliebab for neither (gehaus and gelieb, a circumfix prefix alone, are words for libhunspell up to 1.7.3 only, see the circumfix fixture)',
  },
  {
    fixture: 'needaffix-both-sides',
    onlyReader: [],
    onlyOurs: ['unworks'],
    reason: "a suffix's NEEDAFFIX is met by a prefix without the flag (un + work + s/N), as libhunspell's suffix_check meets it; hunspell-reader does not combine such a suffix with a prefix",
  },
  {
    fixture: 'needaffix-through-continuation',
    onlyReader: [],
    onlyOurs: ['betalking', 'unwalks'],
    reason: "NEEDAFFIX on an affix reached through the other side's continuation is met by that affix when it has no NEEDAFFIX itself (un + walk + s/N, be/N + talk + ing), as libhunspell's suffix_check meets it; hunspell-reader keeps the flag",
  },
  {
    fixture: 'prefix-second-suffix-cross',
    onlyReader: ['reboaz'],
    onlyOurs: [],
    reason: 'a prefix goes with two suffixes only when both suffix classes are cross products (SfxEntry::check_twosfx); hunspell-reader does not test the second one',
  },
  {
    fixture: 'second-suffix-options',
    onlyReader: [],
    onlyOurs: ['sadxy', 'sadxz'],
    reason: 'libhunspell tests NEEDAFFIX and ONLYINCOMPOUND on the suffix it strips first, never on a second suffix (SfxEntry::check_twosfx); hunspell-reader keeps the flags on the second suffix',
  },
  {
    fixture: 'prefix-continuation-short-root',
    onlyReader: ['reabxy', 'reabzw', 'recs', 'reczw', 'recxy', 'rereabzw', 'rereabzws', 'rereabzwx', 'rereabzwz', 'rereczw', 'rereczws', 'rereczwx', 'rereczwz'],
    onlyOurs: [],
    reason:
      "a suffix from a prefix's continuation has its condition tested on the root (recs: `..` on c), and a second suffix after it needs a cross product and no prefix in its continuation, as libhunspell strips them (PfxEntry::checkword, SfxEntry::check_twosfx), which also strip one prefix only; hunspell-reader applies the suffix to the prefixed word, and a prefix from the second suffix's continuation after the first prefix",
  },
  {
    fixture: 'prefix-condition-past-the-end',
    onlyReader: [],
    onlyOurs: ['ind', 'redo'],
    reason: "a prefix condition's last \".\" right after a literal may lie past the word's end, as libhunspell's spell() takes it (redo for .o.); hunspell-reader reads the condition as a regular expression, which needs a character there",
  },
  {
    fixture: 'conditions',
    onlyReader: ['ies', 'x'],
    onlyOurs: [],
    reason: 'without FULLSTRIP a rule may not strip the whole word; hunspell-reader strips it',
  },
  {
    fixture: 'condition-caret',
    onlyReader: ['ies', "r'tjie", 'rebx', 'xas'],
    onlyOurs: ["aal'tjie", "ar'tjie", 'cities', 'inax', 'ináx', 'recx', 'xcs'],
    reason:
      'a "^" outside a set is no character to libhunspell: a suffix condition needs one character more for it, a prefix condition a character after the set it follows; inside a set it refuses the members read after it (a suffix\'s [a^b] is [^a], a prefix\'s [^b]); hunspell-reader reads conditions as regular expressions, where "^" anchors them to the start of the word and is a member of a set',
  },
  {
    fixture: 'condition-caret-latin1',
    onlyReader: [],
    onlyOurs: ['cbas', 'dexy', 'xdcs', 'xxabz'],
    reason: 'a "^" outside a set is no character to libhunspell, and in a suffix condition it negates the set to its left; hunspell-reader reads it as a regular expression\'s anchor',
  },
  {
    fixture: 'condition-caret-utf8',
    onlyReader: ['вмру', 'всього'],
    onlyOurs: ['aями', 'бадею', 'вадею', 'гудею', 'гудям', 'дею'],
    reason:
      'a "^" outside a set is no character to libhunspell, and "(", "|" and ")" are literals (uk_UA.aff\'s "(^весь)" needs a word ending in ")"); hunspell-reader reads a condition as a regular expression, where "^" anchors it to the start of the word',
  },
  {
    fixture: 'flag-num-atoi',
    onlyReader: [],
    onlyOurs: ['walked'],
    reason: 'FLAG num: libhunspell reads a piece with atoi, so "12ab" is the flag 12; hunspell-reader takes it for no flag',
  },
  {
    fixture: 'ignore',
    onlyReader: ['co-op', 'co-op-s'],
    onlyOurs: ['coop', 'coops'],
    reason: 'IGNORE characters are removed from dictionary words and affixes; hunspell-reader ignores IGNORE',
  },
  {
    fixture: 'dic-leading-slash',
    onlyReader: [],
    onlyOurs: ['/', '/s'],
    reason:
      'a line starting with "/" is the word "/" with the flags from its third character on, as every libhunspell release reads it (it_IT.dic\'s header lines); hunspell-reader prints no word for such a line',
  },
  {
    fixture: 'dic-syntax',
    onlyReader: ['and\\', 'blank', 'comment', 'lead', 'leads'],
    onlyOurs: ['and/or'],
    reason:
      '"\\/" is a slash in a word; a line starting with a tab has no word; blanks before a word, or after one without flags, stay in it for libhunspell, which strips them from what it checks; hunspell-reader splits at any "/" and trims the line',
  },
  {
    fixture: 'twofold-depth',
    onlyReader: ['xaba', 'xabab', 'xababa'],
    onlyOurs: [],
    reason: 'libhunspell strips at most two suffixes (and one prefix); hunspell-reader follows continuation classes 5 deep',
  },
  {
    fixture: 'flag-slash',
    onlyReader: [],
    onlyOurs: ['foos'],
    reason: 'only the first "/" separates word and flags, so "foo//" has the flag "/"; hunspell-reader drops everything after a second "/"',
  },
  {
    fixture: 'forbidden-homonym',
    onlyReader: ['walks'],
    onlyOurs: [],
    reason: 'a spelling whose first .dic entry is FORBIDDENWORD is no word, whichever entry generates it; hunspell-reader drops only the forbidden entry',
  },
  {
    fixture: 'forbidden-homonym-affixes',
    onlyReader: ['mache', 'machen', 'machend'],
    onlyOurs: [],
    reason: 'libhunspell takes the first .dic entry of a stem whose flags allow the affix, and rejects the word when that entry is FORBIDDENWORD; hunspell-reader drops only the forbidden entry',
  },
  {
    fixture: 'class-count-high',
    onlyReader: ['jumper', 'rewalk', 'rewalked', 'rewalker', 'rewalking', 'rewalks', 'walked', 'walker', 'walking'],
    onlyOurs: [],
    reason: 'a class announcing more rules than it has ends the .aff for libhunspell (the class and all after it are dropped); hunspell-reader reads on',
  },
  {
    fixture: 'class-count-low',
    onlyReader: ['rewalk', 'rewalked', 'rewalker', 'rewalking', 'rewalks', 'walker', 'walking'],
    onlyOurs: [],
    reason: 'a class announcing fewer rules than it has ends the .aff for libhunspell after the announced rules; hunspell-reader reads on',
  },
  {
    fixture: 'flag-long-odd',
    onlyReader: ['#'],
    onlyOurs: ['# https:'],
    reason:
      'a .dic has no comment lines: "# https://ab.example" is the word "# https:" (blanks inside a word stay in it, and spell() accepts it) with the flags of "/ab.exampl"; hunspell-reader ends the word at its first blank',
  },
  {
    fixture: 'shared-flag',
    onlyReader: [],
    onlyOurs: ['caldul', 'dulcele', 'nedulcele', 'verdesle'],
    reason: 'a flag that names a PFX and an SFX class applies both (ro_RO.aff); hunspell-reader applies only the PFX class, whichever comes first',
  },
  {
    fixture: 'option-flag-names-a-class',
    onlyReader: ['gelieb', 'geliebt', 'liebent'],
    onlyOurs: ['cats', 'gelieben', 'geliebens', 'walkers'],
    reason:
      'a flag that is both an option (NEEDAFFIX, CIRCUMFIX) and a class is both, as libhunspell reads it; hunspell-reader drops a class whose flag is NEEDAFFIX (no cats) and ignores CIRCUMFIX (geliebt, liebent)',
  },
  {
    fixture: 'prefix-continuation',
    onlyReader: ['nordfisker', 'nordfiskers', 'sydgades', 'sydlande', 'sydlandes'],
    onlyOurs: [],
    reason: 'a prefix and a suffix meet only when both classes are cross products, also through a continuation; hunspell-reader follows a continuation into the other side whatever the cross products',
  },
  {
    fixture: 'dic-blank-before-tab',
    onlyReader: ['fm', 'fms', 'lead', 'trail'],
    onlyOurs: [],
    reason: 'blanks before a word, or after one without flags, stay in it for libhunspell also where a tab starts the morphological fields; hunspell-reader trims them',
  },
  {
    fixture: 'suffix-dot-utf8',
    onlyReader: ['kár'],
    onlyOurs: ['áñt'],
    reason:
      'in UTF-8, libhunspell\'s suffix condition reads a "." on a one-byte letter after a multi-byte one as both letters (`[áe].a` tests `[áe]` on the k of kára, on the á of áñta); hunspell-reader reads one letter',
  },
  {
    fixture: 'suffix-dot-oconv',
    onlyReader: ['á’'],
    onlyOurs: [],
    reason: 'the same UTF-8 suffix condition reading, on a word whose one-byte letter OCONV renames to a multi-byte one',
  },
  {
    fixture: 'bom-in-dic',
    onlyReader: ['café', 'cafés'],
    onlyOurs: ['\uFEFFcafé', '\uFEFFcafés'],
    reason: 'a byte order mark after the first line is part of the word for libhunspell (ne_NP.dic); hunspell-reader trims it as white space',
  },
  {
    fixture: 'prefix-suffix-prefix',
    onlyReader: ["d'rebecs"],
    onlyOurs: [],
    reason: 'libhunspell strips one prefix, so a suffix reached through a prefix\'s continuation adds no prefix of its own continuation; hunspell-reader adds it',
  },
  {
    fixture: 'iconv',
    onlyReader: ['café', 'cafés', 'ﬁn'],
    onlyOurs: [],
    reason: 'libhunspell looks a word up after ICONV, so a word the table turns into no word (cafe, fin) is rejected; hunspell-reader ignores ICONV',
  },
];
