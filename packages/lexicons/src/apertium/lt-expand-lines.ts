import { generateInto, type Form, type GenerationError, type Grammar, type Lexeme } from '@paradigm/core';

/**
 * The most characters of lines one lexeme may add. A lexeme's lines are held until it is done (its LR and
 * RL lines follow all of its unrestricted ones), and a string cannot pass about 2^29 characters: the form
 * limit bounds how many lines, not how long, so a few long texts multiplied by nested pardefs (1,024 forms
 * of 600,000 characters from a 120 kB .dix) would otherwise end in V8's "Invalid string length".
 */
export const MAX_ENTRY_CHARS = 1 << 28;

/** What {@link LtExpandLines.add} returns for a lexeme whose lines pass the most one lexeme may add. */
export interface EntryTooLong {
  readonly code: 'entry-too-long';
  /** The most characters of lines one lexeme may add. */
  readonly limit: number;
}

/** Thrown out of the generator's sink to stop a lexeme past the limit. */
const TOO_LONG = new Error('entry-too-long');

/**
 * lt-expand's lines for lexemes generated one after another, appended to one string ({@link text})
 * straight from the generator's sink: each lexeme's unrestricted lines, then its LR lines, then its RL
 * lines, as {@link formatLtExpand} groups them. Appending costs less than collecting forms and
 * yielding one string per line, and less than joining an array of their parts once per chunk.
 */
export class LtExpandLines {
  /** The lines of the lexemes added since the last {@link take}, each ending with `\n`. */
  text = '';
  private lr = '';
  private rl = '';
  /** Characters of the lexeme being added so far. */
  private chars = 0;
  private readonly sink = (form: Form): void => {
    const line = form.dir === 'both' ? `${form.surface}:${form.analysis}\n` : form.dir === 'LR' ? `${form.surface}:>:${form.analysis}\n` : `${form.surface}:<:${form.analysis}\n`;
    this.chars += line.length;
    if (this.chars > this.maxEntryChars) throw TOO_LONG;
    if (form.dir === 'both') this.text += line;
    else if (form.dir === 'LR') this.lr += line;
    else this.rl += line;
  };

  /** @param maxEntryChars the most characters of lines one lexeme may add (see {@link MAX_ENTRY_CHARS}) */
  constructor(private readonly maxEntryChars = MAX_ENTRY_CHARS) {}

  /**
   * Appends every line of `lexeme`, or returns the first error generating it, or {@link EntryTooLong}
   * when its lines pass `maxEntryChars` (its lines are then incomplete).
   */
  add(grammar: Grammar, lexeme: Lexeme): GenerationError | EntryTooLong | undefined {
    this.chars = 0;
    try {
      // lt-expand prints surfaces and analyses: no form's cells are joined.
      for (const summary of generateInto(grammar, lexeme, this.sink, { cells: false })) if (summary.kind === 'error') return summary.error;
    } catch (error) {
      if (error !== TOO_LONG) throw error;
      this.lr = '';
      this.rl = '';
      return { code: 'entry-too-long', limit: this.maxEntryChars };
    }
    if (this.lr !== '' || this.rl !== '') {
      this.text += this.lr + this.rl;
      this.lr = '';
      this.rl = '';
    }
    return undefined;
  }

  /** The text so far, which then starts again empty. */
  take(): string {
    const text = this.text;
    this.text = '';
    return text;
  }
}
