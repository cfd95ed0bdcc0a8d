import { PatternSyntaxError } from '../errors/pattern-syntax-error';
import type { PatternSource } from '../model/pattern-source';
import type { ParsedPatternSource } from '../syntax/parsed-pattern-source';
import type { ConditionAst } from '../syntax/condition-ast';
import type { OperationAst, PatternAst, RuleAst } from '../syntax/pattern-ast';
import { parsePattern } from '../syntax/pattern-parser';
import { didYouMean } from '../syntax/did-you-mean';
import { SourceProblem } from '../syntax/source-problem';
import { textRules, type TextRules } from '../text/normalization';
import { applySchemeEverywhere, compileScheme, type AblautScheme } from './ablaut-scheme';
import type { CompileOptions } from './compile-options';
import type { CompiledPattern, CompiledRule, PatternProgram, RootRequirement } from './compiled-pattern';
import { CIRCUMFIX_PREFIX, CIRCUMFIX_SUFFIX, CIRCUMFIX_UNSIDED, FORMAT_VERSION, PREFIXED, RULE_CIRCUMFIX, RULE_NEEDS_AFFIX } from './compiled-pattern';
import { compileCondition } from './condition-matcher';
import { OP_ABLAUT, OP_PREFIX, OP_REDUP, OP_SUFFIX, OP_TEMPLATE, operation, type Operation } from './operation';
import { RuleIndex } from './rule-index';
import type { SharedParts } from './shared-parts';
import { mapLiterals, parseSkeleton, SkeletonProblem, type Skeleton } from './skeleton';
import { vowelSet, type VowelSet } from './vowel-set';

/** What a rule continues into until its grammar links it (most rules continue nowhere: one list serves). */
const NO_CONTINUATIONS: readonly PatternProgram[] = [];
/**
 * Empty lists that every program or rule without such items shares: a lexicon may have a pattern per
 * entry (Hunspell oc_FR: 87,000 `word` patterns of one rule with no operation), and an empty array each
 * took a fifth of such a grammar's memory.
 */
const NO_OPERATIONS: readonly Operation[] = [];
const NO_REQUIREMENTS: readonly RootRequirement[] = [];
/** `ruleOrder` of programs of up to this many rules, shared by length (`[0]`, `[0, 1]`, ...). */
const SHARED_ORDERS: readonly (readonly number[])[] = Array.from({ length: 16 }, (_, n) => Array.from({ length: n }, (_, r) => r));

/**
 * Compiles one pattern source on its own: parses it, checks its meaning and compiles conditions,
 * skeletons and schemes (`options.normalize` as in {@link compileGrammar}). Continuation names are not resolved (that needs the other patterns; see
 * {@link compileGrammar}), which makes this handy for validating a single pattern.
 *
 * @throws {@link PatternSyntaxError} naming the pattern, line, column and the fix.
 */
export function compilePattern(source: PatternSource, options: CompileOptions = {}): CompiledPattern {
  return compileProgram(source, textRules(options.normalize));
}

/** {@link compilePattern} with the generator's view of the result. */
export function compileProgram(
  source: PatternSource | ParsedPatternSource,
  text: TextRules,
  shared?: SharedParts,
  options?: Pick<CompileOptions, 'onFingerprint' | 'fingerprints'>,
): PatternProgram {
  return compileCollecting(source, text, undefined, shared, options)!;
}

/**
 * Every problem of one pattern source, not only the first: each line with a syntax error, each rule,
 * scheme or header that means nothing. Empty when the pattern compiles. Continuation names are not
 * resolved here (see `checkPatternFiles`).
 */
export function patternProblems(source: PatternSource, text: TextRules): PatternSyntaxError[] {
  const problems: PatternSyntaxError[] = [];
  compileCollecting(source, text, problems);
  return problems;
}

/**
 * Compiles `source`. Without `problems`, the first error is thrown; with it, every error is added there
 * and compiling goes on (the result is then undefined when there was any).
 */
function compileCollecting(
  source: PatternSource | ParsedPatternSource,
  text: TextRules,
  problems: PatternSyntaxError[] | undefined,
  shared?: SharedParts,
  options?: Pick<CompileOptions, 'onFingerprint' | 'fingerprints'>,
): PatternProgram | undefined {
  const name = text.normalize(source.name);
  const fail = (line: number, column: number, expected: string, detail: string): never => {
    throw new PatternSyntaxError(name, line, column, expected, detail);
  };
  const attempt = <T>(work: () => T): T | undefined => {
    if (!problems) return work();
    try {
      return work();
    } catch (error) {
      if (!(error instanceof PatternSyntaxError)) throw error;
      problems.push(error);
      return undefined;
    }
  };
  const lineProblems: SourceProblem[] | undefined = problems ? [] : undefined;
  const ast = 'ast' in source ? source.ast : attempt(() => {
    try {
      return parsePattern(text.normalize(source.source), text, lineProblems, shared?.conditions);
    } catch (problem) {
      if (problem instanceof SourceProblem) return fail(problem.line, problem.column, problem.expected, problem.detail);
      throw problem;
    }
  });
  for (const problem of lineProblems ?? []) problems!.push(new PatternSyntaxError(name, problem.line, problem.column, problem.expected, problem.detail));
  if (ast === undefined) return undefined;
  attempt(() => {
    if (ast.name !== name)
      fail(ast.line, ast.nameColumn, `"pattern ${name}"`, `the header names "${ast.name}" but the pattern is stored as "${name}"; make them equal`);
  });

  const schemes = new Map<string, AblautScheme>();
  for (const scheme of ast.schemes) {
    attempt(() => {
      if (schemes.has(scheme.name)) fail(scheme.line, scheme.column, 'a new scheme name', `the scheme "${scheme.name}" is declared twice`);
      schemes.set(scheme.name, compileScheme(scheme.name, scheme.pairs));
    });
  }
  const findScheme = (scheme: string, line: number, column: number): AblautScheme =>
    schemes.get(scheme) ??
    fail(line, column, 'a declared scheme', `unknown ablaut scheme "${scheme}"; declare it with "scheme ${scheme}: FROM>TO, ..."${didYouMean(scheme, [...schemes.keys()])}`);
  const vowels = vowelSet(ast.vowels.map((v) => v.vowel));

  const rootRequirements: RootRequirement[] = [];
  const rules: CompiledRule[] = [];
  // A text the program keeps: the grammar's one copy of it (see `SharedParts.text`).
  const keep = (value: string): string => shared?.text(value) ?? value;
  for (const rule of ast.rules) {
    const compiled = attempt((): CompiledRule => {
      const operations: Operation[] = [];
      let gloss = '';
      for (const op of rule.operations) {
        if (op.kind === 'gloss') gloss += op.text;
        else operations.push(compileOperation(op, findScheme, vowels, fail, (requirement) => rootRequirements.push({ patternName: name, ...requirement }), shared));
      }
      return {
        // `slice`: trimmed of the room `push` left (see the rules below).
        operations: operations.length === 0 ? NO_OPERATIONS : (shared?.operations(operations) ?? operations.slice()),
        cell: keep(rule.cell),
        // Each gloss text is normalised on its own; joined, `"a"` then `"\u0301"` must still come out NFC.
        gloss: keep(text.normalize(gloss)),
        continuationNames: rule.continuations,
        continuations: NO_CONTINUATIONS,
        marks:
          (rule.circumfix ? RULE_CIRCUMFIX | circumfixSideOf(operations) : 0) |
          (operations.some((op) => op.kind === OP_PREFIX) ? PREFIXED : 0) |
          (rule.needAffix ? RULE_NEEDS_AFFIX : 0),
        dir: rule.dir,
      };
    });
    if (compiled) rules.push(compiled);
  }
  const crossSide = ast.cross ? attempt(() => crossSideOf(ast, fail)) : undefined;
  if (problems && problems.length > 0) return undefined;
  options?.onFingerprint?.(source.id, fingerprint(ast, schemes));
  const ruleIndex = RuleIndex.of(ast.rules.map((rule) => rule.operations.find((op) => op.kind !== 'gloss')), shared?.unitNeeds);
  // `slice`: an array grown by `push` keeps room for 16 more items, 136 bytes in a pattern of one rule.
  const kept = options?.fingerprints === false ? undefined : source;
  return new Program(kept, source.id, name, text, rules.slice(), ruleIndex, crossSide, rootRequirements.length === 0 ? NO_REQUIREMENTS : rootRequirements);
}

/**
 * The program, with a `fingerprint` written when first read, from the source parsed again: generation
 * never reads it (persistence hashes it), and writing it for fr.aff's 5,600 rules took a tenth of
 * compiling them. It keeps only the source alive, not the compiler's syntax tree (3 MB for fr.aff).
 *
 * A class, so that the getter is the prototype's: a getter in each object literal is a closure of its
 * own, which V8 cannot keep in a shared map, so every program was a dictionary-mode object and each
 * `rules` or `ruleIndex` the generator read was a hash lookup (a seventh of expanding Hunspell fr).
 */
class Program implements PatternProgram {
  private written: string | undefined = undefined;
  readonly ruleOrder: readonly number[];
  readonly suffixOnly: boolean;
  continuations: readonly number[] = [];

  constructor(
    /** Undefined when compiled with `fingerprints: false`. */
    private readonly source: PatternSource | ParsedPatternSource | undefined,
    readonly id: number,
    readonly name: string,
    private readonly text: TextRules,
    readonly rules: readonly CompiledRule[],
    readonly ruleIndex: RuleIndex | undefined,
    readonly crossSide: PatternProgram['crossSide'],
    public rootRequirements: readonly RootRequirement[],
  ) {
    this.ruleOrder = SHARED_ORDERS[rules.length] ?? rules.map((_, r) => r);
    this.suffixOnly = rules.length > 0 && rules.every((rule) => rule.operations.length > 0 && rule.operations.every((op) => op.kind === OP_SUFFIX));
  }

  get fingerprint(): string {
    const source = this.source;
    if (source === undefined) throw new Error(`pattern "${this.name}" was compiled without its fingerprint (CompileOptions.fingerprints: false); compile it again without that option to read it`);
    this.written ??= 'ast' in source ? fingerprintOfTree(source.ast) : fingerprintOf(source.source, this.text);
    return this.written;
  }
}

/** Suffix side when the rule only adds suffixes, prefix side when only prefixes, unsided otherwise. */
function circumfixSideOf(operations: readonly Operation[]): number {
  if (operations.length === 0) return CIRCUMFIX_UNSIDED;
  if (operations.every((op) => op.kind === OP_SUFFIX)) return CIRCUMFIX_SUFFIX;
  if (operations.every((op) => op.kind === OP_PREFIX)) return CIRCUMFIX_PREFIX;
  return CIRCUMFIX_UNSIDED;
}

type Fail = (line: number, column: number, expected: string, detail: string) => never;

function compileOperation(
  op: Exclude<OperationAst, { kind: 'gloss' }>,
  findScheme: (scheme: string, line: number, column: number) => AblautScheme,
  vowels: VowelSet,
  fail: Fail,
  requireRoot: (requirement: { skeleton?: Skeleton }) => void,
  shared: SharedParts | undefined,
): Operation {
  switch (op.kind) {
    case 'suffix':
    case 'prefix': {
      const kind = op.kind === 'suffix' ? OP_SUFFIX : OP_PREFIX;
      const anchor = op.kind === 'suffix' ? 'end' : 'start';
      if (shared) return shared.affix(kind, op.strip, op.add, op.condition ? shared.matcher(op.condition, anchor) : null);
      return operation({ kind, strip: op.strip, add: op.add, condition: op.condition ? compileCondition(op.condition, anchor) : null });
    }
    case 'ablaut':
      return operation({ kind: OP_ABLAUT, scheme: findScheme(op.scheme, op.line, op.column) });
    case 'redup':
      if (op.redup === 'radical') requireRoot({});
      return operation({ kind: OP_REDUP, redup: op.redup, after: op.after, vowels });
    case 'template': {
      let skeleton: Skeleton;
      try {
        skeleton = parseSkeleton(op.skeleton);
      } catch (problem) {
        if (problem instanceof SkeletonProblem) return fail(op.line, op.column, 'a skeleton such as C-a-C-a-C', problem.message);
        throw problem;
      }
      if (op.ablaut) {
        const { line, column } = op.ablaut;
        const scheme = findScheme(op.ablaut.scheme, line, column);
        skeleton =
          mapLiterals(skeleton, (literal) => applySchemeEverywhere(scheme, literal)) ??
          fail(line, column, 'a scheme that maps a letter of the skeleton', `the scheme "${scheme.name}" changes no letter of the skeleton "${skeleton.source}"`);
      }
      requireRoot({ skeleton });
      return operation({ kind: OP_TEMPLATE, skeleton });
    }
  }
}

/** A `cross` pattern is all prefixes or all suffixes, so the generator knows how to combine it. */
function crossSideOf(ast: PatternAst, fail: Fail): 'prefix' | 'suffix' {
  let side: 'prefix' | 'suffix' | undefined;
  const explain = 'in a cross pattern every rule uses prefix (or every rule suffix) and gloss only';
  for (const rule of ast.rules) {
    let affixes = 0;
    for (const op of rule.operations) {
      if (op.kind === 'gloss') continue;
      if (op.kind !== 'prefix' && op.kind !== 'suffix') fail(op.line, op.column, 'prefix, suffix or gloss', `${op.kind} is not allowed here: ${explain}`);
      if (side !== undefined && op.kind !== side) fail(op.line, op.column, side, `${op.kind} mixed with ${side}: ${explain}`);
      side = op.kind;
      affixes++;
    }
    if (affixes === 0) fail(rule.line, rule.column, 'a prefix or suffix operation', `the rule has no affix: ${explain}`);
  }
  return side ?? fail(ast.line, ast.column, 'at least one rule', 'a cross pattern needs at least one prefix or suffix rule');
}

function conditionKey(condition: ConditionAst | undefined): string {
  if (!condition) return '';
  return condition.items.map((item) => `${item.set.negated ? '^' : ''}${item.set.ranges.join(',')}{${item.min},${item.max}}`).join(' ');
}

function operationKey(op: OperationAst, schemes: ReadonlyMap<string, AblautScheme>): unknown {
  switch (op.kind) {
    case 'suffix':
    case 'prefix':
      return [op.kind, op.strip, op.add, conditionKey(op.condition)];
    case 'ablaut':
      return [op.kind, schemes.get(op.scheme)!.pairs];
    case 'redup':
      return [op.kind, op.redup, op.after];
    case 'template': {
      let skeleton = parseSkeleton(op.skeleton);
      if (op.ablaut) {
        const scheme = schemes.get(op.ablaut.scheme)!;
        skeleton = mapLiterals(skeleton, (literal) => applySchemeEverywhere(scheme, literal))!;
      }
      return [op.kind, skeleton.numbered, skeleton.parts];
    }
    case 'gloss':
      return undefined;
  }
}

function ruleKey(rule: RuleAst, schemes: ReadonlyMap<string, AblautScheme>): unknown {
  return {
    ops: rule.operations.filter((op) => op.kind !== 'gloss').map((op) => operationKey(op, schemes)),
    gloss: rule.operations.map((op) => (op.kind === 'gloss' ? op.text : '')).join(''),
    cell: rule.cell,
    next: rule.continuations.map((c) => c.name),
    needAffix: rule.needAffix,
    circumfix: rule.circumfix,
    dir: rule.dir,
  };
}

/** The fingerprint of a source that compiles. */
function fingerprintOf(source: string, text: TextRules): string {
  return fingerprintOfTree(parsePattern(text.normalize(source), text));
}

/** The fingerprint of a syntax tree handed over parsed. */
function fingerprintOfTree(ast: PatternAst): string {
  return fingerprint(ast, new Map(ast.schemes.map((scheme) => [scheme.name, compileScheme(scheme.name, scheme.pairs)])));
}

function fingerprint(ast: PatternAst, schemes: ReadonlyMap<string, AblautScheme>): string {
  const vowels = [...new Set(ast.vowels.map((v) => v.vowel))].sort();
  return JSON.stringify({ v: FORMAT_VERSION, cross: ast.cross, vowels, rules: ast.rules.map((rule) => ruleKey(rule, schemes)) });
}
