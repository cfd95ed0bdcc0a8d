import { LiteralBuilder, MARKS, type Literal } from './literal';
import { readStartTag } from './dix-start-tag';
import { xmlText } from './xml-entities';

/**
 * One `<e>` element read whole, in the shapes dictionary and pardef entries are written in: `<i>`,
 * `<p><l>...</l><r>...</r></p>` and `<par n="..."/>` children, blanks between them, and text with the
 * five predefined entities, `<s n="..."/>` tags and the empty marks `<b/>`, `<j/>`, `<a/>`, `<m/>`, `<d/>`,
 * `<w/>`, `<t/>`. Reading it tag by tag made an object per tag and ran the reader's generic handlers,
 * which a one-shot process runs mostly unoptimized: the 1,500 pardef entries of apertium-urd (1,850 lines)
 * cost as many instructions as its 14,000 dictionary entries.
 */
export interface ScannedEntry {
  /** The attributes as written, `null` when there are none. */
  readonly attributes: Readonly<Record<string, string>> | null;
  /** Each `<i>` or `<p>` as the literal lt-expand reads, each `<par>` with where its `<` is. */
  readonly children: readonly ScannedChild[];
  /** Where the text after its `</e>` starts. */
  readonly end: number;
}

export type ScannedChild = Literal | { readonly par: string; readonly at: number };

/**
 * The `<e>` starting at `lt` (the index of its `<`) read whole, or `null` where it leaves the shapes
 * above (a comment, `<g>`, `<re>`, `<ig>`, other attributes on its children, text outside them, an
 * unknown entity, a newline right after a name): the caller then reads it tag by tag, which accepts
 * or words every other case. Within the shapes it checks what the tag-by-tag reading checks, so an
 * entry it returns is one that reading would accept, with the same content.
 */
export function scanEntry(text: string, lt: number): ScannedEntry | null {
  PAIR_ENTRY.lastIndex = lt;
  const pair = PAIR_ENTRY.exec(text);
  if (pair !== null) return pairEntry(pair, lt);
  const start = readStartTag(text, lt);
  if (start === null || start.name !== 'e' || start.selfClosing) return null;
  const { attributes } = start;
  let at = start.end;
  const children: ScannedChild[] = [];
  for (;;) {
    at = skipBlanks(text, at);
    if (text.charCodeAt(at) !== LT) return null;
    const c = text.charCodeAt(at + 1);
    if (c === SLASH) {
      if (text.charCodeAt(at + 2) !== E || text.charCodeAt(at + 3) !== GT) return null;
      return { attributes, children, end: at + 4 };
    }
    if (c === P && text.charCodeAt(at + 2) === GT) {
      const left = new LiteralBuilder();
      at = readSide(text, skipBlanks(text, at + 3), L, left);
      if (at < 0) return null;
      const right = new LiteralBuilder();
      at = readSide(text, skipBlanks(text, at), R, right);
      if (at < 0) return null;
      at = skipBlanks(text, at);
      if (!text.startsWith('</p>', at)) return null;
      children.push(right.build(left.surface));
      at += 4;
    } else if (c === I) {
      const builder = new LiteralBuilder();
      at = readSide(text, at, I, builder);
      if (at < 0) return null;
      children.push(builder.buildIdentity(false));
    } else if (text.startsWith('<par n="', at)) {
      const valueEnd = text.indexOf('"', at + 8);
      if (valueEnd < 0) return null;
      const par = text.slice(at + 8, valueEnd);
      if (!plainValue(par)) return null;
      let end = skipBlanks(text, valueEnd + 1);
      if (text.startsWith('/>', end)) end += 2;
      else if (text.startsWith('></par>', end)) end += 7;
      else return null;
      children.push({ par, at });
      at = end;
    } else return null;
  }
}

/**
 * The most common pardef entry, `<e>` or `<e r="LR|RL">` holding `<p><l>TEXT</l><r>TEXT<s n="..."/>...</r></p>`
 * and perhaps a `<par n="..."/>` (no entity in the texts), matched whole: a regular expression runs
 * compiled from the start, where the scanning code above runs unoptimized until it has run a while.
 */
const PAIR_ENTRY = /<e(?: r="(LR|RL)")?>[ \t\n]*<p><l(?:\/>|>([^<&>]*)<\/l>)<r>([^<&>]*)((?:<s n="[^"<&\t\n]*"\/>)*)<\/r><\/p>[ \t\n]*(?:<par n="([^"<&\t\n]*)"\/>[ \t\n]*)?<\/e>/y;

/** The entry {@link PAIR_ENTRY} matched at `lt`. */
function pairEntry(match: RegExpExecArray, lt: number): ScannedEntry {
  // Indexed, not destructured: destructuring iterates the match, which made optimizing this function
  // take half as long again (24 against 16 ms of the compiler thread on urd).
  const whole = match[0];
  const r = match[1];
  const l = match[2];
  const par = match[5];
  const left = new LiteralBuilder();
  if (l !== undefined && l !== '') left.addText(l);
  const right = new LiteralBuilder();
  if (match[3] !== '') right.addText(match[3]!);
  const tags = match[4]!;
  // `<s n="` is 6 characters, `"/>` 3.
  for (let at = 0; at < tags.length; ) {
    const end = tags.indexOf('"', at + 6);
    right.addTag(tags.slice(at + 6, end));
    at = end + 3;
  }
  const literal = right.build(left.surface);
  const children: ScannedChild[] = par === undefined ? [literal] : [literal, { par, at: lt + whole.lastIndexOf('<par ') }];
  return { attributes: r === undefined ? null : { r }, children, end: lt + whole.length };
}

/**
 * Reads the element `<X>...</X>` or `<X/>` at `at` (`X` the one-letter name `name`, a character code)
 * into `builder` as the tags would; returns where it ends, or -1 where it leaves the shapes.
 */
function readSide(text: string, at: number, name: number, builder: LiteralBuilder): number {
  if (text.charCodeAt(at) !== LT || text.charCodeAt(at + 1) !== name) return -1;
  const after = text.charCodeAt(at + 2);
  if (after === SLASH) return text.charCodeAt(at + 3) === GT ? at + 4 : -1;
  if (after !== GT) return -1;
  at += 3;
  for (;;) {
    const lt = text.indexOf('<', at);
    if (lt < 0) return -1;
    if (lt > at) {
      const raw = text.slice(at, lt);
      const value = xmlText(raw);
      if (value === null) return -1;
      builder.addText(value);
    }
    const c = text.charCodeAt(lt + 1);
    if (c === SLASH) return text.charCodeAt(lt + 2) === name && text.charCodeAt(lt + 3) === GT ? lt + 4 : -1;
    if (text.charCodeAt(lt + 2) === SLASH && text.charCodeAt(lt + 3) === GT) {
      const mark = MARKS.get(text[lt + 1]!);
      if (mark === undefined) return -1;
      builder.addMark(mark);
      at = lt + 4;
    } else if (c === S && text.startsWith(' n="', lt + 2)) {
      const valueEnd = text.indexOf('"', lt + 6);
      if (valueEnd < 0 || text.charCodeAt(valueEnd + 1) !== SLASH || text.charCodeAt(valueEnd + 2) !== GT) return -1;
      const tag = text.slice(lt + 6, valueEnd);
      if (!plainValue(tag)) return -1;
      builder.addTag(tag);
      at = valueEnd + 3;
    } else return -1;
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const NEWLINE = 0x0a;
const E = 0x65;
const I = 0x69;
const L = 0x6c;
const P = 0x70;
const R = 0x72;
const S = 0x73;

function skipBlanks(text: string, at: number): number {
  for (let c = text.charCodeAt(at); c === 0x20 || c === 0x09 || c === NEWLINE; c = text.charCodeAt(at)) at++;
  return at;
}

/** An attribute value the scanner reads as written: no `<`, `&`, tab or newline. */
function plainValue(value: string): boolean {
  return !PLAIN_VALUE_BREAK.test(value);
}

const PLAIN_VALUE_BREAK = /[<&\t\n]/;
