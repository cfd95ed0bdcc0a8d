import { generateInto, type Form, type GenerationError, type Grammar, type Lexeme } from '@paradigm/core';

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
  private readonly sink = (form: Form): void => {
    if (form.dir === 'both') this.text += `${form.surface}:${form.analysis}\n`;
    else if (form.dir === 'LR') this.lr += `${form.surface}:>:${form.analysis}\n`;
    else this.rl += `${form.surface}:<:${form.analysis}\n`;
  };

  /** Appends every line of `lexeme`, or returns the first error generating it (its lines are then incomplete). */
  add(grammar: Grammar, lexeme: Lexeme): GenerationError | undefined {
    // lt-expand prints surfaces and analyses: no form's cells are joined.
    for (const summary of generateInto(grammar, lexeme, this.sink, { cells: false })) if (summary.kind === 'error') return summary.error;
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
