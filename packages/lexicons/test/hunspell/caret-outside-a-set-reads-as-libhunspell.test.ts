// A "^" in a condition anywhere but first in a set is read as libhunspell reads it. Outside a set (af_ZA.aff's
// `^[flmnrsx]`, a regular expression's anchor) no character is tested for it; in a suffix condition the word
// needs one character more for it and it negates the nearest set to its left; in a prefix condition, after
// the last set, the word needs a character after that set. Inside a set (id_ID.aff's `p[^l^r]`) it refuses
// the members read after it. Where libhunspell's reading (a length in bytes, the reversal of COMPLEXPREFIXES)
// cannot be followed exactly, the condition is refused, named.
import { readFileSync } from 'node:fs';
import { parseHunspell } from '@paradigm/lexicons';
import { errorOf, fixture, importFiles, ourWords, SpellChecker } from './hunspell-oracles';

/**
 * Every word the dictionary's entries could make with one affix if conditions were ignored: each entry,
 * and each rule of each of its classes applied wherever its strip fits. What spell() accepts of these is
 * what the expansion must print (the fixtures have no continuations and no cross products of two classes).
 */
function candidates(paths: { aff: string; dic: string }, encoding: 'utf8' | 'latin1'): string[] {
  const rules = readFileSync(paths.aff, encoding)
    .split('\n')
    .map((line) => line.split(/\s+/))
    .filter((fields) => (fields[0] === 'PFX' || fields[0] === 'SFX') && fields.length >= 5)
    .map(([kind, flag, strip, add]) => ({ kind, flag: flag!, strip: strip === '0' ? '' : strip!, add: add === '0' ? '' : add! }));
  const words = new Set<string>();
  for (const line of readFileSync(paths.dic, encoding).split('\n').slice(1)) {
    if (line === '') continue;
    const [word, flags = ''] = line.split('/') as [string, string?];
    words.add(word);
    for (const rule of rules.filter((rule) => flags.includes(rule.flag))) {
      if (rule.kind === 'SFX' && word.endsWith(rule.strip)) words.add(word.slice(0, word.length - rule.strip.length) + rule.add);
      if (rule.kind === 'PFX' && word.startsWith(rule.strip)) words.add(rule.add + word.slice(rule.strip.length));
    }
  }
  return [...words].sort();
}

describe('a "^" outside a set in a Hunspell condition', () => {
  let checker: SpellChecker;
  beforeAll(() => {
    checker = new SpellChecker();
  });
  afterAll(() => checker.dispose());

  it.each([
    ['condition-caret', 'utf8'],
    ['condition-caret-latin1', 'latin1'],
    ['condition-caret-utf8', 'utf8'],
  ] as const)('%s: the words printed are exactly the candidates spell() accepts', (name, encoding) => {
    const all = candidates(fixture(name), encoding);
    const rejected = checker.rejected(fixture(name), all, encoding);
    expect(ourWords(importFiles(fixture(name)))).toEqual(all.filter((word) => !rejected.includes(word)));
  });

  it('prints, for each, the words that show what it means', () => {
    // Leading a suffix condition: one character more (`y` makes no `ies`). Leading a prefix condition:
    // nothing (`ab` makes `unab`); after its last set, a character after that set (`a` makes no `ina`).
    // Inside a set, it refuses the members read after it and takes the rest: a suffix's `[a^b]`, read
    // from the right, is `[^a]` (`xbs`, `xcs`), a prefix's is `[^b]` (`reax`, `recx`); `[^l^r]` is `[^lr]`.
    expect(ourWords(importFiles(fixture('condition-caret')))).toEqual([
      ...['a', 'aal', "aal'tjie", 'ab', 'abc', 'al', 'ar', "ar'tjie", 'as', 'asz', 'ax', 'bx', 'cities', 'city', 'cx', 'inax', 'ináx', 'r', 'reax', 'recx'],
      ...['unab', 'unabc', 'xa', 'xab', 'xb', 'xbs', 'xc', 'xcs', 'y', 'áx'],
    ]);
    // In a suffix condition it negates the set to its left (`cxa` makes no `cxas`, `[a^b]^c` refuses a and b);
    // two ask for two more characters (`xab` makes no `xabz`).
    expect(ourWords(importFiles(fixture('condition-caret-latin1')))).toEqual([
      ...['ba', 'bc', 'bcd', 'cba', 'cbas', 'cd', 'cxa', 'dc', 'dexy', 'rebc', 'rebcd', 'reác', 'reácd', 'x', 'xab', 'xac', 'xbc', 'xdc', 'xdcs'],
      ...['xxab', 'xxabz', 'xy', 'ác', 'ácd', 'áya'],
    ]);
  });

  it('in a UTF-8 suffix condition, is read wherever the positions have the bytes its length test asks for', () => {
    // uk_UA.aff's `(^весь)` and `(^|[^бдз])[мпт]ерти` (a regular expression's anchor, group and
    // alternation, literals to libhunspell) never match: no word ends in ")". `д^я` needs `дя`;
    // `[аб]^дя` a letter other than а or б before it (`гудям`, no `бадям`); `a^я` the three bytes of `aя`.
    expect(ourWords(importFiles(fixture('condition-caret-utf8')))).toEqual(['aя', 'aями', 'бадею', 'бадя', 'вадею', 'вадя', 'весь', 'вмерти', 'всесь', 'всі', 'гудею', 'гудя', 'гудям', 'дею', 'дя', 'нічого', 'я']);
  });

  it("af_ZA: every word its J class makes that spell() accepts is printed (the class's `^[flmnrsx]` and `^[^flmnrsx]` rules)", () => {
    const paths = { aff: '/usr/share/hunspell/af_ZA.aff', dic: '/usr/share/hunspell/af_ZA.dic' };
    const all = candidates(paths, 'utf8').filter((word) => word.endsWith('tjie') || word.endsWith('tjies'));
    const rejected = new Set(checker.rejected(paths, all));
    const accepted = all.filter((word) => !rejected.has(word));
    const ours = new Set(ourWords(importFiles(paths), { outputConversion: false }));
    expect(accepted.length).toBeGreaterThan(2000);
    expect(accepted.filter((word) => !ours.has(word))).toEqual([]);
  }, 300_000);

  it('is refused, named, where libhunspell counts its length in bytes or reads it reversed', () => {
    const refused = (aff: string) => errorOf(() => parseHunspell({ aff: Buffer.from(aff), dic: Buffer.from('1\ncity/A\n'), affName: 't.aff', dicName: 't.dic' }));
    expect(refused('SET UTF-8\nSFX A Y 1\nSFX A y ies c^y\n')).toBe(
      't.aff:3: bad condition "c^y": "^" at character 2 is outside a set, not leading the suffix condition, where libhunspell counts its length in bytes; drop it, or write "." for a character more; Hunspell conditions use ".", literals and [...] / [^...] sets',
    );
    expect(refused('SET UTF-8\nSFX A Y 1\nSFX A 0 s ^^y\n')).toBe(
      't.aff:3: bad condition "^^y": "^" at character 1 is outside a set, one of 2, whose length libhunspell counts in bytes in a UTF-8 dictionary; drop it, or write "." for a character more; Hunspell conditions use ".", literals and [...] / [^...] sets',
    );
    expect(refused('SET UTF-8\nCOMPLEXPREFIXES\nSFX A Y 1\nSFX A 0 s ^y\n')).toBe(
      't.aff:4: bad condition "^y": "^" at character 1 is outside a set, which COMPLEXPREFIXES reads reversed; drop it; Hunspell conditions use ".", literals and [...] / [^...] sets',
    );
    expect(refused('SET UTF-8\nSFX A Y 1\nSFX A 0 s [a^a]\n')).toBe(
      't.aff:3: bad condition "[a^a]": the set at character 1 takes every letter as libhunspell reads its "^"; write "." for any letter; Hunspell conditions use ".", literals and [...] / [^...] sets',
    );
  });
});
