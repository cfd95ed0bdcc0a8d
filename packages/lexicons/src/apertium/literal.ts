/**
 * A stretch of an entry between paradigm references, as lt-expand prints it: the surface side `l`, the
 * analysis side `r` (tags written `<n>`), the `<s n>` tags of the analysis side in order, and where the
 * first tag starts in `r` (the end of `r` when it has none). Both sides are in lt-expand's notation:
 * `<b/>` is a space, `<j/>` `+`, `<a/>` `~`, `<g>` `#`, and reserved characters are backslash-escaped.
 */
export interface Literal {
  readonly l: string;
  readonly r: string;
  readonly tags: readonly string[];
  readonly glossEnd: number;
}

/** Empty elements inside `<i>`, `<l>`, `<r>`, `<ig>`: what lt-expand prints for each (`<m/>` only with `-m`). */
export const MARKS: ReadonlyMap<string, string> = new Map([
  ['b', ' '],
  ['j', '+'],
  ['a', '~'],
  ['m', ''],
  ['d', '<$>'],
  ['w', '<ANY_CHAR>'],
  ['t', '<ANY_TAG>'],
]);

const NO_TAGS: readonly string[] = [];

export const EMPTY_LITERAL: Literal = { l: '', r: '', tags: NO_TAGS, glossEnd: 0 };

/** `a` followed by `b`. */
export function joinLiterals(a: Literal, b: Literal): Literal {
  if (b === EMPTY_LITERAL) return a;
  if (a === EMPTY_LITERAL) return b;
  return {
    l: a.l + b.l,
    r: a.r + b.r,
    tags: a.tags.length === 0 ? b.tags : b.tags.length === 0 ? a.tags : [...a.tags, ...b.tags],
    glossEnd: a.glossEnd < a.r.length ? a.glossEnd : a.r.length + b.glossEnd,
  };
}

export function isEmptyLiteral(a: Literal): boolean {
  return a.l === '' && a.r === '';
}

/** A string that identifies the literal's content (two literals with the same key generate alike). */
export function literalKey(a: Literal): string {
  return a === EMPTY_LITERAL ? '' : JSON.stringify([a.l, a.r, a.tags]);
}

/**
 * Accumulates the content of `<i>`, `<l>`, `<r>`, `<ig>` or `<re>` the way lt-expand's `readString` does.
 */
export class LiteralBuilder {
  private text = '';
  // Created on the first tag: most <i> have none, and an empty array per literal lived as long as the document.
  private tagList: string[] | null = null;
  private firstTag = -1;

  /**
   * A text node. lt-expand backslash-escapes `^$/<>{}\*@#+~:` in it, but its loop stops before index 0,
   * so the first character of every text node stays unescaped (lttoolbox 3.7.1 `Expander::readString`).
   */
  addText(value: string): void {
    // Most text has no reserved character: append it as is. Building it a character at a time made a
    // string node per character that lived as long as the document.
    const rest = value.slice(1);
    this.text += TEXT_RESERVED_ANY.test(rest) ? value[0] + rest.replace(TEXT_RESERVED_ALL, '\\$&') : value;
  }

  /**
   * The text of a `<re>`: reserved characters are escaped, a backslash keeps the character after it
   * as written (lt-expand's `procRegexp`). Printed after `__REGEXP__`.
   */
  addRegexp(value: string): void {
    let out = REGEXP_MARK;
    let escaped = false;
    for (const ch of value) {
      if (escaped) {
        out += ch;
        escaped = false;
        continue;
      }
      if (REGEXP_RESERVED.has(ch)) out += '\\';
      else if (ch === '\\') escaped = true;
      out += ch;
    }
    this.text += out;
  }

  addMark(mark: string): void {
    this.text += mark;
  }

  addTag(name: string): void {
    if (this.firstTag < 0) this.firstTag = this.text.length;
    (this.tagList ??= []).push(name);
    this.text += `<${name}>`;
  }

  get isEmpty(): boolean {
    return this.text === '';
  }

  /** The content as the analysis side (`r`); pass `surface` for an `<l>` side built separately. */
  build(surface = this.text): Literal {
    return { l: surface, r: this.text, tags: this.tagList ?? NO_TAGS, glossEnd: this.firstTag < 0 ? this.text.length : this.firstTag };
  }

  /** The content as both sides (`<i>`), or as `<ig>` (the analysis side starts with `#`). */
  buildIdentity(group: boolean): Literal {
    if (!group) return this.build();
    const r = `#${this.text}`;
    return { l: this.text, r, tags: this.tagList ?? NO_TAGS, glossEnd: this.firstTag < 0 ? r.length : this.firstTag + 1 };
  }

  /** Just the surface text (for an `<l>` side). */
  get surface(): string {
    return this.text;
  }
}

const TEXT_RESERVED_ANY = /[\^$/<>{}\\*@#+~:]/;
const TEXT_RESERVED_ALL = /[\^$/<>{}\\*@#+~:]/g;
/** The characters lt-expand escapes in a text node (but its first): the two patterns above, as a set. */
export const TEXT_RESERVED: ReadonlySet<string> = new Set('^$/<>{}\\*@#+~:');

/** What lt-expand escapes in a `<re>` (`procRegexp`): the reserved characters but the backslash, which escapes the next one. */
export const REGEXP_RESERVED: ReadonlySet<string> = new Set([...TEXT_RESERVED].filter((ch) => ch !== '\\'));

/** What lt-expand prints before the text of a `<re>`. */
export const REGEXP_MARK = '__REGEXP__';
