import type { AffixFile, Conversion } from './hunspell-model';

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
   * some source, so that any entry may. Only characters some entry holds are kept: hr_HR's table maps 32
   * accented letters no affix adds, and one entry holds one (`é`, `café-bar`); fr's `’`, ligatures and
   * combining accents are in no entry, so `''`.
   */
  readonly entryChars: string | undefined;
}

/** A source as libhunspell matches it: without the `_` that anchors it to a word's start or end. */
export function unanchored(from: string): string {
  const atStart = from.length > 1 && from.startsWith('_');
  const atEnd = from.length > 1 && from.endsWith('_');
  return from.slice(atStart ? 1 : 0, atEnd ? -1 : undefined);
}

/**
 * The `ICONV` table of `aff` and the characters an entry must hold to make a word it changes, of those
 * that `inEntries` says some entry's word holds (an empty string when none does).
 */
export function inputConversion(aff: AffixFile, inEntries: (char: string) => boolean): InputConversion {
  const table = aff.inputConversion;
  if (table.length === 0) return { table, entryChars: '' };
  const added = new Set<string>();
  for (const classes of aff.classes.values()) {
    for (const affixClass of classes) for (const rule of affixClass.rules) for (const char of rule.add) added.add(char);
  }
  const entryChars = new Set<string>();
  for (const { from } of table) {
    const source = unanchored(from);
    if (source === '') continue;
    const needed = [...source].find((char) => !added.has(char));
    if (needed === undefined) return { table, entryChars: undefined };
    if (inEntries(needed)) entryChars.add(needed);
  }
  return { table, entryChars: [...entryChars].join('') };
}
