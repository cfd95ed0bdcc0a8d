import type { TextRules } from '../text/normalization';
import { explainUnstorable, firstUnstorable } from '../text/storable-text';
import { utf8Length } from '../text/utf8-length';
import { SourceProblem } from './source-problem';

const NAME_CHAR = /^[\p{L}\p{M}\p{N}_.:/-]$/u;
/**
 * The longest pattern name, in UTF-8 bytes: PostgreSQL's btree index on the names holds at most about 2,700
 * bytes a row, so a longer name would pass every check and fail only when stored.
 */
export const MAX_NAME_BYTES = 1000;
const SPACE = /\s/;
/** What a string must be to reach a form or a stored column (see text/storable-text.ts). */
const STORABLE = 'text without U+0000 or unpaired surrogates';

/**
 * Per ASCII code unit: 1 for whitespace (`\s`), 2 for what ends a bare token besides whitespace
 * (`" / [ ] > = #`, per docs/patterns.md), 4 for a character of names (`A-Za-z0-9_.:/-`).
 */
const ASCII = new Uint8Array(128);
for (const ch of '\t\n\v\f\r ') ASCII[ch.charCodeAt(0)] |= 1;
for (const ch of '"/[]>=#') ASCII[ch.charCodeAt(0)] |= 2;
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:/-') ASCII[ch.charCodeAt(0)] |= 4;

/** True for a code unit that `\s` matches (no surrogate is whitespace). */
function isSpace(unit: number): boolean {
  return unit < 128 ? (ASCII[unit] & 1) !== 0 : SPACE.test(String.fromCharCode(unit));
}

/**
 * Reads one line of pattern source and reports problems with 1-based line and column (columns count
 * code points). The grammar is small and context dependent (a `/` starts a condition after `suffix` but
 * is part of a name after `>`), so the parser drives the scanner instead of a separate tokenizer pass.
 *
 * It walks the line's UTF-16 code units and counts code points only for a column: every character that
 * ends a token is a single unit, so a surrogate pair is never split. An array of one string per code
 * point was most of the garbage of compiling fr.aff's 5,600 rules.
 */
export class LineScanner {
  /** A code unit index into `source`. */
  private index = 0;
  /** The line has surrogate pairs: a column is not the index plus one. */
  private readonly astral: boolean;

  constructor(
    private readonly source: string,
    readonly line: number,
    /** Applied to quoted strings (their escapes may spell any code points). */
    readonly text: TextRules,
  ) {
    this.astral = /[\ud800-\udfff]/.test(source);
    const bad = firstUnstorable(source);
    if (bad >= 0) this.fail(STORABLE, `the source holds ${explainUnstorable(source.charCodeAt(bad))}`, this.columnAt(bad));
  }

  /** 1-based column of the next unread character. */
  get column(): number {
    return this.columnAt(this.index);
  }

  /** The 1-based column of the character at code unit `index`. */
  private columnAt(index: number): number {
    if (!this.astral) return index + 1;
    let column = 1;
    for (let k = 0; k < index; k++, column++) if (this.pairAt(k)) k++;
    return column;
  }

  /** True when a surrogate pair starts at `index`. */
  private pairAt(index: number): boolean {
    const unit = this.source.charCodeAt(index);
    if (unit < 0xd800 || unit > 0xdbff) return false;
    const next = this.source.charCodeAt(index + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }

  fail(expected: string, detail: string, column = this.column): never {
    throw new SourceProblem(this.line, column, expected, detail);
  }

  skipSpace(): void {
    const source = this.source;
    while (this.index < source.length && isSpace(source.charCodeAt(this.index))) this.index++;
  }

  /** After skipping space: true at the end of the line or at a `#` comment. */
  atEnd(): boolean {
    this.skipSpace();
    return this.index >= this.source.length || this.source.charCodeAt(this.index) === 0x23;
  }

  /** The next character after skipping space ('' at the end or at a comment). */
  peek(): string {
    return this.atEnd() ? '' : this.current();
  }

  /** The next character as it is, without skipping space ('' at the end of the line). */
  current(): string {
    const index = this.index;
    if (index >= this.source.length) return '';
    return this.pairAt(index) ? this.source.slice(index, index + 2) : this.source[index];
  }

  /** True (and consumes it) when the upcoming text is exactly `literal`. */
  accept(literal: string): boolean {
    this.skipSpace();
    if (!this.source.startsWith(literal, this.index)) return false;
    this.index += literal.length;
    return true;
  }

  expect(literal: string, detail: string): void {
    if (!this.accept(literal)) this.fail(`"${literal}"`, detail);
  }

  /** A bare token: no whitespace and none of `" / [ ] > = #` (nor any of `extraStops`); may be empty. */
  readBare(extraStops = ''): string {
    this.skipSpace();
    const source = this.source;
    const start = this.index;
    let index = start;
    for (; index < source.length; index++) {
      const unit = source.charCodeAt(index);
      if (unit < 128 ? (ASCII[unit] & 3) !== 0 : isSpace(unit)) break;
      if (extraStops !== '' && extraStops.includes(source[index])) break;
    }
    this.index = index;
    return source.slice(start, index);
  }

  /** A bare token or a double-quoted string with JSON escapes; fails with `what` when there is none. */
  readString(what: string, extraStops = ''): string {
    this.skipSpace();
    if (this.source.charCodeAt(this.index) === 0x22) return this.readQuoted();
    const column = this.column;
    const text = this.readBare(extraStops);
    if (text === '') this.fail(what, `expected ${what}`, column);
    return text;
  }

  private readQuoted(): string {
    const source = this.source;
    const start = this.index;
    let k = start + 1;
    while (k < source.length && source.charCodeAt(k) !== 0x22) k += source.charCodeAt(k) === 0x5c ? 2 : 1;
    if (k >= source.length) this.fail('a closing "', 'the quoted string is not closed');
    const literal = source.slice(start, k + 1);
    let value: string;
    try {
      value = JSON.parse(literal) as string;
    } catch {
      return this.fail('a JSON string', `malformed escape in ${literal}`, this.columnAt(start));
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
      // JSON escapes are \uXXXX (one unit) or a backslash and one character; anything else is itself.
      const escape = this.source.charCodeAt(k) === 0x5c;
      const units = escape ? 1 : this.pairAt(k) ? 2 : 1;
      const width = escape ? (this.source[k + 1] === 'u' ? 6 : 2) : units;
      if (produced + units > unit) return this.columnAt(k);
      produced += units;
      k += width;
    }
  }

  /** The string right after a `+` or `-` sign (no space in between). */
  readStringAfterSign(what: string): string {
    if (this.index >= this.source.length || isSpace(this.source.charCodeAt(this.index))) this.fail(what, `expected ${what}, with no space after the sign`);
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
    const source = this.source;
    const start = this.index;
    let index = start;
    while (index < source.length) {
      const unit = source.charCodeAt(index);
      if (unit < 128) {
        if ((ASCII[unit] & 4) === 0) break;
        index++;
        continue;
      }
      const width = this.pairAt(index) ? 2 : 1;
      if (!NAME_CHAR.test(source.slice(index, index + width))) break;
      index += width;
    }
    this.index = index;
    if (index === start) this.fail(what, `expected ${what}`);
    const name = source.slice(start, index);
    const bytes = utf8Length(name);
    if (bytes > MAX_NAME_BYTES) this.fail(what, `the name is ${bytes} bytes long in UTF-8, longer than the ${MAX_NAME_BYTES} a pattern name may have (the database indexes names); shorten it`, this.columnAt(start));
    return name;
  }

  /**
   * The body of a `/COND/` (the scanner stands on the opening slash). A `/` inside a class or after a
   * backslash does not close it.
   */
  readCondition(): { text: string; column: number } {
    this.skipSpace();
    const source = this.source;
    const open = this.index;
    let k = open + 1;
    let inClass = false;
    while (k < source.length) {
      const unit = source.charCodeAt(k);
      if (unit === 0x5c) k += this.pairAt(k + 1) ? 3 : 2;
      else if (unit === 0x5b) (inClass = true), k++;
      else if (unit === 0x5d) (inClass = false), k++;
      else if (unit === 0x2f && !inClass) break;
      else k++;
    }
    const column = this.columnAt(open) + 1;
    if (k >= source.length)
      this.fail(inClass ? "']' and a closing /" : 'a closing /', inClass ? 'the condition ends inside a class [; close it with ]' : 'the condition is not closed', column - 1);
    this.index = k + 1;
    return { text: source.slice(open + 1, k), column };
  }

  /** The text of a bracketed option list `[a b]` (the scanner stands on `[`). */
  readBracketWords(): { word: string; column: number }[] {
    this.expect('[', 'expected an option list');
    const words: { word: string; column: number }[] = [];
    for (;;) {
      this.skipSpace();
      if (this.source.charCodeAt(this.index) === 0x5d) {
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
