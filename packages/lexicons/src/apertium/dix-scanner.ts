import type { SaxesTagPlain } from 'saxes';
import { DEEPEST_ELEMENT, TEXT_UNITS_BELOW_LIMIT } from './libxml2-limits';
import { scanEntry, type ScannedEntry } from './dix-entry-scanner';
import { readStartTag, XML_NAME } from './dix-start-tag';
import { xmlText } from './xml-entities';

/** What {@link scanDix} reports, in document order, as saxes reports it. */
export interface DixScanHandler {
  /** A start tag that begins at `line`, `column` (1-based, of its `<`). A `<x/>` is followed by its {@link close}. */
  open(tag: SaxesTagPlain, line: number, column: number): void;
  close(tag: SaxesTagPlain): void;
  /** Text with its entities decoded (one call per stretch between markup). */
  text(value: string): void;
  comment(value: string): void;
  /**
   * An `<e>` or `<e lm="LM">` holding exactly `<i>TEXT</i><par n="NAME"/>` (blanks between them allowed,
   * no entity in TEXT), with where the `<e>` and the `<par>` begin: the shape of most dictionary entries,
   * offered whole so that no tag object is made for them (urd: 14,000 of its 15,761 entries). Returns
   * false to have it reported tag by tag instead.
   */
  simpleEntry?(lemma: string | undefined, text: string, par: string, line: number, column: number, parLine: number, parColumn: number): boolean;
  /**
   * Any other `<e>` in the shapes {@link scanEntry} reads whole, beginning at `line`, `column`; `place`
   * gives the line and column of an index inside it (each asked in increasing order, and only once the
   * entry is taken). Returns false to have it reported tag by tag instead.
   */
  plainEntry?(entry: ScannedEntry, line: number, column: number, place: (index: number) => [number, number]): boolean;
}

/**
 * Reads the plain XML that .dix files are written in, much faster than a general parser when the
 * process has just started (apertium-urd: about 3x saxes, whose per-character loop runs unoptimized for
 * most of a one-shot read). Returns `false`, possibly after reporting part of the document, as soon as
 * the text leaves the subset it checks exactly as saxes does: one root element; names, attributes and
 * values without colons, entities, tabs or newlines in values, or repeats; only the five predefined
 * entities in text; comments; no CDATA, DOCTYPE, processing instructions (beyond an XML 1.0 declaration),
 * carriage returns, characters outside the BMP or characters XML forbids. The caller then reads the text
 * again with saxes, which accepts the rest of XML and words every error.
 */
export function scanDix(text: string, handler: DixScanHandler): boolean {
  if (FORBIDDEN.test(text)) return false;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  DECLARATION.lastIndex = at;
  if (DECLARATION.test(text)) at = DECLARATION.lastIndex;
  const open: SaxesTagPlain[] = [];
  let rootSeen = false;
  let line = 1;
  let lineStart = 0;
  let nextNewline = text.indexOf('\n');
  /** The line and column of index `index` (never before an index asked before). */
  const place = (index: number): [number, number] => {
    while (nextNewline >= 0 && nextNewline < index) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf('\n', lineStart);
    }
    return [line, index - lineStart + 1];
  };
  const end = text.length;
  while (at < end) {
    const lt = text.indexOf('<', at);
    const stop = lt < 0 ? end : lt;
    if (stop > at) {
      // A text that may pass libxml2's limit is read tag by tag, where its bytes are counted.
      if (stop - at >= TEXT_UNITS_BELOW_LIMIT) return false;
      const raw = text.slice(at, stop);
      if (open.length === 0) {
        if (!BLANK.test(raw)) return false;
      } else {
        const value = xmlText(raw);
        if (value === null) return false;
        handler.text(value);
      }
      at = stop;
      if (lt < 0) break;
    }
    const next = text.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      COMMENT.lastIndex = lt;
      const match = COMMENT.exec(text);
      if (!match) return false;
      handler.comment(match[1]);
      at = COMMENT.lastIndex;
      continue;
    }
    if (next === 0x2f /* / */) {
      END_TAG.lastIndex = lt;
      const match = END_TAG.exec(text);
      const tag = open.pop();
      if (!match || tag === undefined || match[1] !== tag.name) return false;
      handler.close(tag);
      at = END_TAG.lastIndex;
      continue;
    }
    // An entry read whole is at most 4 levels deep; a file that comes near the limit is read tag by tag,
    // where the element past it is named.
    if (open.length + 4 >= DEEPEST_ELEMENT) return false;
    if (next === 0x65 /* e */ && open.length > 0 && handler.simpleEntry !== undefined) {
      SIMPLE_ENTRY.lastIndex = lt;
      const entry = SIMPLE_ENTRY.exec(text);
      if (entry !== null && entry[0].length < TEXT_UNITS_BELOW_LIMIT) {
        const par = lt + entry[0].lastIndexOf('<par ');
        const [line, column] = place(lt);
        // The <par> is placed without moving `place` past it: the entry may yet be reported tag by tag.
        let parLine = line;
        let parLineStart = lineStart;
        for (let newline = text.indexOf('\n', lt); newline >= 0 && newline < par; newline = text.indexOf('\n', newline + 1)) {
          parLine++;
          parLineStart = newline + 1;
        }
        if (handler.simpleEntry(entry[1], entry[2], entry[3], line, column, parLine, par - parLineStart + 1)) {
          at = SIMPLE_ENTRY.lastIndex;
          continue;
        }
      }
    }
    if (next === 0x65 /* e */ && open.length > 0 && handler.plainEntry !== undefined) {
      const entry = scanEntry(text, lt);
      if (entry !== null && entry.end - lt < TEXT_UNITS_BELOW_LIMIT) {
        const [line, column] = place(lt);
        if (handler.plainEntry(entry, line, column, place)) {
          at = entry.end;
          continue;
        }
      }
    }
    const start = readStartTag(text, lt);
    if (start === null) return false;
    if (open.length === 0) {
      if (rootSeen) return false;
      rootSeen = true;
    }
    const [line, column] = place(lt);
    const tag: SaxesTagPlain = { name: start.name, attributes: { ...start.attributes }, isSelfClosing: start.selfClosing };
    handler.open(tag, line, column);
    if (start.selfClosing) handler.close(tag);
    else open.push(tag);
    at = start.end;
  }
  return rootSeen && open.length === 0;
}

/** Characters XML 1.0 forbids, carriage returns (saxes rewrites them) and surrogates (columns count code points). */
const FORBIDDEN = /[\0-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]/;
const DECLARATION = /<\?xml[ \n]+version[ \n]*=[ \n]*(?:"1\.0"|'1\.0')(?:[ \n]+encoding[ \n]*=[ \n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \n]+standalone[ \n]*=[ \n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \n]*\?>/y;
const BLANK = /^[ \t\n]*$/;
const END_TAG = new RegExp(`</(${XML_NAME})[ \\t\\n]*>`, 'y');
/** See {@link DixScanHandler.simpleEntry}. */
const SIMPLE_ENTRY = /<e(?: lm="([^"<&\t\n]*)")?>[ \t\n]*<i>([^<&>]*)<\/i>[ \t\n]*<par n="([^"<&\t\n]*)"\/>[ \t\n]*<\/e>/y;
/** A comment: `--` may not stand inside one, nor `-` just before its end. */
const COMMENT = /<!--((?:[^-]|-[^-])*)-->/y;
