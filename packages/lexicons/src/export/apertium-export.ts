import { parsePatternSource, type RuleAst } from '@paradigm/core';
import { REGEXP_MARK, REGEXP_RESERVED, TEXT_RESERVED as RESERVED } from '../apertium/literal';
import type { NativeLexeme } from '../native/native-lexicon';
import { type ExportPattern, NativeExportError } from './native-export';

/**
 * A lexicon as an Apertium monolingual dictionary (`.dix`) that lt-expand expands to the lines our
 * generator gives it: for a lexicon imported from a .dix, byte for byte what lt-expand printed for the
 * original. Each pattern becomes a pardef (in id order: a pattern only continues into patterns written
 * before it), each rule an entry: its `suffix +TEXT` the `<l>` side, its `gloss +TEXT` the `<r>` side
 * (tags `<n>` become `<s n="n"/>`), its `[LR]`/`[RL]` the entry's `r`, its continuation a `<par>`
 * (several continuations, or several patterns of a lexeme, become a pardef of alternatives). A lexeme
 * becomes a section entry: its stem on `<l>`, its gloss on `<r>`, then its patterns.
 *
 * Text is in lt-expand's notation (what the importer stores): `\X` is a reserved character written in
 * the text; a bare `+` is `<j/>`, a bare `~` `<a/>`, a bare `#` opens a `<g>`, a blank is `<b/>`, and
 * any other reserved character printed bare is the first of a text node (see {@link sideParts}); what a
 * `<re>` printed on both sides is a `<re>`. Any text is written so that lt-expand prints it back.
 *
 * @throws {@link NativeExportError} for what a .dix cannot say: operations other than `suffix +TEXT`
 * and `gloss +TEXT`, a rule that continues without `[needaffix]`.
 */
export function formatApertiumDix(patterns: readonly ExportPattern[], lexemes: Iterable<NativeLexeme>): string {
  const all = [...lexemes];
  const writer = new DixWriter(patterns);
  writer.survey(all);
  return writer.head() + writer.write(all) + DixWriter.TAIL;
}

/**
 * {@link formatApertiumDix} for a lexicon too large to hold: it reads the lexemes twice, in the same
 * order, holding a page at a time. The head of the file (the tags and pardefs) depends on every lexeme:
 * `survey` every lexeme first, then write `head()`, the
 * lexemes' section entries with `write` page by page, then {@link DixWriter.TAIL}.
 */
export class DixWriter {
  /** What ends the file, after the last section entry. */
  static readonly TAIL = '</section>\n</dictionary>\n';
  /** The tags of the patterns' rules and of the lexemes' stems and glosses, in the order first met. */
  private readonly tags = new Set<string>();
  private readonly pardefs: string[] = [];
  /** The pardef of alternatives for each list of several pattern names (JSON), numbered in the order first met. */
  private readonly alternatives = new Map<string, string>();
  private surveyed = false;

  constructor(patterns: readonly ExportPattern[]) {
    for (const pattern of patterns) {
      const ast = parsePatternSource(pattern.source, { normalize: 'none' });
      const entries = ast.rules.map((rule) => `  ${ruleEntry(pattern.name, rule, this.tags, this.alternativesOf)}\n`);
      this.pardefs.push(`<pardef n="${attribute(pattern.name)}">\n${entries.join('')}</pardef>\n`);
    }
  }

  /** The first reading: notes the tags and pardefs of alternatives these lexemes need. */
  survey(lexemes: Iterable<NativeLexeme>): void {
    if (this.surveyed) throw new Error('survey every lexeme before the head is written');
    for (const lexeme of lexemes) this.entry(lexeme);
  }

  /** Everything before the first section entry; once every lexeme was surveyed. */
  head(): string {
    this.surveyed = true;
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n<dictionary>\n<alphabet></alphabet>\n<sdefs>\n' +
      [...this.tags].map((tag) => `  <sdef n="${attribute(tag)}"/>\n`).join('') +
      '</sdefs>\n<pardefs>\n' +
      this.pardefs.join('') +
      '</pardefs>\n<section id="main" type="standard">\n'
    );
  }

  /** The second reading: the section entries of these lexemes (surveyed before, in the same order). */
  write(lexemes: Iterable<NativeLexeme>): string {
    if (!this.surveyed) throw new Error('write the head before the lexemes');
    let text = '';
    for (const lexeme of lexemes) text += this.entry(lexeme);
    return text;
  }

  private entry(lexeme: NativeLexeme): string {
    const stem = lexeme.stem ?? lexeme.lemma;
    const gloss = lexeme.gloss ?? lexeme.lemma;
    return `  <e lm="${attribute(lexeme.lemma)}">${pair(stem, gloss, this.tags)}<par n="${attribute(this.alternativesOf(lexeme.patterns))}"/></e>\n`;
  }

  private readonly alternativesOf = (names: readonly string[]): string => {
    if (names.length === 1) return names[0]!;
    const key = JSON.stringify(names);
    let name = this.alternatives.get(key);
    if (name === undefined) {
      if (this.surveyed) throw new Error(`lexeme patterns ${key} were not surveyed`);
      name = `alternatives:${this.alternatives.size + 1}`;
      this.alternatives.set(key, name);
      this.pardefs.push(`<pardef n="${attribute(name)}">\n${names.map((n) => `  <e><par n="${attribute(n)}"/></e>\n`).join('')}</pardef>\n`);
    }
    return name;
  };
}

function ruleEntry(pattern: string, rule: RuleAst, tags: Set<string>, alternativesOf: (names: readonly string[]) => string): string {
  const where = `pattern "${pattern}" line ${rule.line}`;
  let l = '';
  let r = '';
  for (const op of rule.operations) {
    if (op.kind === 'suffix' && op.strip === '' && op.condition === undefined) l += op.add;
    else if (op.kind === 'gloss') r += op.text;
    else throw new NativeExportError(`${where}: a .dix entry can only add text (suffix +TEXT, gloss +TEXT), not ${op.kind === 'suffix' ? 'a suffix that strips text or has a condition' : `"${op.kind}"`}; export this lexicon in the native format (export tsv)`);
  }
  const next = rule.continuations.map((c) => c.name);
  if (next.length > 0 && !rule.needAffix) throw new NativeExportError(`${where}: the rule both makes a form and continues; a .dix entry cannot do both. Export this lexicon with export tsv`);
  if (next.length === 0 && rule.needAffix) throw new NativeExportError(`${where}: [needaffix] without a continuation makes no form; remove the rule`);
  const dir = rule.dir === 'both' ? '' : ` r="${rule.dir}"`;
  return `<e${dir}>${pair(l, r, tags)}${next.length > 0 ? `<par n="${attribute(alternativesOf(next))}"/>` : ''}</e>`;
}

/**
 * The content of an entry whose sides print as `l` and `r`: pairs, and, where both sides hold what a
 * `<re>` printed, `<re>` elements between them. lt-expand prints a `<re>` on both sides, so it is the
 * part the two have in common (what follows it on one side only is that side's text). Regular
 * expressions on one side only (an analysis after its first tag is kept with a pattern of its own, apart
 * from the stem) are written as the text they printed, which lt-expand prints the same.
 */
function pair(l: string, r: string, tags: Set<string>): string {
  const left = regexpParts(l);
  const right = regexpParts(r);
  if (left.regexps.length !== right.regexps.length) return pairs(l, r, tags);
  let out = '';
  left.texts.forEach((text, i) => {
    out += pairs(text, right.texts[i]!, tags);
    if (i === left.regexps.length) return;
    const regexp = commonRegexp(left.regexps[i]!, right.regexps[i]!);
    out += `<re>${regexpSource(regexp)}</re>`;
    left.texts[i + 1] = left.regexps[i]!.slice(regexp.length) + left.texts[i + 1];
    right.texts[i + 1] = right.regexps[i]!.slice(regexp.length) + right.texts[i + 1];
  });
  return out;
}

/** Text that prints as `l` and `r`: as many pairs as either side needs (see {@link sideParts}), none for two empty sides. */
function pairs(l: string, r: string, tags: Set<string>): string {
  const left = sideParts(l, tags);
  const right = sideParts(r, tags);
  let out = '';
  for (let k = 0; k < Math.max(left.length, right.length); k++) {
    if ((left[k] ?? '') !== '' || (right[k] ?? '') !== '') out += `<p><l>${left[k] ?? ''}</l><r>${right[k] ?? ''}</r></p>`;
  }
  return out;
}

/** The longest start `a` and `b` share, in whole printed characters (`\X` is one). */
function commonRegexp(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length) {
    const length = a[i] === '\\' ? 2 : 1;
    if (a.slice(i, i + length) !== b.slice(i, i + length)) break;
    i += length;
  }
  return a.slice(0, i);
}

/**
 * A side split at what `<re>` elements printed: `texts` around `regexps` (one more text than
 * regexps), each regexp as printed after {@link REGEXP_MARK}. A regexp runs to the next tag, or to a
 * reserved character printed unescaped (the first character of the text node after it); a character
 * of a text node printed in between reads the same in a regexp, so where one ends and the other starts
 * does not change what lt-expand prints.
 */
function regexpParts(text: string): { texts: string[]; regexps: string[] } {
  const texts: string[] = [];
  const regexps: string[] = [];
  let from = 0;
  for (let mark = text.indexOf(REGEXP_MARK); mark >= 0; mark = text.indexOf(REGEXP_MARK, from)) {
    texts.push(text.slice(from, mark));
    let end = mark + REGEXP_MARK.length;
    while (end < text.length && !REGEXP_RESERVED.has(text[end]!)) end += text[end] === '\\' ? 2 : 1;
    from = Math.min(end, text.length);
    regexps.push(text.slice(mark + REGEXP_MARK.length, from));
  }
  texts.push(text.slice(from));
  return { texts, regexps };
}

/**
 * The `<re>` content that lt-expand prints as `printed`: it escapes each reserved character and keeps a
 * backslash with the character after it, so `\X` of a reserved X is X and of any other X is `\X`.
 */
function regexpSource(printed: string): string {
  let out = '';
  for (let i = 0; i < printed.length; i++) {
    const ch = printed[i]!;
    if (ch !== '\\') out += xml(ch);
    else {
      const next = printed[++i] ?? '';
      out += REGEXP_RESERVED.has(next) ? xml(next) : `\\${xml(next)}`;
    }
  }
  return out;
}

/** The elements that print a character of their own: `<j/>` a `+`, `<a/>` a `~`, `<b/>` a blank (`<g>` prints `#`). */
const MARK_ELEMENTS: Readonly<Record<string, string>> = { '+': '<j/>', '~': '<a/>', ' ': '<b/>' };

/**
 * One side in lt-expand's notation as .dix content that lt-expand prints back as the same text, in
 * parts, each the content of one `<l>` or `<r>` of consecutive pairs (the caller lines up the parts of
 * both sides). lt-expand escapes every reserved character of a text node but its first, so where it
 * printed one unescaped (a backslash too), a text node starts there: after an element (a tag, a mark,
 * the end of a `<g>`) or in the next pair. A `+`, `~`, `#` or blank is written as the element that prints
 * it, which starts a text node after it, unless an escaped character follows (that needs the text node
 * to go on: the character is its first).
 */
function sideParts(text: string, tags: Set<string>): string[] {
  const parts: string[] = [];
  let out = '';
  // Characters in the current text node.
  let node = 0;
  // A `<g>` is open: lt-expand prints `#` for it and nothing for its end, which may close it anywhere.
  let group = false;
  const closeGroup = () => {
    if (group) out += '</g>';
    group = false;
  };
  // A character printed unescaped though reserved: the first of a text node, after the end of an open
  // `<g>`, else in the next pair.
  const firstOfNode = (ch: string) => {
    if (node > 0) {
      if (!group) {
        parts.push(out);
        out = '';
      }
      closeGroup();
    }
    out += xml(ch);
    node = 1;
  };
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\\') {
      const escaped = chars[i + 1];
      if (node === 0 || escaped === undefined || !RESERVED.has(escaped)) firstOfNode(ch);
      else {
        out += xml(escaped);
        node++;
        i++;
      }
    } else if (ch === '<') {
      const end = tagEnd(chars, i);
      if (end < 0) {
        firstOfNode(ch);
        continue;
      }
      const name = chars.slice(i + 1, end).join('');
      tags.add(name);
      closeGroup();
      out += `<s n="${attribute(name)}"/>`;
      node = 0;
      i = end;
    } else if (ch === '+' || ch === '~' || ch === '#' || ch === ' ') {
      if (chars[i + 1] === '\\' && RESERVED.has(chars[i + 2] ?? '') && (node === 0 || ch === ' ')) {
        out += xml(ch);
        node++;
      } else if (ch === '#') {
        closeGroup();
        out += '<g>';
        group = true;
        node = 0;
      } else {
        out += MARK_ELEMENTS[ch];
        node = 0;
      }
    } else if (RESERVED.has(ch)) {
      firstOfNode(ch);
    } else {
      out += xml(ch);
      node++;
    }
  }
  closeGroup();
  parts.push(out);
  return parts;
}

/** Where the tag `<name>` that starts at `start` ends (its `>`), or -1 when the `<` starts no tag (a `<` printed as text). */
function tagEnd(chars: readonly string[], start: number): number {
  for (let i = start + 1; i < chars.length; i++) {
    if (chars[i] === '>') return i > start + 1 ? i : -1;
    if (chars[i] === '<' || chars[i] === '\\') return -1;
  }
  return -1;
}

function xml(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

function attribute(text: string): string {
  return xml(text).replace(/"/g, '&quot;');
}
