import type { PatternSource } from '../model/pattern-source';
import { textRules, type Normalization } from '../text/normalization';

const HEADER = /^\s*pattern\s+([\p{L}\p{M}\p{N}_.:/-]+)/u;

/** A pattern cut from a multi-pattern file, with the file line its header is on. */
export interface FilePattern extends PatternSource {
  /** 1-based line of the `pattern` header in the file: add `line - 1` to an error's line. */
  readonly line: number;
}

/**
 * Cuts a text holding several patterns (a `.patterns` file) into pattern sources, one per `pattern`
 * header, with ids counted from `firstId` in file order. Lines before the first header (comments)
 * are dropped. Names are normalised as `options.normalize` says (default `NFC`; pass the grammar's setting).
 */
export function splitPatternFile(text: string, firstId = 1, options: { readonly normalize?: Normalization } = {}): FilePattern[] {
  const normalize = textRules(options.normalize).normalize;
  const out: FilePattern[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  let current: { name: string; line: number; lines: string[] } | undefined;
  const flush = (): void => {
    if (current) out.push({ id: firstId + out.length, name: current.name, source: current.lines.join('\n'), line: current.line });
  };
  lines.forEach((line, index) => {
    const header = HEADER.exec(line);
    if (header) {
      flush();
      current = { name: normalize(header[1]), line: index + 1, lines: [] };
    }
    current?.lines.push(line);
  });
  flush();
  return out;
}

/** A line before a file's first `pattern` header that is neither blank nor a `#` comment. */
export interface StrayLine {
  /** 1-based line in the file. */
  readonly line: number;
  /** 1-based column of its first non-space character. */
  readonly column: number;
  /** Its first word, e.g. `patern`. */
  readonly word: string;
}

/**
 * The lines {@link splitPatternFile} drops that are not comments: text before the first header, such
 * as a misspelt `patern p` (which would otherwise turn a whole file into zero patterns in silence).
 */
export function strayLines(text: string): StrayLine[] {
  const out: StrayLine[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (HEADER.test(line)) break;
    const match = /^(\s*)([^\s#]\S*)/u.exec(line);
    if (match) out.push({ line: index + 1, column: Array.from(match[1]).length + 1, word: match[2] });
  }
  return out;
}
