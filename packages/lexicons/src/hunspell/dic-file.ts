import { ASCII_SPACE, trimAscii } from './ascii-space';
import { resolveFlagField, resolveMorphFields } from './aliases';
import { removeIgnored } from './ignored-characters';
import { HunspellImportError } from './hunspell-import-error';
import type { FieldDecoder } from './text-encoding';
import type { AffixFile, DicEntry } from './hunspell-model';

/**
 * Where the morphological fields of a .dic line start, as Hunspell finds them: at the first field that
 * looks like `xx:` after whitespace, or after the first tab (the older separator), whichever comes first.
 */
function morphStart(line: string): { wordEnd: number; morphStart: number } | undefined {
  const field = /[ \t]+[^ \t:]{2}:/.exec(line);
  const tab = line.indexOf('\t');
  const fieldAt = field && field.index > 0 ? field.index : -1;
  if (tab >= 0 && (fieldAt < 0 || tab < fieldAt)) return { wordEnd: tab, morphStart: tab + 1 };
  if (fieldAt >= 0) return { wordEnd: fieldAt, morphStart: fieldAt + field![0].length - 3 };
  return undefined;
}

/** Splits `word/FLAGS` at the first `/` that is neither escaped (`\/`) nor the first character. */
function splitWordAndFlags(text: string): { word: string; flags: string | undefined } {
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

/**
 * Parses a decoded .dic file: line 1 is the approximate entry count (Hunspell refuses a file without it),
 * every other non-blank line is an entry `word[/flags] [morph...]`.
 */
export function parseDicFile(text: string, aff: AffixFile, decode: FieldDecoder, file: string): DicEntry[] {
  const lines = text.split(/\r?\n/);
  if (!/^[ \t]*\d+/.test(lines[0] ?? '') || Number.parseInt(trimAscii(lines[0]!), 10) <= 0) {
    throw new HunspellImportError(file, 1, `missing or bad word count "${lines[0] ?? ''}"; line 1 of a .dic file is the number of entries`);
  }
  const entries: DicEntry[] = [];
  for (let index = 1; index < lines.length; index++) {
    const raw = lines[index]!;
    if (trimAscii(raw) === '') continue;
    const line = index + 1;
    const split = morphStart(raw);
    const head = trimAscii(split ? raw.slice(0, split.wordEnd) : raw);
    const morphText = split ? trimAscii(raw.slice(split.morphStart)) : '';
    const { word, flags } = splitWordAndFlags(head);
    const cleanWord = removeIgnored(decode(word, file, line), aff.ignore);
    if (cleanWord === '') continue;
    entries.push({
      word: cleanWord,
      flags: flags === undefined ? [] : resolveFlagField(aff.flagMode, aff.flagAliases, flags, { file, line }),
      morph: morphText === '' ? [] : resolveMorphFields(aff.morphAliases, decode(morphText, file, line).split(ASCII_SPACE)),
      line,
    });
  }
  return entries;
}

