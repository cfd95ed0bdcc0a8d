import { CIRCUMFIX_BOTH, CIRCUMFIX_PENDING, PREFIXED, RULE_CIRCUMFIX, RULE_NEEDS_AFFIX, UNCROSSED, type PatternProgram } from '../compile/compiled-pattern';
import type { LinkedGrammar } from '../compile/grammar';
import type { GenerationError } from '../errors/generation-error';
import type { Direction, Form, FormRowSink } from '../model/form';
import type { Lexeme } from '../model/lexeme';
import type { PatternSummary } from '../model/outcome';
import { lexemeLabel } from '../text/lexeme-label';
import { joinNfc, nfc } from '../text/nfc';
import { plural } from '../text/plural';
import { checkRoot } from './root-check';
import { FormTooLong, MAX_REDUPLICATED_LENGTH } from './form-too-long';
import { runOperations } from './run-operations';

/** A derived form kept (only for lexemes with both cross sides) to be combined with prefix rules. */
interface Derived {
  readonly surface: string;
  readonly cell: string;
  readonly analysis: string;
  readonly dir: Direction;
  /** A circumfix still waits for its other half: only a circumfix prefix rule may combine with it. */
  readonly circumfix: boolean;
  /** The rule that made it is `needaffix`: a prefix rule that is `needaffix` too does not combine with it. */
  readonly needAffix: boolean;
  /**
   * A cross prefix may go on top: the derivation applied no prefix (through a continuation) and went
   * through cross patterns only.
   */
  readonly combinable: boolean;
}

/**
 * Mutable state of one lexeme's expansion, shared down the depth-first derivation. One is kept between
 * lexemes with its frames (see {@link expandLexeme}): a new state and frames per lexeme were most of
 * the per-entry garbage of expanding en_US's 79,000 entries.
 */
interface Expansion {
  lexemeId: number;
  root: readonly string[] | undefined;
  /** The grammar normalises to NFC (a flag, not a function, so the hot calls stay direct). */
  normalizing: boolean;
  /** Exactly one of these receives the forms: `sink` one `Form` each, `rows` their stored columns. */
  sink: ((form: Form) => void) | null;
  rows: FormRowSink | null;
  /** Where the analysis tape starts (the lexeme's gloss, normalised): forms that add nothing to it keep this string. */
  gloss: string;
  /** Cells are joined along derivations; false when the caller reads none (every cell is then ''). */
  cells: boolean;
  ownerId: number;
  /** Forms emitted so far for the current pattern: the next form's position. */
  count: number;
  collected: Derived[] | null;
  /** The depth-first stack of {@link derive}, reused across its calls and across lexemes. */
  readonly frames: Frame[];
  /** Forms derived so far for this lexeme (all patterns), against `limit` (the grammar's `maxFormsPerLexeme`). */
  derived: number;
  limit: number;
  /** Characters (surface plus analysis) of the forms emitted so far for this lexeme, against `charLimit` (`maxCharsPerLexeme`). */
  chars: number;
  charLimit: number;
  /** Set when `derived` passed `limit` or `chars` passed `charLimit`: the expansion stops. */
  exceeded: boolean;
}


/** `both` combined with X is X; LR with RL has no direction left (lttoolbox drops such entries). */
function combineDir(outer: Direction, inner: Direction): Direction | null {
  if (outer === 'both') return inner;
  return inner === 'both' || inner === outer ? outer : null;
}

function joinCell(outer: string, inner: string): string {
  if (outer === '') return inner;
  return inner === '' ? outer : `${outer};${inner}`;
}

function appendGloss(state: Expansion, analysis: string, gloss: string): string {
  return state.normalizing ? joinNfc(analysis, gloss) : analysis + gloss;
}

/** Where forms go: a `Form` per form (`generateInto`, `generateLexeme`) or columns to a row sink (`generateRows`). */
export type FormTarget = { readonly sink: (form: Form) => void; readonly rows?: undefined } | { readonly rows: FormRowSink; readonly sink?: undefined };

function emit(state: Expansion, surface: string, cell: string, analysis: string, dir: Direction): void {
  // A branch, not a wrapping closure: the Form path stays as direct as it was before rows existed
  // (a closure per form measured 6 % slower on Hunspell fr). No gloss along the derivation leaves the
  // lexeme's own gloss string as it was: a pointer comparison, and rows store no copy of it.
  if (state.rows !== null) state.rows.add(state.lexemeId, state.ownerId, cell, surface, state.count, analysis === state.gloss ? null : analysis);
  else state.sink!({ lexemeId: state.lexemeId, patternId: state.ownerId, cell, surface, analysis, dir, position: state.count });
  state.count++;
}

/**
 * One pattern being applied along a derivation: its input, and the form its current rule made (what
 * that rule's continuations receive). Frames are reused from one lexeme's derivations to the next.
 */
interface Frame {
  program: PatternProgram;
  input: string;
  cell: string;
  analysis: string;
  dir: Direction;
  marks: number;
  /** The indices of the rules that may apply to `input` (see {@link RuleIndex}), in source order. */
  order: readonly number[];
  /** The place in `order` of the rule whose form the fields below hold (-1 before the first). */
  rule: number;
  /** That rule's continuations, and how many of them were entered. */
  next: readonly PatternProgram[];
  entered: number;
  surface: string;
  formCell: string;
  formAnalysis: string;
  formDir: Direction;
  formMarks: number;
}

const NO_CONTINUATIONS: readonly PatternProgram[] = [];

/** The rules of `program` that may apply to `input`, as indices in source order. */
function rulesFor(program: PatternProgram, input: string): readonly number[] {
  const index = program.ruleIndex;
  return index === undefined ? program.ruleOrder : index.rulesFor(input);
}

function frameAt(state: Expansion, depth: number, program: PatternProgram, input: string, cell: string, analysis: string, dir: Direction, marks: number): void {
  const frame = state.frames[depth];
  if (program.crossSide === undefined) marks |= UNCROSSED;
  const order = rulesFor(program, input);
  if (frame === undefined) {
    state.frames.push({ program, input, cell, analysis, dir, marks, order, rule: -1, next: NO_CONTINUATIONS, entered: 0, surface: '', formCell: '', formAnalysis: '', formDir: dir, formMarks: 0 });
    return;
  }
  frame.program = program;
  frame.input = input;
  frame.order = order;
  frame.cell = cell;
  frame.analysis = analysis;
  frame.dir = dir;
  frame.marks = marks;
  frame.rule = -1;
  frame.next = NO_CONTINUATIONS;
  frame.entered = 0;
}

/**
 * Counts one derived form against the lexeme's limit; false (and the expansion stopped) past it. Every
 * derived form counts, also one held back by `needaffix` or a pending circumfix: it costs the same work.
 */
function withinLimit(state: Expansion): boolean {
  if (++state.derived <= state.limit) return true;
  state.exceeded = true;
  return false;
}

/**
 * Counts the characters of a form about to be emitted against the lexeme's limit; false (and the
 * expansion stopped) past it. Only emitted forms count: a form held back is a string nothing reads, and
 * costs no more than its count against the form limit; an emitted one is read, whole, by every sink.
 */
function withinCharLimit(state: Expansion, surface: string, analysis: string): boolean {
  state.chars += surface.length + analysis.length;
  if (state.chars <= state.charLimit) return true;
  state.exceeded = true;
  return false;
}

/**
 * Applies every rule of `program` to `input`, then each rule's continuations depth-first. `marks` holds
 * the side of a circumfix waiting for its other half, whether a prefix was applied and whether
 * a pattern without `cross` was gone through (see {@link CIRCUMFIX_PENDING}, {@link PREFIXED},
 * {@link UNCROSSED}). The depth-first walk keeps its own stack of frames, so a
 * chain of continuations may be as deep as the grammar makes it (a 5,000-pattern chain overflowed the
 * call stack when this recursed).
 */
function derive(state: Expansion, program: PatternProgram, input: string, cell: string, analysis: string, dir: Direction, marks: number): void {
  const frames = state.frames;
  frameAt(state, 0, program, input, cell, analysis, dir, marks);
  let depth = 0;
  while (depth >= 0) {
    const frame = frames[depth];
    if (frame.entered < frame.next.length) {
      const next = frame.next[frame.entered++];
      frameAt(state, ++depth, next, frame.surface, frame.formCell, frame.formAnalysis, frame.formDir, frame.formMarks);
      continue;
    }
    const rules = frame.program.rules;
    const order = frame.order;
    let r = frame.rule + 1;
    for (; r < order.length; r++) {
      const rule = rules[order[r]];
      const surface = runOperations(rule.operations, frame.input, state.root, state.normalizing);
      if (surface === null) continue;
      const formDir = combineDir(frame.dir, rule.dir);
      if (formDir === null) continue;
      if (!withinLimit(state)) return;
      const formCell = state.cells ? joinCell(frame.cell, rule.cell) : '';
      const formAnalysis = rule.gloss === '' ? frame.analysis : appendGloss(state, frame.analysis, rule.gloss);
      const marks = frame.marks;
      let pending = marks & CIRCUMFIX_PENDING;
      const ruleMarks = rule.marks;
      const side = ruleMarks & CIRCUMFIX_PENDING;
      // A circumfix rule of the other side completes the pending circumfix (as a combination would);
      // one of the same side leaves it pending; a first circumfix rule starts it.
      if (side !== 0) pending = pending === 0 ? side : (pending | side) === CIRCUMFIX_BOTH ? 0 : pending;
      const formMarks = pending | (marks & (PREFIXED | UNCROSSED)) | (ruleMarks & PREFIXED);
      const needAffix = (ruleMarks & RULE_NEEDS_AFFIX) !== 0;
      if (!needAffix && pending === 0) {
        if (!withinCharLimit(state, surface, formAnalysis)) return;
        emit(state, surface, formCell, formAnalysis, formDir);
      }
      if (state.collected !== null)
        state.collected.push({ surface, cell: formCell, analysis: formAnalysis, dir: formDir, circumfix: pending !== 0, needAffix, combinable: (formMarks & (PREFIXED | UNCROSSED)) === 0 });
      // Most rules have no continuation: the next rule follows at once, and the frame keeps no copy of
      // this form (each such store of a new string into the long-lived frame is a write barrier).
      // Generating and encoding the worker's 50,000-lexeme seed: 6.31 -> 6.04 billion instructions
      // (callgrind), process CPU median 741 -> 712 ms (8 alternating runs, load 12).
      if (rule.continuations.length === 0) continue;
      frame.next = rule.continuations;
      frame.entered = 0;
      frame.surface = surface;
      frame.formCell = formCell;
      frame.formAnalysis = formAnalysis;
      frame.formDir = formDir;
      frame.formMarks = formMarks;
      break;
    }
    frame.rule = r;
    if (r === order.length) depth--;
  }
}

/**
 * Hunspell's cross product: every form a suffix pattern derived (its own and its continuations',
 * including those held back by `needaffix`, since the prefix is the other affix they need) goes
 * through every rule of every prefix pattern. `circumfix` must agree on both sides. A suffix form that
 * already has a prefix (a continuation applied one) is left out: a word takes one prefix, as in Hunspell;
 * so is one derived through a pattern without `cross` (libhunspell: every suffix of a prefixed word
 * belongs to a cross product class).
 * A combined prefix rule's continuations into suffix-only patterns do not run: the combined form already
 * has its suffix, and a Hunspell prefix's suffix continuation lets that suffix combine with the prefix
 * (as the rule's own continuation does outside the combination) rather than adding a second one.
 */
function combine(state: Expansion, suffixForms: readonly Derived[], prefixes: readonly PatternProgram[]): void {
  state.collected = null;
  for (const base of suffixForms) {
    if (!base.combinable) continue;
    for (const prefix of prefixes) {
      const rules = prefix.rules;
      const order = rulesFor(prefix, base.surface);
      for (let r = 0; r < order.length; r++) {
        const rule = rules[order[r]];
        if (((rule.marks & RULE_CIRCUMFIX) !== 0) !== base.circumfix) continue;
        // Each affix's needaffix is met by the other, not both at once (libhunspell's suffix_check: a
        // suffix's NEEDAFFIX is met by a prefix without the flag).
        if ((rule.marks & RULE_NEEDS_AFFIX) !== 0 && base.needAffix) continue;
        const surface = runOperations(rule.operations, base.surface, state.root, state.normalizing);
        if (surface === null) continue;
        const dir = combineDir(base.dir, rule.dir);
        if (dir === null) continue;
        if (!withinLimit(state)) return;
        const cell = state.cells ? joinCell(base.cell, rule.cell) : '';
        const analysis = rule.gloss === '' ? base.analysis : appendGloss(state, base.analysis, rule.gloss);
        if (!withinCharLimit(state, surface, analysis)) return;
        emit(state, surface, cell, analysis, dir);
        for (const next of rule.continuations) {
          if (next.suffixOnly) continue;
          derive(state, next, surface, cell, analysis, dir, 0);
          if (state.exceeded) return;
        }
      }
    }
  }
}

/**
 * The radicals in NFC: `root` itself when each one already is (nearly always), else a copy. Not
 * `root.map(nfc)`: the optimized `map` makes a holey array, the parsed lexemes' are packed, and every
 * optimized function that read a root was thrown away ("wrong map") once `expandLexeme` was optimized
 * (`--trace-deopt` on the worker's seed: `checkRoot`, `fillSkeleton`, `runOther`, `derive`).
 */
function nfcRadicals(root: readonly string[]): readonly string[] {
  let normalized: string[] | undefined;
  for (let r = 0; r < root.length; r++) {
    const radical = nfc(root[r]);
    if (radical === root[r]) continue;
    normalized ??= root.slice();
    normalized[r] = radical;
  }
  return normalized ?? root;
}

function tooManyForms(lexeme: Lexeme, program: PatternProgram, limit: number): GenerationError {
  return {
    code: 'too-many-forms',
    message: `${lexemeLabel(lexeme.id, lexeme.lemma)}: pattern "${program.name}" derives more than ${plural(limit, 'form')} for this lexeme (counting forms held back for their continuations; the limit, maxFormsPerLexeme), so its generation stopped; look for continuations that multiply (each level multiplies the forms by its rule count), or raise the limit`,
    lexemeId: lexeme.id,
    patternId: program.id,
  };
}

function tooManyCharacters(lexeme: Lexeme, program: PatternProgram, limit: number): GenerationError {
  return {
    code: 'too-many-characters',
    message: `${lexemeLabel(lexeme.id, lexeme.lemma)}: pattern "${program.name}" generates forms of more than ${limit} characters in all for this lexeme (the limit, maxCharsPerLexeme), so its generation stopped; look for continuations in series that lengthen every form (each level adds its text to every form after it), or raise the limit (by default it grows with maxFormsPerLexeme)`,
    lexemeId: lexeme.id,
    patternId: program.id,
  };
}

function formTooLong(lexeme: Lexeme, program: PatternProgram): GenerationError {
  return {
    code: 'form-too-long',
    message: `${lexemeLabel(lexeme.id, lexeme.lemma)}: pattern "${program.name}" would make a form longer than ${MAX_REDUPLICATED_LENGTH} characters by reduplicating it, so its generation stopped; look for rules or continuations that reduplicate the form again and again (each \`redup total\` doubles it)`,
    lexemeId: lexeme.id,
    patternId: program.id,
  };
}

function stoppedEarlier(lexeme: Lexeme, id: number, state: Expansion): GenerationError {
  const chars = state.chars > state.charLimit;
  return {
    code: chars ? 'too-many-characters' : 'too-many-forms',
    message: `${lexemeLabel(lexeme.id, lexeme.lemma)}: not generated with pattern id ${id}, since an earlier pattern of the lexeme already passed the limit of ${chars ? `${state.charLimit} characters (maxCharsPerLexeme)` : `${state.limit} forms (maxFormsPerLexeme)`}`,
    lexemeId: lexeme.id,
    patternId: id,
  };
}

function unknownPattern(lexeme: Lexeme, id: number): GenerationError {
  return {
    code: 'unknown-pattern',
    message: `${lexemeLabel(lexeme.id, lexeme.lemma)} takes pattern id ${id}, which is not in the grammar (unknown, or left out for errors); fix the lexeme's pattern list or the pattern`,
    lexemeId: lexeme.id,
    patternId: id,
  };
}

/**
 * Generates every form of `lexeme` into `target` in the documented order and returns one summary per
 * pattern id in `lexeme.patterns`. Data problems become `error` summaries, never exceptions.
 */
export function expandLexeme(grammar: LinkedGrammar, lexeme: Lexeme, target: FormTarget, cells = true): PatternSummary[] {
  const ids = lexeme.patterns;
  const normalizing = grammar.normalize === 'NFC';
  const root = lexeme.root === undefined || !normalizing ? lexeme.root : nfcRadicals(lexeme.root);
  // Errors are found first, so that no form of a pattern is streamed before it fails; the common lexeme
  // has none, and its programs are looked up again below rather than kept in arrays.
  let prefixes: PatternProgram[] | undefined;
  let failing = false;
  for (let p = 0; p < ids.length; p++) {
    const program = grammar.pattern(ids[p]);
    if (program === undefined || checkRoot(program, lexeme, root) !== undefined) failing = true;
    else if (program.crossSide === 'prefix') (prefixes ??= []).push(program);
  }
  const stem = normalizing ? nfc(lexeme.stem ?? lexeme.lemma) : (lexeme.stem ?? lexeme.lemma);
  const gloss = normalizing ? nfc(lexeme.gloss ?? lexeme.lemma) : (lexeme.gloss ?? lexeme.lemma);
  const limit = grammar.maxFormsPerLexeme;
  const charLimit = grammar.maxCharsPerLexeme;
  // The state the grammar's last expansion left (taken while in use, so a sink that generates gets its own).
  const state = (grammar.spare as Expansion | undefined) ?? { lexemeId: 0, root, normalizing, sink: null, rows: null, gloss, cells, ownerId: 0, count: 0, collected: null, frames: [], derived: 0, limit, chars: 0, charLimit, exceeded: false };
  grammar.spare = undefined;
  state.lexemeId = lexeme.id;
  state.root = root;
  state.normalizing = normalizing;
  state.sink = target.sink ?? null;
  state.rows = target.rows ?? null;
  state.gloss = gloss;
  state.cells = cells;
  state.derived = 0;
  state.limit = limit;
  state.chars = 0;
  state.charLimit = charLimit;
  state.exceeded = false;
  const summaries: PatternSummary[] = new Array(ids.length);
  for (let p = 0; p < ids.length; p++) {
    const program = grammar.pattern(ids[p]);
    if (state.exceeded) {
      summaries[p] = { kind: 'error', patternId: ids[p], error: stoppedEarlier(lexeme, ids[p], state) };
      continue;
    }
    const error = !failing ? undefined : program === undefined ? unknownPattern(lexeme, ids[p]) : checkRoot(program, lexeme, root);
    if (program === undefined || error !== undefined) {
      summaries[p] = { kind: 'error', patternId: ids[p], error: error! };
      continue;
    }
    state.ownerId = program.id;
    state.count = 0;
    const combining = program.crossSide === 'suffix' && prefixes !== undefined;
    const collected: Derived[] | null = combining ? [] : null;
    state.collected = collected;
    try {
      derive(state, program, stem, '', gloss, 'both', 0);
      if (collected !== null && !state.exceeded) combine(state, collected, prefixes!);
    } catch (error) {
      if (!(error instanceof FormTooLong)) throw error;
      summaries[p] = { kind: 'error', patternId: program.id, error: formTooLong(lexeme, program) };
      continue;
    }
    if (state.exceeded) {
      const error = state.chars > charLimit ? tooManyCharacters(lexeme, program, charLimit) : tooManyForms(lexeme, program, limit);
      summaries[p] = { kind: 'error', patternId: program.id, error };
      continue;
    }
    summaries[p] = state.count === 0 ? { kind: 'no-match', patternId: program.id } : { kind: 'forms', patternId: program.id, count: state.count };
  }
  // Nothing of this lexeme is kept alive by the spare state but strings in its frames, overwritten next time.
  state.sink = null;
  state.rows = null;
  state.collected = null;
  grammar.spare = state;
  return summaries;
}
