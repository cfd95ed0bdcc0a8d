import type { Direction } from '../model/form';
import type { TextRules } from '../text/normalization';
import { parseCondition } from './condition-parser';
import { LineScanner } from './line-scanner';
import type { OperationAst, PatternAst, RedupKind, RuleAst, SchemeAst, SourcePosition } from './pattern-ast';

const REDUP_KINDS: readonly RedupKind[] = ['cv', 'syllable', 'radical', 'total'];
const OPERATIONS = 'template, suffix, prefix, ablaut, redup, gloss or "=>"';

/**
 * Parses one pattern's source text (already normalised by `normalization`) into its syntax tree. Throws
 * {@link SourceProblem} at the first error; meaning (unknown schemes, template placement) is checked
 * by the compiler.
 */
export function parsePattern(text: string, normalization: TextRules): PatternAst {
  let header: (SourcePosition & { name: string; nameColumn: number; cross: boolean }) | undefined;
  const schemes: SchemeAst[] = [];
  const vowels: (SourcePosition & { vowel: string })[] = [];
  const rules: RuleAst[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let n = 0; n < lines.length; n++) {
    const scan = new LineScanner(lines[n], n + 1, normalization);
    if (scan.atEnd()) continue;
    const column = scan.column;
    const keyword = scan.readBare();
    if (!header) {
      if (keyword !== 'pattern') scan.fail('"pattern NAME"', 'a pattern starts with its header line "pattern NAME"', column);
      const nameColumn = (scan.skipSpace(), scan.column);
      header = { line: n + 1, column, nameColumn, name: scan.readName('the pattern name'), cross: false };
      while (!scan.atEnd()) {
        const flagColumn = scan.column;
        const flag = scan.readBare();
        if (flag !== 'cross') scan.fail('"cross" or the end of the line', `unknown pattern flag "${flag}"`, flagColumn);
        header.cross = true;
      }
      continue;
    }
    switch (keyword) {
      case 'rule':
        rules.push(parseRule(scan, column));
        break;
      case 'scheme':
        schemes.push(parseScheme(scan, column));
        break;
      case 'vowels:':
        while (!scan.atEnd()) {
          const vowelColumn = scan.column;
          const vowel = scan.readString('a vowel');
          if (Array.from(vowel).length !== 1)
            scan.fail('one letter per vowel', `the vowel "${vowel}" is not a single code point${normalization.mode === 'NFC' ? ' after NFC' : ''}`, vowelColumn);
          vowels.push({ line: n + 1, column: vowelColumn, vowel });
        }
        break;
      case 'pattern':
        scan.fail('rule, scheme or vowels:', 'one source holds one pattern; split this into a second pattern source', column);
        break;
      default:
        scan.fail('rule, scheme or vowels:', `unknown line "${keyword}"; a line starts with rule, scheme or vowels:`, column);
    }
  }
  if (!header) throw new LineScanner('', 1, normalization).fail('"pattern NAME"', 'the source is empty; it needs a "pattern NAME" header');
  return { ...header, schemes, vowels, rules };
}

function parseScheme(scan: LineScanner, column: number): SchemeAst {
  let name = scan.readBare(':');
  if (name === '') scan.fail('a scheme name', 'expected the scheme name after "scheme"');
  scan.expect(':', `expected ":" after the scheme name "${name}"`);
  const pairs: [string, string][] = [];
  do {
    const from = scan.readString('the letters to replace (FROM>TO)', ',');
    scan.expect('>', `expected ">" after "${from}" (FROM>TO)`);
    const to = scan.peek() === ',' || scan.atEnd() ? '' : scan.readString('the replacement (FROM>TO)', ',');
    pairs.push([from, to]);
  } while (scan.accept(','));
  if (!scan.atEnd()) scan.fail('"," or the end of the line', 'unexpected text after the scheme pairs');
  name = scan.text.normalize(name);
  return { line: scan.line, column, name, pairs };
}

function parseRule(scan: LineScanner, column: number): RuleAst {
  const operations: OperationAst[] = [];
  for (;;) {
    if (scan.accept('=>')) break;
    if (scan.atEnd()) scan.fail('"=>"', 'the rule has no "=>" before its cell');
    operations.push(parseOperation(scan, operations));
  }
  let cell = '';
  const next = scan.peek();
  if (next !== '' && next !== '>' && next !== '[') cell = scan.readString('the cell');
  const continuations: (SourcePosition & { name: string })[] = [];
  let needAffix = false;
  let circumfix = false;
  let dir: Direction = 'both';
  // The continuation and the option list may come in either order.
  for (;;) {
    if (scan.accept('>')) {
      do {
        const position = { line: scan.line, column: (scan.skipSpace(), scan.column) };
        continuations.push({ ...position, name: scan.readName('a pattern name to continue with') });
      } while (scan.peek() !== '' && scan.peek() !== '[');
    } else if (scan.peek() === '[') {
      for (const { word, column: at } of scan.readBracketWords()) {
        if (word === 'needaffix') needAffix = true;
        else if (word === 'circumfix') circumfix = true;
        else if (word === 'LR' || word === 'RL') {
          if (dir !== 'both' && dir !== word) scan.fail('one of LR or RL', 'a rule cannot be both LR and RL', at);
          dir = word;
        } else scan.fail('needaffix, circumfix, LR or RL', `unknown option "${word}"`, at);
      }
    } else break;
  }
  if (!scan.atEnd()) scan.fail('"> PATTERN", "[OPTION]" or the end of the line', 'unexpected text after the cell');
  return { line: scan.line, column, operations, cell, continuations, needAffix, circumfix, dir };
}

function parseOperation(scan: LineScanner, before: readonly OperationAst[]): OperationAst {
  const column = (scan.skipSpace(), scan.column);
  const at = { line: scan.line, column };
  const keyword = scan.readBare();
  switch (keyword) {
    case 'template': {
      if (before.length > 0) scan.fail('template as the first operation', 'template must be the first operation of its rule', column);
      const skeleton = scan.readString('a skeleton such as C-a-C-a-C');
      const ablautColumn = (scan.skipSpace(), scan.column);
      if (scan.peek() === 'a' && lookaheadWord(scan, 'ablaut')) {
        scan.readBare();
        const scheme = scan.readString('a scheme name');
        return { ...at, kind: 'template', skeleton, ablaut: { line: scan.line, column: ablautColumn, scheme } };
      }
      return { ...at, kind: 'template', skeleton };
    }
    case 'suffix':
    case 'prefix':
      return { ...at, kind: keyword, ...parseAffix(scan, keyword) };
    case 'ablaut':
      return { ...at, kind: 'ablaut', scheme: scan.readString('a scheme name') };
    case 'redup': {
      const kindColumn = (scan.skipSpace(), scan.column);
      const redup = scan.readBare() as RedupKind;
      if (!REDUP_KINDS.includes(redup))
        scan.fail('cv, syllable, radical or total', `unknown reduplication "${redup}"`, kindColumn);
      // `redup cv suffix` places the copy after the form, unless that `suffix` is itself an operation
      // with arguments (`redup cv suffix +a`).
      let after = false;
      if (lookaheadWord(scan, 'suffix') && !followedByAffixArgument(scan)) {
        scan.readBare();
        after = true;
      }
      return { ...at, kind: 'redup', redup, after };
    }
    case 'gloss':
      scan.expect('+', 'expected "+TEXT" after gloss');
      return { ...at, kind: 'gloss', text: scan.readString('the text to add to the analysis') };
    default:
      if (keyword.startsWith('+') || keyword.startsWith('-'))
        scan.fail(OPERATIONS, 'affix arguments go in the order -STRIP +ADD /COND/, each at most once', column);
      return scan.fail(OPERATIONS, keyword === '' ? 'expected an operation' : `unknown operation "${keyword}"`, column);
  }
}

function parseAffix(scan: LineScanner, kind: string): { strip: string; add: string; condition?: ReturnType<typeof parseCondition> } {
  let strip: string | undefined;
  let add: string | undefined;
  let condition: ReturnType<typeof parseCondition> | undefined;
  for (;;) {
    const ch = scan.peek();
    if (ch === '-' && strip === undefined && add === undefined && condition === undefined) {
      scan.accept('-');
      strip = scan.readStringAfterSign('the text to strip after "-"');
    } else if (ch === '+' && add === undefined && condition === undefined) {
      scan.accept('+');
      add = scan.readStringAfterSign('the text to add after "+"');
    } else if (ch === '/' && condition === undefined) {
      const { text, column: at } = scan.readCondition();
      condition = parseCondition(text, scan.line, at);
    } else break;
  }
  if (strip === undefined && add === undefined && condition === undefined)
    scan.fail('-STRIP, +ADD or /COND/', `${kind} needs at least one of -STRIP, +ADD or /COND/`);
  return { strip: strip ?? '', add: add ?? '', ...(condition ? { condition } : {}) };
}

/** True when the next bare word is `word` (without consuming it). */
function lookaheadWord(scan: LineScanner, word: string): boolean {
  return scan.lookahead((probe) => probe.readBare() === word);
}

/** True when the word after the next one starts an affix argument (`-`, `+` or `/`). */
function followedByAffixArgument(scan: LineScanner): boolean {
  return scan.lookahead((probe) => {
    probe.readBare();
    const ch = probe.peek();
    return ch === '-' || ch === '+' || ch === '/';
  });
}
