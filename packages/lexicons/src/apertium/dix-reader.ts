import { excerpt } from '@paradigm/core';
import type { SaxesParser, SaxesTagPlain } from 'saxes';
import { ApertiumDixError, type DixPosition } from './apertium-error';
import { DEEPEST_ELEMENT, LONGEST_TEXT_BYTES } from './libxml2-limits';
import { scanDix, type DixScanHandler } from './dix-scanner';
import { entryMode, type EntryAttributes, type EntryMode } from './entry-mode';
import { joinLiterals, LiteralBuilder, MARKS, type Literal } from './literal';
import { textPosition } from '../utf8-text';
import { unclosedDoctype } from './unclosed-doctype';
import { firstBareAmpersand } from './xml-entities';

/**
 * A blank character as lt-expand 3.7.1 tells text between the elements of an `<e>` or `<p>` (which it
 * skips) from text that is no blank (which it refuses, "Invalid construction"), measured: the spaces
 * (Zs, U+2028, U+2029), the ASCII ones and NEL (U+0085) are blank; U+FEFF, U+200B and U+180E are not.
 * JavaScript's `\s` differs in U+FEFF and NEL.
 */
const BLANK = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const ALL_BLANK = new RegExp(`^${BLANK}*$`);
const EDGE_BLANKS = new RegExp(`^${BLANK}+|${BLANK}+$`, 'g');

/** Text quoted in a message, with the characters that print as nothing (controls, format marks) as `\uXXXX`. */
function quotedText(text: string): string {
  return JSON.stringify(text).replace(/[\p{Cc}\p{Cf}]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** A `<par n=...>` inside an entry. */
export interface ParItem extends DixPosition {
  readonly kind: 'par';
  readonly name: string;
}

/** What an entry is made of, in order: text stretches and paradigm references. */
export type EntryItem = { readonly kind: 'literal'; readonly literal: Literal } | ParItem;

/** A `<pardef n=...>` start tag. */
export interface PardefTag extends DixPosition {
  readonly name: string;
}

/** One `<e>` that lt-expand does not skip. */
export interface DixEntry extends DixPosition {
  readonly mode: EntryMode;
  /** The `lm` attribute (lt-expand never prints it). */
  readonly lemma: string | undefined;
  /** Adjacent text stretches are merged: items alternate between literals and `<par>`s. */
  readonly items: readonly EntryItem[];
  /** The pardef the entry belongs to, `null` for a dictionary entry. */
  readonly pardef: PardefTag | null;
}

/** The entries of a .dix file in document order, and its `<pardef>` tags. */
export interface DixDocument {
  readonly entries: readonly DixEntry[];
  readonly pardefs: readonly PardefTag[];
}

const NO_ITEMS: readonly EntryItem[] = [];

/** The mode of an `<e>` with no attribute but `lm`. */
const SIMPLE_MODE = entryMode({})!;

/** Thrown out of {@link scanDix} where saxes must read the document to word the error. */
const PLAIN_FAILED = new Error('not read by the plain scanner');

/** Elements outside entries that carry nothing lt-expand prints. */
const STRUCTURE = new Set(['dictionary', 'alphabet', 'sdefs', 'sdef', 'pardefs', 'section']);
type Context = 'entry' | 'p' | 'string' | 're' | 'par';

/**
 * Reads a .dix document into entries, with lt-expand's notation for their text (see {@link Literal}).
 * Throws {@link ApertiumDixError} for malformed XML and for elements lt-expand does not accept where
 * they stand, naming the element and its line.
 */
export function readDix(text: string, file: string): DixDocument {
  return new DixReader(file).readPlain(text) ?? new DixReader(file).read(text);
}

/**
 * Reads a .dix document as {@link readDix} does, but hands each entry to `onEntry` as soon as it is read
 * instead of keeping it: a caller that is done with an entry at once keeps none of them alive. Reads only
 * what {@link scanDix} reads; returns false, part way through, where {@link readDix} would read the
 * document with saxes or throw (`onEntry` may then have seen some of the entries).
 */
export function readDixEntries(text: string, file: string, onEntry: (entry: DixEntry) => void): boolean {
  return new DixReader(file, onEntry).readPlain(text) !== null;
}

/**
 * saxes, loaded only for a document {@link scanDix} does not read (most .dix files never need it): its
 * module builds the XML character classes as Unicode regular expressions when it loads.
 */
function newSaxesParser(): SaxesParser<{ xmlns: false; position: true }> {
  const { SaxesParser } = require('saxes') as typeof import('saxes');
  return new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
}

/**
 * The fix for an entity reference saxes does not know: one declared in a DOCTYPE (lt-expand stops on
 * those too: "Invalid specification of element '<name>'"), or an HTML one such as `&nbsp;`.
 */
const UNDEFINED_ENTITY =
  "only XML's own entities (&amp; &lt; &gt; &quot; &apos;) and character references (&#233;) are read, not entities declared in a DOCTYPE (lt-expand stops on them too); write the text itself in place of the entity";

class DixReader {
  private parser!: SaxesParser<{ xmlns: false; position: true }>;
  private readonly entries: DixEntry[] = [];
  private readonly pardefs: PardefTag[] = [];
  private pardef: PardefTag | null = null;
  private pendingText = '';
  // Positions are kept as numbers, not objects: an object per tag was most of the reader's garbage
  // (urd: 55,000 elements); an object is made only where one is stored (pardefs, <par>s, entries).
  private textLine = 1;
  private textColumn = 1;
  private tagLine = 1;
  private tagColumn = 1;
  /** Elements open around the parser and the lines they start on, for well-formedness errors. */
  private readonly openTags: SaxesTagPlain[] = [];
  private readonly openLines: number[] = [];

  // The entry being read.
  private entry: { -readonly [K in keyof DixEntry]: DixEntry[K] } | null = null;
  /**
   * The entry's items while it is read, copied to an array of their exact length at `</e>`: a pushed-to
   * array keeps room for 17 items, which made the arrays a third of the document's memory (urd).
   */
  private readonly items: EntryItem[] = [];
  /** One string per distinct pardef name, not one per `<par>` (urd: 14,259 `<par>`s, 123 names). */
  private readonly names = new Map<string, string>();
  private skipDepth = 0;
  private contexts: Context[] = [];
  private left: LiteralBuilder | null = null;
  private builder: LiteralBuilder | null = null;
  private pairSide: 'l' | 'r' | 'done' = 'l';
  private regexpSeen = false;

  constructor(
    private readonly file: string,
    /** Where entries go, if not into the document. */
    private readonly onEntry?: (entry: DixEntry) => void,
  ) {}

  /**
   * The document read with {@link scanDix}, or `null` where it leaves the scanner's subset of XML or
   * where reading it fails (saxes then reads it again and reports the error with its exact position).
   */
  readPlain(text: string): DixDocument | null {
    const handler: DixScanHandler = {
      open: (tag, line, column) => {
        this.flushText();
        this.tagLine = line;
        this.tagColumn = column;
        this.openTag(tag);
      },
      close: (tag) => {
        this.flushText();
        this.close(tag);
      },
      text: (value) => (this.pendingText += value),
      comment: () => {
        this.flushText();
        if (this.inString()) throw PLAIN_FAILED;
      },
      simpleEntry: (lemma, text, par, line, column, parLine, parColumn) => {
        if (this.skipDepth > 0 || this.entry !== null) return false;
        this.flushText();
        // What the tags would have made: the entry (no attribute but lm: unrestricted), the <i> literal, the <par>.
        this.entry = { line, column, mode: SIMPLE_MODE, lemma, items: NO_ITEMS, pardef: this.pardef };
        const builder = new LiteralBuilder();
        if (text !== '') builder.addText(text);
        this.addLiteral(builder.buildIdentity(false));
        this.items.push({ kind: 'par', name: this.intern(par), line: parLine, column: parColumn });
        this.finishEntry();
        return true;
      },
      plainEntry: (entry, line, column, place) => {
        if (this.skipDepth > 0 || this.entry !== null) return false;
        this.flushText();
        const { attributes } = entry;
        const mode = attributes === null ? SIMPLE_MODE : entryMode(attributes as EntryAttributes);
        // An entry lt-expand skips: as for <e i="yes">, nothing in it is read.
        if (mode === null) return true;
        this.entry = { line, column, mode, lemma: attributes?.lm, items: NO_ITEMS, pardef: this.pardef };
        for (const child of entry.children) {
          if (!('par' in child)) {
            this.addLiteral(child);
            continue;
          }
          const [parLine, parColumn] = place(child.at);
          this.items.push({ kind: 'par', name: this.intern(child.par), line: parLine, column: parColumn });
        }
        this.finishEntry();
        return true;
      },
    };
    try {
      if (!scanDix(text, handler)) return null;
    } catch (error) {
      if (error === PLAIN_FAILED || error instanceof ApertiumDixError) return null;
      throw error;
    }
    return { entries: this.entries, pardefs: this.pardefs };
  }

  read(text: string): DixDocument {
    const parser = (this.parser = newSaxesParser());
    parser.on('error', (error) => {
      this.failOnUnclosedDoctype(text);
      const bare = firstBareAmpersand(text);
      if (bare >= 0) {
        const { line, column } = textPosition(text, bare);
        if (line <= parser.line) this.fail({ line, column }, 'XML', 'an & that starts no entity reference; write a literal & as &amp; (a reference ends in ";": &amp; &#233;)');
      }
      const message = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
      const depth = this.openTags.length;
      const inside = depth > 0 ? `, inside ${describe(this.openTags[depth - 1])} opened at line ${this.openLines[depth - 1]}` : '';
      this.fail({ line: parser.line, column: parser.column + 1 }, 'XML', `${message}${inside}: ${message === 'undefined entity' ? UNDEFINED_ENTITY : 'the file is not well-formed XML'}`);
    });
    parser.on('opentagstart', (tag) => {
      this.flushText();
      // saxes has read `<`, the name and one character after it.
      this.tagLine = parser.line;
      this.tagColumn = Math.max(1, parser.column - tag.name.length - 1);
    });
    parser.on('opentag', (tag) => {
      this.openTags.push(tag);
      this.openLines.push(this.tagLine);
      if (this.openTags.length === DEEPEST_ELEMENT + 1) {
        this.fail(
          this.tagStart(),
          describe(tag),
          `an element nested ${DEEPEST_ELEMENT + 1} deep; lt-expand reads no element nested more than ${DEEPEST_ELEMENT} deep (libxml2: "Excessive depth in document") and stops there; nest the elements less deeply`,
        );
      }
      this.openTag(tag);
      this.markTextStart();
    });
    parser.on('closetag', (tag) => {
      this.openTags.pop();
      this.openLines.pop();
      this.flushText();
      this.close(tag);
      this.markTextStart();
    });
    parser.on('text', (value) => (this.pendingText += value));
    parser.on('comment', (comment) => {
      this.flushText();
      if (this.inString()) {
        const oneLine = !comment.includes('\n');
        const at = oneLine ? { line: parser.line, column: parser.column - [...comment].length - 5 } : this.here();
        this.fail(at, '<!-- -->', 'a comment inside text is rejected by lt-expand; move it outside the <e>');
      }
      this.markTextStart();
    });
    parser.on('doctype', (doctype) => {
      this.failOnUnclosedDoctype(text);
      // lt-expand reads the DOCTYPE's name as a node, and knows only its root element's.
      const name = /^\s*([^\s[>]*)/.exec(doctype)![1]!;
      if (name !== 'dictionary') this.fail(this.here(), '<!DOCTYPE', `the DOCTYPE names "${excerpt(name)}": lt-expand refuses any name but dictionary ("Invalid node '<${excerpt(name)}>'"); write <!DOCTYPE dictionary>, or remove it`);
    });
    parser.on('processinginstruction', ({ target }) => {
      // lt-expand and lt-comp read it as a node of that name ("Invalid node '<target>'") wherever it stands.
      const start = text.lastIndexOf(`<?${target}`, parser.position - 1);
      const at = start >= 0 ? textPosition(text, start) : this.here();
      this.fail(at, `<?${target}?>`, `a processing instruction: lt-expand and lt-comp refuse the file ("Invalid node '<${target}>'"); remove it`);
    });
    parser.on('cdata', () => {
      this.flushText();
      const start = text.lastIndexOf('<![CDATA[', parser.position - 1);
      const at = start >= 0 ? textPosition(text, start) : this.here();
      if (this.entry) this.fail(at, '<![CDATA[', 'lt-expand rejects CDATA inside an entry; write the text with &lt; &amp; escapes');
      // Outside an entry too, even an empty one: lt-expand reads it as a node it does not know.
      else this.fail(at, '<![CDATA[', 'a CDATA section: lt-expand refuses the file ("Invalid node \'<#cdata-section>\'"); remove it');
    });
    parser.write(text).close();
    return { entries: this.entries, pardefs: this.pardefs };
  }

  private openTag(tag: SaxesTagPlain): void {
    const name = tag.name;
    // saxes reports a close tag for <x/> too, so depth counting needs no special case.
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    if (!this.entry) return this.openOutside(tag);
    const context = this.contexts[this.contexts.length - 1];
    switch (context) {
      case 'entry':
        return this.openInEntry(tag);
      case 'p':
        if (name !== (this.pairSide === 'l' ? 'l' : 'r') || this.pairSide === 'done')
          this.fail(this.tagStart(), describe(tag), 'a <p> holds exactly <l>...</l> then <r>...</r>');
        this.builder = new LiteralBuilder();
        this.contexts.push('string');
        return;
      case 'string':
        return this.openInString(tag);
      case 're':
      case 'par':
        return this.fail(this.tagStart(), describe(tag), `no element may stand inside <${context}>`);
    }
  }

  private openOutside(tag: SaxesTagPlain): void {
    if (tag.name === 'pardef') {
      // lt-expand keeps no pardef of an empty name: its entries are the dictionary's, and a <par n=""> is undefined.
      if (attribute(tag, 'n') === '') return;
      const pardef = { line: this.tagLine, column: this.tagColumn, name: attribute(tag, 'n') };
      this.pardefs.push(pardef);
      // lt-expand ends a pardef at its end tag only: an empty <pardef/> leaves it open (as lt-comp does).
      this.pardef = pardef;
      return;
    }
    if (tag.name === 'e') {
      // lt-expand never sees such an entry end, and refuses what follows it as inside it.
      if (tag.isSelfClosing) this.fail(this.tagStart(), describe(tag), 'an entry written as an empty element: lt-expand refuses the file ("Invalid inclusion of ... into \'<e>\'"); write <e ...></e>, or remove it');
      const mode = entryMode(tag.attributes as EntryAttributes);
      if (!mode) {
        this.skipDepth = 1;
        return;
      }
      this.entry = { line: this.tagLine, column: this.tagColumn, mode, lemma: tag.attributes.lm as string | undefined, items: NO_ITEMS, pardef: this.pardef };
      this.contexts = ['entry'];
      return;
    }
    if (!STRUCTURE.has(tag.name))
      this.fail(this.tagStart(), describe(tag), 'lt-expand accepts only dictionary, alphabet, sdefs, sdef, pardefs, pardef, section and e here');
  }

  private openInEntry(tag: SaxesTagPlain): void {
    switch (tag.name) {
      case 'i':
      case 'ig':
        this.builder = new LiteralBuilder();
        this.contexts.push('string');
        return;
      case 'p':
        this.pairSide = 'l';
        this.contexts.push('p');
        if (tag.isSelfClosing) this.fail(this.tagStart(), describe(tag), 'a <p> holds exactly <l>...</l> then <r>...</r>');
        return;
      case 're':
        this.builder = new LiteralBuilder();
        this.regexpSeen = false;
        this.contexts.push('re');
        return;
      case 'par': {
        this.items.push({ kind: 'par', name: this.intern(attribute(tag, 'n')), line: this.tagLine, column: this.tagColumn });
        this.contexts.push('par');
        return;
      }
      default:
        this.fail(this.tagStart(), describe(tag), 'an <e> holds only <i>, <p>, <ig>, <re> and <par>');
    }
  }

  private openInString(tag: SaxesTagPlain): void {
    const builder = this.builder!;
    const mark = MARKS.get(tag.name);
    if (mark !== undefined || tag.name === 's') {
      if (!tag.isSelfClosing) this.fail(this.tagStart(), describe(tag), `write it as an empty element <${tag.name}.../>, as lt-expand requires`);
      if (mark !== undefined) builder.addMark(mark);
      else builder.addTag(attribute(tag, 'n'));
      return;
    }
    if (tag.name === 'g') {
      builder.addMark('#');
      if (!tag.isSelfClosing) this.contexts.push('string');
      return;
    }
    this.fail(this.tagStart(), describe(tag), 'text may contain only <s/>, <b/>, <j/>, <a/>, <m/>, <g> and the lsx <d/>, <w/>, <t/>');
  }

  private close(tag: SaxesTagPlain): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (!this.entry) {
      if (tag.name === 'pardef' && !tag.isSelfClosing) this.pardef = null;
      return;
    }
    const name = tag.name;
    if (name === 's' || (name === 'g' && tag.isSelfClosing) || (name.length === 1 && MARKS.has(name))) return;
    this.contexts.pop();
    switch (name) {
      case 'e':
        return this.finishEntry();
      case 'i':
      case 'ig':
        this.addLiteral(this.builder!.buildIdentity(name === 'ig'));
        return;
      case 'l':
        this.left = this.builder;
        this.pairSide = 'r';
        return;
      case 'r':
        this.addLiteral(this.builder!.build(this.left!.surface));
        this.pairSide = 'done';
        return;
      case 'p':
        if (this.pairSide !== 'done') this.fail(this.tagStart(), '<p>', 'a <p> holds exactly <l>...</l> then <r>...</r>');
        return;
      case 're':
        if (!this.regexpSeen) this.fail(this.tagStart(), '<re>', 'a <re> must contain its regular expression');
        this.addLiteral(this.builder!.build());
        return;
    }
  }

  private flushText(): void {
    const value = this.pendingText;
    if (value === '') return;
    this.pendingText = '';
    if (value.length * 3 > LONGEST_TEXT_BYTES && Buffer.byteLength(value) > LONGEST_TEXT_BYTES) {
      this.fail(
        { line: this.textLine, column: this.textColumn },
        'text',
        `a text of ${Buffer.byteLength(value)} bytes between two tags; lt-expand reads none of more than ${LONGEST_TEXT_BYTES} bytes (libxml2: "huge text node") and stops there; look for a tag left unclosed above it, or split the text`,
      );
    }
    if (this.skipDepth > 0 || !this.entry) return;
    const context = this.contexts[this.contexts.length - 1];
    if (context === 'string') this.builder!.addText(value);
    else if (context === 're') {
      this.builder!.addRegexp(value);
      this.regexpSeen = true;
    } else if (!ALL_BLANK.test(value))
      this.fail({ line: this.textLine, column: this.textColumn }, quotedText(value.replace(EDGE_BLANKS, '').slice(0, 20)), `text may stand only inside <i>, <l>, <r>, <ig> or <re>, not directly in <${context === 'entry' ? 'e' : context}>`);
  }

  private addLiteral(literal: Literal): void {
    const items = this.items;
    // Not items[length - 1] on an empty array: a read below index 0 takes V8's slow path (9% of reading urd).
    const last = items.length > 0 ? items[items.length - 1] : undefined;
    if (last?.kind === 'literal') items[items.length - 1] = { kind: 'literal', literal: joinLiterals(last.literal, literal) };
    else items.push({ kind: 'literal', literal });
  }

  private finishEntry(): void {
    this.entry!.items = this.items.slice();
    this.items.length = 0;
    const entry = this.entry!;
    this.entry = null;
    this.contexts = [];
    if (this.onEntry) this.onEntry(entry);
    else this.entries.push(entry);
  }

  private inString(): boolean {
    const context = this.contexts[this.contexts.length - 1];
    return this.entry !== null && this.skipDepth === 0 && (context === 'string' || context === 're');
  }

  private here(): DixPosition {
    return { line: this.parser.line, column: this.parser.column + 1 };
  }

  private intern(name: string): string {
    const known = this.names.get(name);
    if (known !== undefined) return known;
    this.names.set(name, name);
    return name;
  }

  private tagStart(): DixPosition {
    return { line: this.tagLine, column: this.tagColumn };
  }

  /** Text that follows starts where the last markup ended. */
  private markTextStart(): void {
    if (this.pendingText !== '') return;
    this.textLine = this.parser.line;
    this.textColumn = this.parser.column + 1;
  }

  /** Fails at the `<!DOCTYPE` of `text` if its internal subset is not closed ({@link unclosedDoctype}). */
  private failOnUnclosedDoctype(text: string): void {
    const doctype = unclosedDoctype(text);
    if (doctype < 0) return;
    this.fail(
      textPosition(text, doctype),
      '<!DOCTYPE',
      'its internal subset, opened by "[", is not closed by "]>" before the document\'s elements (lt-expand: "Extra content at the end of the document"); close it, or remove the DOCTYPE',
    );
  }

  private fail(position: DixPosition, element: string, message: string): never {
    throw new ApertiumDixError(this.file, [{ ...position, element, message }]);
  }
}

function attribute(tag: SaxesTagPlain, name: string): string {
  return (tag.attributes[name] as string | undefined) ?? '';
}

/** The start tag as written, e.g. `<par n="house__n">`, for messages. */
export function describe(tag: SaxesTagPlain): string {
  const attrs = Object.entries(tag.attributes).map(([k, v]) => ` ${k}="${String(v)}"`);
  return `<${tag.name}${attrs.join('')}${tag.isSelfClosing ? '/' : ''}>`;
}
