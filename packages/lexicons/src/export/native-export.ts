import { lexemeLabel, splitPatternFile } from '@paradigm/core';
import { LEXEME_COLUMNS } from '../native/lexemes-tsv';
import type { NativeLexeme } from '../native/native-lexicon';

/** A stored pattern as the native format writes it: its name and its whole source, `pattern NAME` header included. */
export interface ExportPattern {
  readonly name: string;
  readonly source: string;
}

/** A lexicon cannot be written in the native format without changing it when read back. */
export class NativeExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NativeExportError';
  }
}

/**
 * The `.patterns` text of `patterns`: their sources one after the other, joined by a line break, so
 * that `splitPatternFile` cuts it back into exactly these sources (a source is its header line and
 * every line up to the next header, blank lines and comments included). The text ends as the last
 * source does.
 *
 * @throws {@link NativeExportError} for a source that does not read back as itself (no header, a
 * header naming another pattern, a second header inside it).
 */
export function formatPatternsFile(patterns: readonly ExportPattern[]): string {
  for (const pattern of patterns) {
    const back = splitPatternFile(pattern.source);
    if (back.length !== 1 || back[0]!.name !== pattern.name || back[0]!.source !== pattern.source)
      throw new NativeExportError(
        `pattern "${pattern.name}": its stored source does not read back as one pattern of that name (it must start with "pattern ${pattern.name}" and hold no other header); fix the source and export again`,
      );
  }
  // No line break is added at the end: it would become an empty last line of the last source.
  return patterns.map((p) => p.source).join('\n');
}

/** The header line of an exported `lexemes.tsv` (every column, in {@link LEXEME_COLUMNS} order). */
export const LEXEMES_TSV_HEADER = `${LEXEME_COLUMNS.join('\t')}\n`;

/**
 * One lexeme as a `lexemes.tsv` line (with its line break) that `parseLexemesTsv` reads back to the
 * same lexeme: an absent stem, root or gloss is an empty field.
 *
 * @throws {@link NativeExportError} for a value the format cannot hold: a tab or line break in a field,
 * an id below 1, an empty stem or gloss (read back as absent), a radical that is empty or holds `-`, a pattern name
 * with a space, a lexeme without patterns.
 */
export function formatLexemeLine(lexeme: NativeLexeme): string {
  const fail = (what: string): never => {
    throw new NativeExportError(`${lexemeLabel(lexeme.id, lexeme.lemma)}: ${what}, which lexemes.tsv cannot hold; change the lexeme or export another format`);
  };
  const field = (name: string, value: string | undefined): string => {
    if (value === undefined) return '';
    if (/[\t\n\r]/.test(value)) fail(`the ${name} holds a tab or line break`);
    if (value === '') fail(`the ${name} is empty (an empty field reads back as no ${name})`);
    return value;
  };
  if (lexeme.root?.some((radical) => radical === '' || radical.includes('-'))) fail('a radical of the root is empty or holds "-"');
  if (lexeme.patterns.length === 0) fail('it takes no pattern');
  if (lexeme.patterns.some((name) => /[\s]/.test(name) || name === '')) fail('a pattern name is empty or holds white space');
  if (lexeme.lemma === '') fail('the lemma is empty');
  if (!Number.isInteger(lexeme.id) || lexeme.id < 1) fail('its id is not a positive whole number');
  const values: Record<(typeof LEXEME_COLUMNS)[number], string> = {
    id: String(lexeme.id),
    lemma: field('lemma', lexeme.lemma),
    stem: field('stem', lexeme.stem),
    root: field('root', lexeme.root?.join('-')),
    gloss: field('gloss', lexeme.gloss),
    patterns: lexeme.patterns.join(' '),
  };
  return `${LEXEME_COLUMNS.map((column) => values[column]).join('\t')}\n`;
}
