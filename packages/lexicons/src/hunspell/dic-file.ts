import { ASCII_SPACE, trimAscii } from './ascii-space';
import { resolveFlagField, resolveMorphFields } from './aliases';
import type { FlagWarningSink } from './flag-syntax';
import { removeIgnored } from './ignored-characters';
import { HunspellImportError } from './hunspell-import-error';
import { type FieldDecoder, shownField } from './text-encoding';
import type { AffixFile, DicEntry } from './hunspell-model';

/**
 * Where the morphological fields of a .dic line start, as Hunspell finds them: at the first field that
 * looks like `xx:` after whitespace, or after the first tab (the older separator), whichever comes first.
 */
export function morphStart(line: string): { wordEnd: number; morphStart: number } | undefined {
  const field = /[ \t]+[^ \t:]{2}:/.exec(line);
  const tab = line.indexOf('\t');
  const fieldAt = field && field.index > 0 ? field.index : -1;
  if (tab >= 0 && (fieldAt < 0 || tab < fieldAt)) return { wordEnd: tab, morphStart: tab + 1 };
  if (fieldAt >= 0) return { wordEnd: fieldAt, morphStart: fieldAt + field![0].length - 3 };
  return undefined;
}

/**
 * Splits `word/FLAGS` at the first `/` that is not escaped (`\/`). A line that starts with `/` is read as
 * every libhunspell release (1.7.0-1.7.3) reads it: the word `/`, and the flags from its third character
 * on (its scan steps past the first `/` and stops at once, as if a separator stood in the second place).
 * Its own comment there calls a leading `/` a character of the word, which only its development version
 * does; the releases are what spell checkers run. it_IT.dic's header lines (`/ Copyright ...`) are such
 * lines.
 */
function splitWordAndFlags(text: string): { word: string; flags: string | undefined } {
  if (text.charCodeAt(0) === 0x2f) return text.length === 1 ? { word: text, flags: undefined } : { word: '/', flags: text.slice(2) };
  if (!text.includes('\\')) {
    const slash = text.indexOf('/', 1);
    return slash < 0 ? { word: text, flags: undefined } : { word: text.slice(0, slash), flags: text.slice(slash + 1) };
  }
  let word = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && text[i + 1] === '/') {
      word += '/';
      i++;
    } else if (char === '/' && i > 0) return { word, flags: text.slice(i + 1) };
    else word += char;
  }
  return { word, flags: undefined };
}

/** `trimAscii` without the regex when the text has no blank at either end (nearly every .dic line). */
function trimmed(text: string): string {
  const last = text.length - 1;
  return last >= 0 && text.charCodeAt(0) > 32 && text.charCodeAt(last) > 32 ? text : trimAscii(text);
}

/** {@link plainEntrySlash}'s answer for a line the general reading must take. */
export const NOT_PLAIN = -2;

/**
 * For the common .dic line, `word` or `word/FLAGS` in ASCII (en_US.dic: every line), which
 * {@link entryFields} would split at its first `/` and nothing more: no blank at either end, no tab or `:`
 * (morph fields), no `\\` (an escaped slash), no leading `/`, no NUL and no byte from 0x7F up (so decoding
 * returns the word as it is: {@link FieldDecoder}s return ASCII fields unchanged). Returns where its `/` is
 * (-1 for none), or {@link NOT_PLAIN}. One pass over the characters instead of a slice of the line and six
 * searches of it (`includes`, `indexOf`, the decoder's ASCII test, each a call into V8's builtins), which
 * made reading en_US.dic's 79,000 lines about 0.5 G of the 2.1 G instructions of `lexicon expand hunspell`.
 */
export function plainEntrySlash(text: string, start: number, stop: number): number {
  if (stop <= start) return NOT_PLAIN;
  const first = text.charCodeAt(start);
  if (first <= 32 || first === 0x2f || text.charCodeAt(stop - 1) <= 32) return NOT_PLAIN;
  let slash = -1;
  for (let at = start; at < stop; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x2f) {
      if (slash < 0) slash = at;
    } else if (code >= 0x7f || code === 0x3a || code === 0x5c || code === 9 || code === 0) return NOT_PLAIN;
  }
  return slash;
}

/** What a .dic line holds: its word (not decoded), flag field and morphological fields. */
export interface EntryFields {
  readonly word: string;
  readonly flags: string | undefined;
  readonly morphText: string;
}

/**
 * Reads one .dic line (without its line end) as libhunspell does; `undefined` for a line that is no
 * entry (a blank line, or one whose word no input can find, below).
 */
export function entryFields(raw: string): EntryFields | undefined {
  if (trimmed(raw) === '') return undefined;
  const split = raw.includes('\t') || raw.includes(':') ? morphStart(raw) : undefined;
  const untrimmed = split ? raw.slice(0, split.wordEnd) : raw;
  const head = trimmed(untrimmed);
  const morphText = split ? trimAscii(raw.slice(split.morphStart)) : '';
  const { word, flags } = splitWordAndFlags(head);
  // libhunspell keeps the blanks before a word, and after one without flags, in the word (es_ES.dic
  // "Bugallón ", pt_PT.dic "Trotski  " before a tab and its morph fields), and spell() strips blanks from
  // what it checks: no input finds such an entry.
  if (head !== untrimmed && (flags === undefined || !untrimmed.startsWith(head))) return undefined;
  return { word, flags, morphText };
}

/**
 * The largest word count libhunspell 1.7 takes: it refuses the .dic (no word is then accepted) where the
 * hash table of that many entries, plus 1,005, would not fit an `int` of pointers.
 */
const MAX_WORD_COUNT = Math.floor((2 ** 31 - 1 - 1 - 1005) / 8) - 1;

/**
 * Line 1 of a .dic as libhunspell reads it, with C's `atoi`: blanks, a sign and digits at its start, the
 * rest ignored; a number past the C `long` range is clamped to it, and the value then kept to an `int`
 * (so "2147483648" is negative). 0 where it starts with no number.
 */
function wordCount(line: string): number {
  const match = /^[ \t\v\f\r]*([+-]?)(\d+)/.exec(line);
  if (match === null) return 0;
  const LONG_MAX = 2n ** 63n - 1n;
  let value = BigInt(match[2]!);
  if (value > LONG_MAX) value = match[1] === '-' ? -LONG_MAX - 1n : LONG_MAX;
  else if (match[1] === '-') value = -value;
  return Number(BigInt.asIntN(32, value));
}

/** What reading the .dic takes from the .aff (a reader that outlives the patterns keeps only this). */
export type DicReading = Pick<AffixFile, 'encoding' | 'ignore' | 'flagMode' | 'flagAliases' | 'morphAliases'>;

/** What reading a .dic takes from `aff`: holding it rather than `aff` lets the affix rules go once made into patterns. */
export function dicReading(aff: AffixFile): DicReading {
  return { encoding: aff.encoding, ignore: aff.ignore, flagMode: aff.flagMode, flagAliases: aff.flagAliases, morphAliases: aff.morphAliases };
}

/**
 * The entries of a decoded .dic file, one at a time as they are parsed (no caller holds them all): line 1
 * is the approximate entry count (Hunspell refuses a file without it), every other non-blank line is an
 * entry `word[/flags] [morph...]`.
 *
 * The loop takes the common line (`word/FLAGS`, no tab, no `:`) without regexes, and resolves each distinct
 * flag field once (entries with the same field share one array): en_US.dic has 79,000 entries but 1,500
 * distinct flag fields, and per-line regexes and flag arrays made parsing 0.7 s of a 4.5 s profile.
 * `flagFields` holds the fields resolved: readings of the same .dic that share it resolve (and warn of)
 * each field once and give entries with the same field the same array.
 *
 * A flag field that breaks the `FLAG` syntax where libhunspell reads on (an odd `FLAG long` field) is told
 * to `warn` at the first line it occurs, or without `warn` is an error. Without `withMorph` every entry's
 * `morph` is empty (the fields are still decoded, so bytes invalid in the `SET` are an error all the
 * same): the words do not depend on them.
 */
export function* dicEntries(
  text: string,
  aff: DicReading,
  decode: FieldDecoder,
  file: string,
  withMorph = true,
  warn?: FlagWarningSink,
  flagFields: Map<string, readonly string[]> = new Map(),
): Generator<DicEntry> {
  let end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  const count = wordCount(first);
  if (count <= 0 || count > MAX_WORD_COUNT) {
    const why = count > MAX_WORD_COUNT ? `, more than the ${MAX_WORD_COUNT} libhunspell reads` : '';
    throw new HunspellImportError(file, 1, `missing or bad word count "${shownField(first.replace(/\r$/, ''), aff.encoding)}"${why}; line 1 of a .dic file is the number of entries`);
  }
  const noFlags: readonly string[] = [];
  let line = 1;
  while (end >= 0) {
    const start = end + 1;
    end = text.indexOf('\n', start);
    line++;
    let stop = end < 0 ? text.length : end;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    let word: string;
    let flags: string | undefined;
    let morphText = '';
    const slash = plainEntrySlash(text, start, stop);
    if (slash !== NOT_PLAIN) {
      // ASCII without NUL: decoding returns the word as it is.
      word = text.slice(start, slash < 0 ? stop : slash);
      flags = slash < 0 ? undefined : text.slice(slash + 1, stop);
    } else {
      const fields = entryFields(text.slice(start, stop));
      if (fields === undefined) continue;
      ({ flags, morphText } = fields);
      word = decode(fields.word, file, line);
    }
    const cleanWord = removeIgnored(word, aff.ignore);
    if (cleanWord === '') continue;
    let resolved = flags === undefined ? noFlags : flagFields.get(flags);
    if (resolved === undefined) {
      resolved = resolveFlagField(aff.flagMode, aff.flagAliases, flags!, { file, line }, warn);
      flagFields.set(flags!, resolved);
    }
    let morph = noFlags;
    if (morphText !== '') {
      const fields = decode(morphText, file, line);
      if (withMorph) morph = resolveMorphFields(aff.morphAliases, fields.split(ASCII_SPACE));
    }
    yield { word: cleanWord, flags: resolved, morph, line };
  }
}

/**
 * False when no entry of the .dic (a byte string) can carry `flag`: neither its bytes nor (with an `AF`
 * table) an alias that holds it appear anywhere. Finding the entries that carry a flag reads every entry;
 * fr.aff declares FORBIDDENWORD and fr.dic never uses it.
 */
export function dicMayCarry(text: string, aff: AffixFile, flag: string): boolean {
  if (aff.flagAliases !== undefined) return aff.flagAliases.some((flags) => flags?.includes(flag));
  return text.includes(aff.flagMode === 'UTF-8' ? Buffer.from(flag, 'utf8').toString('latin1') : flag);
}
