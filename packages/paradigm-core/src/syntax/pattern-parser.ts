import type { Direction } from '../model/form';
import type { TextRules } from '../text/normalization';
import type { ConditionAst } from './condition-ast';
import { parseCondition } from './condition-parser';
import { didYouMean } from './did-you-mean';
import { LineScanner } from './line-scanner';
import { SourceProblem } from './source-problem';
import type { OperationAst, PatternAst, RedupKind, RuleAst, SchemeAst, SourcePosition } from './pattern-ast';
import { excerpt } from '../text/quoted-excerpt';

const REDUP_KINDS: readonly RedupKind[] = ['cv', 'syllable', 'radical', 'total'];
const OPERATIONS = 'template, suffix, prefix, ablaut, redup, gloss or "=>"';
const OPERATION_WORDS = ['template', 'suffix', 'prefix', 'ablaut', 'redup', 'gloss'];
const LINE_WORDS = ['rule', 'scheme', 'vowels:', 'pattern'];
const OPTION_WORDS = ['needaffix', 'circumfix', 'LR', 'RL'];
/** What a `pattern` line without a name lacks. */
export const NAMELESS = 'a name after "pattern" (letters, digits and _ . : / -); without one the line starts no pattern';

/**
 * Parses one pattern's source text (already normalised by `normalization`) into its syntax tree. Throws
 * {@link SourceProblem} at the first error, unless `problems` is given: then every line with an error
 * adds its problem there and is left out of the tree, and parsing goes on with the next line (a
 * header line without a valid name is always thrown: without it nothing else has a meaning; an unknown
 * flag after the name is a problem like any other line's). Meaning
 * (unknown schemes, template placement) is checked by the compiler. `conditions` (text to syntax tree)
 * is read and filled, so that patterns compiled together parse a condition written alike once.
 */
export function parsePattern(text: string, normalization: TextRules, problems?: SourceProblem[], conditions?: Map<string, ConditionAst>): PatternAst {
  let header: (SourcePosition & { name: string; nameColumn: number; cross: boolean }) | undefined;
  const schemes: SchemeAst[] = [];
  const vowels: (SourcePosition & { vowel: string })[] = [];
  const rules: RuleAst[] = [];
  const continuationLists = new Map<string, RuleAst['continuations']>();
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
      try {
        header.cross = readPatternFlags(scan);
      } catch (problem) {
        // With the name known, the rules below still mean something: they are checked too.
        if (!(problems && problem instanceof SourceProblem)) throw problem;
        problems.push(problem);
      }
      continue;
    }
    try {
      parseLine(scan, keyword, column, normalization, { schemes, vowels, rules, continuationLists }, conditions);
    } catch (problem) {
      if (!(problems && problem instanceof SourceProblem)) throw problem;
      problems.push(problem);
    }
  }
  if (!header) throw new LineScanner('', 1, normalization).fail('"pattern NAME"', 'the source is empty; it needs a "pattern NAME" header');
  // Object literals without a leading spread: `{ ...a, b }` gives every object a hidden class of its own
  // in V8 (35,000 of them, 6 MB, compiling fr.aff), which also slows every later read of them.
  return { line: header.line, column: header.column, nameColumn: header.nameColumn, name: header.name, cross: header.cross, schemes, vowels, rules };
}

/** The flags after a header's name: true when `cross` is among them; throws at an unknown one. */
function readPatternFlags(scan: LineScanner): boolean {
  let cross = false;
  while (!scan.atEnd()) {
    const flagColumn = scan.column;
    const flag = scan.readBare();
    if (flag !== 'cross') scan.fail('"cross" or the end of the line', `unknown pattern flag "${flag}"`, flagColumn);
    cross = true;
  }
  return cross;
}

function parseLine(
  scan: LineScanner,
  keyword: string,
  column: number,
  normalization: TextRules,
  into: { schemes: SchemeAst[]; vowels: (SourcePosition & { vowel: string })[]; rules: RuleAst[]; continuationLists: Map<string, RuleAst['continuations']> },
  conditions: Map<string, ConditionAst> | undefined,
): void {
  switch (keyword) {
    case 'rule':
      into.rules.push(parseRule(scan, column, conditions, into.continuationLists));
      break;
    case 'scheme':
      into.schemes.push(parseScheme(scan, column));
      break;
    case 'vowels:':
      while (!scan.atEnd()) {
        const vowelColumn = scan.column;
        const vowel = scan.readString('a vowel');
        if (Array.from(vowel).length !== 1)
          scan.fail('one letter per vowel', `the vowel "${vowel}" is not a single code point${normalization.mode === 'NFC' ? ' after NFC' : ''}`, vowelColumn);
        into.vowels.push({ line: scan.line, column: vowelColumn, vowel });
      }
      break;
    case 'pattern':
      // In a .patterns file a header without a valid name ends up here, inside the pattern before it.
      scan.readName(NAMELESS);
      scan.fail('rule, scheme or vowels:', 'one source holds one pattern; split this into a second pattern source', column);
      break;
    default:
      scan.fail('rule, scheme or vowels:', `unknown line "${excerpt(keyword)}"${didYouMean(keyword, LINE_WORDS) || '; a line starts with rule, scheme or vowels:'}`, column);
  }
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

/**
 * The continuations of a rule that continues nowhere, most rules: one list serves them all (a lexicon
 * whose entries each have a word pattern of their own, as Hunspell oc_FR's 87,000, would hold an empty
 * array per entry in its compiled grammar). Any other list is trimmed (`slice`) of the room for 16 more
 * items that `push` leaves, since the compiled rules keep it.
 */
const NO_CONTINUATIONS: RuleAst['continuations'] = [];

/**
 * The rules of one pattern that continue with the same names share the first one's list (`lists`, by
 * the names joined), whose positions are those of the names' first mention, which is what every message
 * about a continuation names. The compiled rules keep these lists: Hunspell hu_HU's 136,000 rules held
 * a list, its items and their name strings each, 15 MB of its grammar, for a few thousand lists.
 */
function sharedContinuations(parsed: (SourcePosition & { name: string })[] | undefined, lists: Map<string, RuleAst['continuations']>): RuleAst['continuations'] {
  if (parsed === undefined) return NO_CONTINUATIONS;
  const key = parsed.length === 1 ? parsed[0]!.name : parsed.map((next) => next.name).join(' ');
  let list = lists.get(key);
  if (list === undefined) {
    list = parsed.slice();
    lists.set(key, list);
  }
  return list;
}

function parseRule(
  scan: LineScanner,
  column: number,
  conditions: Map<string, ConditionAst> | undefined,
  continuationLists: Map<string, RuleAst['continuations']>,
): RuleAst {
  const operations: OperationAst[] = [];
  for (;;) {
    if (scan.accept('=>')) break;
    if (scan.atEnd()) scan.fail('"=>"', 'the rule has no "=>" before its cell');
    operations.push(parseOperation(scan, operations, conditions));
  }
  let cell = '';
  const next = scan.peek();
  if (next !== '' && next !== '>' && next !== '[') cell = scan.readString('the cell');
  let continuations: (SourcePosition & { name: string })[] | undefined;
  let needAffix = false;
  let circumfix = false;
  let dir: Direction = 'both';
  // The continuation and the option list may come in either order.
  for (;;) {
    if (scan.accept('>')) {
      do {
        const at = (scan.skipSpace(), scan.column);
        (continuations ??= []).push({ line: scan.line, column: at, name: scan.readName('a pattern name to continue with') });
      } while (scan.peek() !== '' && scan.peek() !== '[');
    } else if (scan.peek() === '[') {
      for (const { word, column: at } of scan.readBracketWords()) {
        if (word === 'needaffix') needAffix = true;
        else if (word === 'circumfix') circumfix = true;
        else if (word === 'LR' || word === 'RL') {
          if (dir !== 'both' && dir !== word) scan.fail('one of LR or RL', 'a rule cannot be both LR and RL', at);
          dir = word;
        } else scan.fail('needaffix, circumfix, LR or RL', `unknown option "${word}"${didYouMean(word, OPTION_WORDS)}`, at);
      }
    } else break;
  }
  if (!scan.atEnd()) scan.fail('"> PATTERN", "[OPTION]" or the end of the line', 'unexpected text after the cell');
  return { line: scan.line, column, operations, cell, continuations: sharedContinuations(continuations, continuationLists), needAffix, circumfix, dir };
}

function parseOperation(scan: LineScanner, before: readonly OperationAst[], conditions: Map<string, ConditionAst> | undefined): OperationAst {
  const column = (scan.skipSpace(), scan.column);
  const line = scan.line;
  const keyword = scan.readBare();
  switch (keyword) {
    case 'template': {
      if (before.length > 0) scan.fail('template as the first operation', 'template must be the first operation of its rule', column);
      const skeleton = scan.readString('a skeleton such as C-a-C-a-C');
      const ablautColumn = (scan.skipSpace(), scan.column);
      if (scan.peek() === 'a' && lookaheadWord(scan, 'ablaut')) {
        scan.readBare();
        const scheme = scan.readString('a scheme name');
        return { line, column, kind: 'template', skeleton, ablaut: { line: scan.line, column: ablautColumn, scheme } };
      }
      return { line, column, kind: 'template', skeleton };
    }
    case 'suffix':
    case 'prefix':
      return parseAffix(scan, line, column, keyword, conditions);
    case 'ablaut':
      return { line, column, kind: 'ablaut', scheme: scan.readString('a scheme name') };
    case 'redup': {
      const kindColumn = (scan.skipSpace(), scan.column);
      const redup = scan.readBare() as RedupKind;
      if (!REDUP_KINDS.includes(redup))
        scan.fail('cv, syllable, radical or total', `unknown reduplication "${redup}"${didYouMean(redup, REDUP_KINDS)}`, kindColumn);
      // `redup cv suffix` places the copy after the form, unless that `suffix` is itself an operation
      // with arguments (`redup cv suffix +a`).
      let after = false;
      if (lookaheadWord(scan, 'suffix') && !followedByAffixArgument(scan)) {
        scan.readBare();
        after = true;
      }
      return { line, column, kind: 'redup', redup, after };
    }
    case 'gloss':
      scan.expect('+', 'expected "+TEXT" after gloss');
      return { line, column, kind: 'gloss', text: scan.readString('the text to add to the analysis') };
    default:
      if (keyword.startsWith('+') || keyword.startsWith('-'))
        scan.fail(OPERATIONS, 'affix arguments go in the order -STRIP +ADD /COND/, each at most once', column);
      return scan.fail(OPERATIONS, keyword === '' ? 'expected an operation' : `unknown operation "${keyword}"${didYouMean(keyword, OPERATION_WORDS)}`, column);
  }
}

function parseAffix(scan: LineScanner, line: number, column: number, kind: 'suffix' | 'prefix', conditions: Map<string, ConditionAst> | undefined): OperationAst {
  let strip: string | undefined;
  let add: string | undefined;
  let condition: ConditionAst | undefined;
  for (;;) {
    const ch = scan.peek();
    if (ch === '-' && strip === undefined && add === undefined && condition === undefined) {
      scan.accept('-');
      const quoted = scan.current() === '"';
      const stripColumn = scan.column;
      strip = scan.readStringAfterSign('the text to strip after "-"');
      const plus = strip.indexOf('+');
      if (!quoted && plus >= 0) failTwoReadings(scan, strip, plus, stripColumn);
    } else if (ch === '+' && add === undefined && condition === undefined) {
      scan.accept('+');
      add = scan.readStringAfterSign('the text to add after "+"');
    } else if (ch === '/' && condition === undefined) {
      const { text, column: at } = scan.readCondition();
      condition = conditions?.get(text);
      if (condition === undefined) {
        condition = parseCondition(text, scan.line, at);
        conditions?.set(text, condition);
      }
    } else break;
  }
  if (strip === undefined && add === undefined && condition === undefined)
    scan.fail('-STRIP, +ADD or /COND/', `${kind} needs at least one of -STRIP, +ADD or /COND/`);
  if (condition === undefined) return { line, column, kind, strip: strip ?? '', add: add ?? '' };
  return { line, column, kind, strip: strip ?? '', add: add ?? '', condition };
}

/**
 * `-a+ae` (a space missing) reads as stripping the text `a+ae`, which almost never ends a word: say
 * both readings and how to write each, instead of compiling a rule that silently never matches.
 */
function failTwoReadings(scan: LineScanner, strip: string, plus: number, column: number): never {
  const before = strip.slice(0, plus);
  const after = strip.slice(plus + 1);
  return scan.fail(
    '-STRIP +ADD, with a space before "+"',
    `"-${strip}" can be read two ways: strip "${before}" and add "${after}" (write -${before} +${after}), or strip the text "${strip}" (write -"${strip}")`,
    column + Array.from(before).length,
  );
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
