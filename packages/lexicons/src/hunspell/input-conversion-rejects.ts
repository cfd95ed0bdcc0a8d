import type { FormRowSink, Lexeme } from '@paradigm/core';
import { FormLimitReached } from './entry-form-limit-error';
import { HunspellImportError } from './hunspell-import-error';
import { possibleStems, type InputConversion } from './input-conversion';
import { lookedUpSpellings } from './looked-up-spellings';
import { outputConverter } from './output-conversion';

/** What the expansion generates, as {@link inputConversionRejects} reads it. */
export interface GeneratedWords {
  /**
   * The entries as lexemes, read anew on each call: all, or at least those whose .dic line holds one of
   * `lines.holding` (characters) or starts with one of `lines.startingWith` (words), where the reading can
   * skip the others (the streamed expansion reads only those lines).
   */
  readonly lexemes: (lines?: EntryLines) => Iterable<Lexeme>;
  /** Generates one lexeme's forms into `rows`; throws {@link FormLimitReached} past the limit of forms. */
  readonly generate: (lexeme: Lexeme, rows: FormRowSink) => void;
  /** Spellings left out of the expansion, which `spell()` rejects. */
  readonly forbidden: ReadonlySet<string>;
  /**
   * A character the words hold in place of another (an `OCONV` target renamed into the rules and words,
   * conversion-renaming.ts): the words are converted as the text it stands for.
   */
  readonly standIn?: { readonly char: string; readonly for: string };
}

/** Which .dic lines a reading needs: those holding one of some characters, or starting with one of some words. */
export type EntryLines = { readonly holding: string } | { readonly startingWith: ReadonlySet<string> };

/** A generated word that `ICONV` changes, and the spellings `spell()` looks its conversion up as. */
interface Converted {
  readonly word: string;
  readonly spellings: readonly string[];
}

/**
 * The generated words that libhunspell's `spell()` rejects because of the `ICONV` table: `spell()`
 * converts its input with the table (`RepList::conv`: left to right, the longest source at each position,
 * once) and looks up only the conversion, so a word the table changes is accepted when its conversion is.
 * That is taken to be when the conversion, in one of the spellings `spell()` tries for its capitalisation
 * ({@link lookedUpSpellings}), is itself a generated word that is not forbidden; what `spell()` also
 * accepts by compounding or splitting at `BREAK` points is not modelled. hr_HR.aff maps `é` to `e`:
 * `café-bar` and its 22 forms are rejected, as no `cafe-bar` is made.
 *
 * The words are generated twice at most, and the output is not held: first only the entries that can make
 * a word holding a source ({@link InputConversion.entryChars}), to find the words the table changes (none
 * for fr and en_US, whose entries hold no source, so no entry is generated; 23 of one entry for hr_HR);
 * then, when there are some, only the entries whose word could make one of the conversions
 * ({@link possibleStems}: hr_HR's 23 conversions, `cafe-bar`, ..., have 1,101 possible entry words, none
 * of them an entry, so none of its 53,661 entries is generated; generating all took 0.3 s of CPU, two
 * thirds of the job), to find which conversions are made. Memory holds those words, their conversions'
 * spellings and the entry words that could make them. The returned words are left out as forbidden
 * spellings are, so the expansion keeps its order. An error of the .dic ends the reading of the rest here;
 * the expansion itself stops there with the error. An entry past the limit of forms ends the first reading
 * (the expansion stops at that entry or an earlier one, so no later word is printed: myspell-hu's hu_HU.aff,
 * whose affixes add every character of its `ICONV` sources, had every entry generated up to the limit
 * before the expansion stopped at its first entry) and only that entry's reading in the second (a word
 * printed before the stop is accepted through a conversion made by any entry).
 */
export function inputConversionRejects(conversion: InputConversion, generated: GeneratedWords): string[] {
  const { table, entryChars } = conversion;
  if (table.length === 0 || entryChars === '') return [];
  const convert = outputConverter(table);
  const { standIn } = generated;
  const original = standIn === undefined ? (word: string) => word : (word: string) => word.replaceAll(standIn.char, standIn.for);
  const mayHold = entryChars === undefined
    ? () => true
    : (lexeme: Lexeme) => {
        const lemma = original(lexeme.lemma);
        for (const char of entryChars) if (lemma.includes(char)) return true;
        return false;
      };

  const converted = new Map<string, Converted>();
  eachWord(generated, entryChars === undefined ? undefined : { holding: entryChars }, mayHold, 'stop', (word) => {
    if (converted.has(word)) return;
    const text = original(word);
    const conversionOf = convert(text);
    if (conversionOf !== text) converted.set(word, { word, spellings: lookedUpSpellings(conversionOf) });
  });
  if (converted.size === 0) return [];

  const wanted = new Map<string, boolean>();
  for (const { spellings } of converted.values()) for (const spelling of spellings) wanted.set(spelling, false);
  const stems = possibleStems(wanted.keys(), conversion.affixes);
  eachWord(generated, { startingWith: stems }, (lexeme) => stems.has(original(lexeme.lemma)), 'go on', (word) => {
    const text = original(word);
    if (wanted.has(text)) wanted.set(text, true);
  });
  return [...converted.values()].filter(({ spellings }) => !spellings.some((spelling) => wanted.get(spelling))).map(({ word }) => word);
}

/**
 * Calls `visit` with every word (not empty, not forbidden) of the lexemes `include` selects of those read for
 * `lines`; an entry past the limit of forms gives its words up to the limit, then the reading stops or goes
 * on with the next entry, as `pastLimit` says.
 */
function eachWord(
  generated: GeneratedWords,
  lines: EntryLines | undefined,
  include: (lexeme: Lexeme) => boolean,
  pastLimit: 'stop' | 'go on',
  visit: (word: string) => void,
): void {
  const { forbidden, generate } = generated;
  const rows: FormRowSink = {
    add: (_lexemeId, _patternId, _cell, surface) => {
      if (surface !== '' && !forbidden.has(surface)) visit(surface);
    },
  };
  try {
    for (const lexeme of generated.lexemes(lines)) {
      if (!include(lexeme)) continue;
      try {
        generate(lexeme, rows);
      } catch (error) {
        if (!(error instanceof FormLimitReached)) throw error;
        if (pastLimit === 'stop') return;
      }
    }
  } catch (error) {
    if (!(error instanceof HunspellImportError)) throw error;
  }
}
