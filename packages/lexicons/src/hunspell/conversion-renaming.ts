import { morphStart } from './dic-file';
import type { AffixClass, AffixFile, DicEntry } from './hunspell-model';

/** An `OCONV` table that renames one character to another one that the dictionary never uses. */
export interface CharacterRenaming {
  readonly from: string;
  readonly to: string;
}

/** Characters with a meaning in a Hunspell condition: renaming one would change what the condition says. */
const CONDITION_SYNTAX = '.[]^';

function oneUnit(char: string): boolean {
  if (char.length !== 1 || /\s/.test(char) || CONDITION_SYNTAX.includes(char)) return false;
  const unit = char.charCodeAt(0);
  return unit < 0xd800 || unit > 0xdfff;
}

/** `text` as it appears in the .dic byte string, or `undefined` for an encoding not handled here. */
export function encodedIn(encoding: string, text: string): string | undefined {
  const name = encoding.toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return Buffer.from(text, 'utf8').toString('latin1');
  if (/^iso-?8859-1$/.test(name) && /^[\0-\xff]*$/.test(text)) return text;
  return undefined;
}

/**
 * True when `encoded` occurs in the .dic byte string `dic` before the morphological fields of its line
 * (in a word, or in flags): fr.dic has `’` once, in a field (`st:chef-d’œuvre`), which no word carries.
 */
export function inEntries(dic: string, encoded: string): boolean {
  for (let at = dic.indexOf(encoded); at >= 0; at = dic.indexOf(encoded, at + 1)) {
    const start = dic.lastIndexOf('\n', at) + 1;
    const end = dic.indexOf('\n', at);
    const line = dic.slice(start, end < 0 ? dic.length : end);
    const split = morphStart(line);
    if (split === undefined || at - start < split.wordEnd) return true;
  }
  return false;
}

function usesChar(classes: Iterable<AffixClass>, char: string): boolean {
  for (const affixClass of classes) {
    for (const rule of affixClass.rules) if (rule.strip.includes(char) || rule.add.includes(char) || rule.condition.includes(char)) return true;
  }
  return false;
}

/**
 * The `OCONV` table as a renaming of one character, or `undefined` where it is not one. fr.aff's table is
 * one entry, `'` to `’`, and neither fr.aff's rules nor fr.dic's words contain `’` (ICONV turns it into `'`): then
 * renaming `'` to `’` in the stems, affixes, strips and conditions before generating gives every word
 * exactly as converting it afterwards does. The renaming is a bijection between the texts that occur
 * (nothing holds `’` to start with), so it keeps every strip, condition match, word length and equality
 * (de-duplication, forbidden spellings); Hunspell conditions have no ranges, so renaming a set member is
 * exact. In UTF-8, libhunspell's suffix conditions tell one-byte characters from longer ones (`'` from `’`),
 * so the renamed character is read as the one it stands for there (`standIn`). Converting each 32 Ki chunk of output instead took 6-7% of expanding fr, and its garbage more.
 *
 * Both characters must be single UTF-16 units without a meaning in conditions, neither may be an
 * `IGNORE` character, and the target must not occur in the rules or in the words and flags of the .dic
 * (`dic`, the byte string).
 */
export function conversionAsRenaming(aff: AffixFile, dic: string): CharacterRenaming | undefined {
  if (aff.outputConversion.length !== 1) return undefined;
  const [{ from, to: written }] = aff.outputConversion;
  const to = written.replaceAll('_', ' ');
  if (!oneUnit(from) || !oneUnit(to) || from === to || aff.ignore.includes(from) || aff.ignore.includes(to)) return undefined;
  const encoded = encodedIn(aff.encoding, to);
  if (encoded === undefined || inEntries(dic, encoded) || usesChar([...aff.classes.values()].flat(), to)) return undefined;
  return { from, to };
}

/** `aff` with `renaming` applied to every rule's strip, affix and condition, and no `OCONV` table left. */
export function renameAffixes(aff: AffixFile, { from, to }: CharacterRenaming): AffixFile {
  const rename = (text: string): string => (text.includes(from) ? text.replaceAll(from, to) : text);
  const classes = new Map<string, AffixClass[]>();
  for (const [flag, flagClasses] of aff.classes) {
    classes.set(
      flag,
      flagClasses.map((affixClass) => ({
        ...affixClass,
        rules: affixClass.rules.map((rule) => ({ ...rule, strip: rename(rule.strip), add: rename(rule.add), condition: rename(rule.condition) })),
      })),
    );
  }
  return { ...aff, classes, outputConversion: [], standIn: { char: to, for: from } };
}

/** The entries with `renaming` applied to their words. */
export function* renameEntries(entries: Iterable<DicEntry>, { from, to }: CharacterRenaming): Generator<DicEntry> {
  for (const entry of entries) yield entry.word.includes(from) ? { ...entry, word: entry.word.replaceAll(from, to) } : entry;
}
