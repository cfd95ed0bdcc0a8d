import type { AffixFile, Conversion } from './hunspell-model';

/** What affix rules add and strip, without their conditions and flags. */
export interface AffixChanges {
  readonly prefixes: readonly { readonly add: string; readonly strip: string }[];
  readonly suffixes: readonly { readonly add: string; readonly strip: string }[];
}

/**
 * The `ICONV` table and which .dic entries can make a word it changes. libhunspell's `spell()` converts
 * its input with the table before the lookup, so a word holding a source string is accepted only when its
 * conversion is (see input-conversion-rejects.ts).
 */
export interface InputConversion {
  readonly table: readonly Conversion[];
  /**
   * Characters of which an entry's word must hold one for the entry to make a word holding a source of
   * `table`: for each source, one of its characters that no affix adds (a made word's characters come from
   * its entry's word and the affixes added to it). `undefined` when the affixes can make every character of
   * some source, so that any entry may. Sources with a character that no affix adds and no entry holds are
   * left out: hr_HR's table maps 32 accented letters no affix adds, and one entry holds one (`é`,
   * `café-bar`), so `é`; fr's `’`, ligatures and combining accents are in no entry, so `''`.
   */
  readonly entryChars: string | undefined;
  /**
   * The distinct pairs of text added and stripped of the `PFX` and the `SFX` rules, to find the entries
   * that could make a given word ({@link possibleStems}); none where `entryChars` is `''`.
   */
  readonly affixes: AffixChanges;
}

/** A source as libhunspell matches it: without the `_` that anchors it to a word's start or end. */
function unanchored(from: string): string {
  const atStart = from.length > 1 && from.startsWith('_');
  const atEnd = from.length > 1 && from.endsWith('_');
  return from.slice(atStart ? 1 : 0, atEnd ? -1 : undefined);
}

/**
 * The `ICONV` table of `aff` and the characters an entry must hold to make a word it changes, knowing from
 * `inEntries` whether some entry's word holds a character.
 */
export function inputConversion(aff: AffixFile, inEntries: (char: string) => boolean): InputConversion {
  const table = aff.inputConversion;
  const affixes: AffixChanges = { prefixes: [], suffixes: [] };
  if (table.length === 0) return { table, entryChars: '', affixes };
  const added = new Set<string>();
  for (const classes of aff.classes.values()) {
    for (const affixClass of classes) for (const { add } of affixClass.rules) for (const char of add) added.add(char);
  }
  const held = new Map<string, boolean>();
  const holds = (char: string): boolean => {
    let known = held.get(char);
    if (known === undefined) held.set(char, (known = inEntries(char)));
    return known;
  };
  const entryChars = new Set<string>();
  for (const { from } of table) {
    const source = unanchored(from);
    if (source === '') continue;
    const needed = [...source].filter((char) => !added.has(char));
    if (needed.length === 0) return { table, entryChars: undefined, affixes: affixChanges(aff) };
    // A source with a character that neither an affix nor an entry holds is in no word (fr's `Ç` written
    // as `C` and a combining cedilla: no entry holds the cedilla, many hold `C`).
    if (needed.every(holds)) entryChars.add(needed[0]!);
  }
  return { table, entryChars: [...entryChars].join(''), affixes: entryChars.size === 0 ? affixes : affixChanges(aff) };
}

/** The distinct changes of `aff`'s rules. */
export function affixChanges(aff: AffixFile): AffixChanges {
  const prefixes: { add: string; strip: string }[] = [];
  const suffixes: { add: string; strip: string }[] = [];
  const seen = new Set<string>();
  for (const classes of aff.classes.values()) {
    for (const affixClass of classes) {
      for (const { add, strip } of affixClass.rules) {
        const key = `${affixClass.kind} ${add} ${strip}`;
        if (seen.has(key)) continue;
        seen.add(key);
        (affixClass.kind === 'PFX' ? prefixes : suffixes).push({ add, strip });
      }
    }
  }
  return { prefixes, suffixes };
}

/**
 * Every entry word from which affixes could make one of `words`: each word with at most two prefixes and at
 * most two suffixes taken off (each rule's text added removed, its stripped text put back), whichever rules'
 * conditions and continuations would allow it. libhunspell combines at most two suffixes and one prefix
 * (two prefixes and one suffix with `COMPLEXPREFIXES`), and a made word is the prefixes' texts, the entry's
 * word without what they strip, and the suffixes' texts, so the entry that makes a word has one of these.
 */
export function possibleStems(words: Iterable<string>, affixes: AffixChanges): Set<string> {
  const sides = [
    { rules: byText(affixes.prefixes), longest: longestAdd(affixes.prefixes), atEnd: false },
    { rules: byText(affixes.suffixes), longest: longestAdd(affixes.suffixes), atEnd: true },
  ];
  const stems = new Set<string>();
  // Each text with the prefixes and suffixes taken off so far, in every order (strips of a short word may
  // overlap), at most two of each; each text and count once.
  let next: { text: string; taken: readonly number[] }[] = [];
  const seen = new Set<string>();
  const reach = (text: string, taken: readonly number[]): void => {
    stems.add(text);
    const key = `${taken[0]}${taken[1]}${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    next.push({ text, taken });
  };
  for (const word of words) reach(word, [0, 0]);
  while (next.length > 0) {
    const texts = next;
    next = [];
    for (const { text, taken } of texts) {
      sides.forEach(({ rules, longest, atEnd }, side) => {
        if (taken[side]! >= 2) return;
        for (let length = 0; length <= Math.min(text.length, longest); length++) {
          const strips = rules.get(atEnd ? text.slice(text.length - length) : text.slice(0, length));
          if (strips === undefined) continue;
          const rest = atEnd ? text.slice(0, text.length - length) : text.slice(length);
          for (const strip of strips) reach(atEnd ? rest + strip : strip + rest, side === 0 ? [taken[0]! + 1, taken[1]!] : [taken[0]!, taken[1]! + 1]);
        }
      });
    }
  }
  return stems;
}

function longestAdd(rules: AffixChanges['prefixes']): number {
  let longest = 0;
  for (const { add } of rules) longest = Math.max(longest, add.length);
  return longest;
}

/** The stripped texts of the rules, by the text they add. */
function byText(rules: AffixChanges['prefixes']): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { add, strip } of rules) {
    const list = map.get(add) ?? [];
    list.push(strip);
    map.set(add, list);
  }
  return map;
}
