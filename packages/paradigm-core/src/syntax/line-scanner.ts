import type { TextRules } from '../text/normalization';
import { explainUnstorable, firstUnstorable } from '../text/storable-text';
import { SourceProblem } from './source-problem';

/** Characters that end a bare token (besides whitespace), per docs/patterns.md. */
const BARE_STOP = new Set(['"', '/', '[', ']', '>', '=', '#']);
const NAME_CHAR = /^[\p{L}\p{M}\p{N}_.:/-]$/u;
/** What a string must be to reach a form or a stored column (see text/storable-text.ts). */
const STORABLE = 'text without U+0000 or unpaired surrogates';

/**
 * Reads one line of pattern source, code point by code point, and reports problems with 1-based
 * line and column (columns count code points). The grammar is small and context dependent (a `/`
 * starts a condition after `suffix` but is part of a name after `>`), so the parser drives the scanner
 * instead of a separate tokenizer pass.
 */
export class LineScanner {
  private readonly chars: string[];
  private index = 0;

  constructor(
    lineText: string,
    readonly line: number,
    /** Applied to quoted strings (their escapes may spell any code points). */
    readonly text: TextRules,
  ) {
    this.chars = Array.from(lineText);
    // Array.from keeps an unpaired surrogate as a one-unit element of its own, so its index is its column.
    const bad = this.chars.findIndex((ch) => firstUnstorable(ch) >= 0);
    if (bad >= 0) this.fail(STORABLE, `the source holds ${explainUnstorable(this.chars[bad].charCodeAt(0))}`, bad + 1);
  }

  /** 1-based column of the next unread character. */
  get column(): number {
    return this.index + 1;
  }

  fail(expected: string, detail: string, column = this.column): never {
    throw new SourceProblem(this.line, column, expected, detail);
  }

  skipSpace(): void {
    while (this.index < this.chars.length && /\s/.test(this.chars[this.index])) this.index++;
  }

  /** After skipping space: true at the end of the line or at a `#` comment. */
  atEnd(): boolean {
    this.skipSpace();
    return this.index >= this.chars.length || this.chars[this.index] === '#';
  }

  /** The next character after skipping space ('' at the end or at a comment). */
  peek(): string {
    return this.atEnd() ? '' : this.chars[this.index];
  }

  /** The next character as it is, without skipping space ('' at the end of the line). */
  current(): string {
    return this.chars[this.index] ?? '';
  }

  /** True (and consumes it) when the upcoming text is exactly `literal`. */
  accept(literal: string): boolean {
    this.skipSpace();
    const parts = Array.from(literal);
    for (let k = 0; k < parts.length; k++) if (this.chars[this.index + k] !== parts[k]) return false;
    this.index += parts.length;
    return true;
  }

  expect(literal: string, detail: string): void {
    if (!this.accept(literal)) this.fail(`"${literal}"`, detail);
  }

  /** A bare token: no whitespace and none of `" / [ ] > = #` (nor any of `extraStops`); may be empty. */
  readBare(extraStops = ''): string {
    this.skipSpace();
    const start = this.index;
    while (this.index < this.chars.length) {
      const ch = this.chars[this.index];
      if (/\s/.test(ch) || BARE_STOP.has(ch) || extraStops.includes(ch)) break;
      this.index++;
    }
    return this.chars.slice(start, this.index).join('');
  }

  /** A bare token or a double-quoted string with JSON escapes; fails with `what` when there is none. */
  readString(what: string, extraStops = ''): string {
    this.skipSpace();
    if (this.chars[this.index] === '"') return this.readQuoted();
    const column = this.column;
    const text = this.readBare(extraStops);
    if (text === '') this.fail(what, `expected ${what}`, column);
    return text;
  }

  private readQuoted(): string {
    const start = this.index;
    let k = this.index + 1;
    while (k < this.chars.length && this.chars[k] !== '"') k += this.chars[k] === '\\' ? 2 : 1;
    if (k >= this.chars.length) this.fail('a closing "', 'the quoted string is not closed');
    const literal = this.chars.slice(start, k + 1).join('');
    let value: string;
    try {
      value = JSON.parse(literal) as string;
    } catch {
      return this.fail('a JSON string', `malformed escape in ${literal}`, start + 1);
    }
    const bad = firstUnstorable(value);
    if (bad >= 0) this.fail(STORABLE, `${literal} spells ${explainUnstorable(value.charCodeAt(bad))}`, this.columnOfUnit(start, bad));
    this.index = k + 1;
    return this.text.normalize(value);
  }

  /** The column of the character or escape that spells UTF-16 unit `unit` of the quoted string at `start`. */
  private columnOfUnit(start: number, unit: number): number {
    let produced = 0;
    let k = start + 1;
    for (;;) {
      const ch = this.chars[k];
      // JSON escapes are \uXXXX (one unit) or a backslash and one character; anything else is itself.
      const [width, units] = ch === '\\' ? [this.chars[k + 1] === 'u' ? 6 : 2, 1] : [1, ch.length];
      if (produced + units > unit) return k + 1;
      produced += units;
      k += width;
    }
  }

  /** The string right after a `+` or `-` sign (no space in between). */
  readStringAfterSign(what: string): string {
    const ch = this.chars[this.index];
    if (ch === undefined || /\s/.test(ch)) this.fail(what, `expected ${what}, with no space after the sign`);
    return this.readString(what);
  }

  /** Runs `probe` on the scanner and rewinds it afterwards, returning what `probe` returned. */
  lookahead<T>(probe: (scanner: LineScanner) => T): T {
    const saved = this.index;
    try {
      return probe(this);
    } finally {
      this.index = saved;
    }
  }

  /** A pattern name: letters, marks, digits and `_ . : / -`. */
  readName(what: string): string {
    this.skipSpace();
    const start = this.index;
    while (this.index < this.chars.length && NAME_CHAR.test(this.chars[this.index])) this.index++;
    if (this.index === start) this.fail(what, `expected ${what}`);
    return this.chars.slice(start, this.index).join('');
  }

  /**
   * The body of a `/COND/` (the scanner stands on the opening slash). A `/` inside a class or after a
   * backslash does not close it.
   */
  readCondition(): { text: string; column: number } {
    this.skipSpace();
    const open = this.index;
    let k = open + 1;
    let inClass = false;
    while (k < this.chars.length) {
      const ch = this.chars[k];
      if (ch === '\\') k += 2;
      else if (ch === '[') (inClass = true), k++;
      else if (ch === ']') (inClass = false), k++;
      else if (ch === '/' && !inClass) break;
      else k++;
    }
    if (k >= this.chars.length)
      this.fail(inClass ? "']' and a closing /" : 'a closing /', inClass ? 'the condition ends inside a class [; close it with ]' : 'the condition is not closed', open + 1);
    this.index = k + 1;
    return { text: this.chars.slice(open + 1, k).join(''), column: open + 2 };
  }

  /** The text of a bracketed option list `[a b]` (the scanner stands on `[`). */
  readBracketWords(): { word: string; column: number }[] {
    this.expect('[', 'expected an option list');
    const words: { word: string; column: number }[] = [];
    for (;;) {
      this.skipSpace();
      if (this.chars[this.index] === ']') {
        this.index++;
        return words;
      }
      const column = this.column;
      const word = this.readBare();
      if (word === '') this.fail("an option or ']'", 'the option list is not closed');
      words.push({ word, column });
    }
  }
}
