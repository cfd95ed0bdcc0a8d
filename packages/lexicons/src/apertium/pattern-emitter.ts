import { DEFAULT_MAX_FORMS_PER_LEXEME, type Direction, type OperationAst, type ParsedPatternSource, type PatternSource, type RuleAst } from '@paradigm/core';
import { DIRECTIONS, type Group, type Pardef, type Part } from './entry-lists';
import { EMPTY_LITERAL, literalKey, type Literal } from './literal';
import { PardefFormLimitError } from './pardef-form-limit-error';
import { PartChains, type PartChain } from './part-chain';

/** A run of groups that a lexeme (or a rule) continues into, with the direction its list gives it. */
export interface Target {
  readonly parts: readonly Part[];
  readonly dir: Direction;
}

/**
 * Writes pattern sources for pardefs and for the continuations entries need, so that generating a
 * lexeme with paradigm-core yields lt-expand's lines in lt-expand's order, with no sorting afterwards.
 *
 * - A pardef's own pattern (named after it) has one rule per unrestricted group of its entries, then one
 *   per LR group, then one per RL group: the order lt-expand keeps its three lists in.
 * - A rule whose group goes on through more pardefs continues (`[needaffix] > NAME`) into a synthesized
 *   pattern for "that pardef's list `dir`, then the rest of the group": `NAME:dir`, e.g. `house__n:LR`.
 * - Synthesized patterns are keyed by what they generate and deduplicated by their rule text; one whose
 *   rules equal a pardef's reuses the pardef's pattern.
 * - Each pattern's derivations are counted as generation counts them against the form limit (every rule
 *   applied, its continuations' derivations included; directions ignored, so the count is at least
 *   generation's). A call (a pardef, or an entry's patterns) that has written more than
 *   {@link MANY_PATTERNS} new patterns and whose pattern passes the limit, or whose sequence being written
 *   is known to pass it, throws {@link PardefFormLimitError}; so does one writing more new patterns than
 *   the limit (each is reached by at least one derivation). Pardefs used in series, nested n deep, need
 *   2^n patterns, which took gigabytes before generation could refuse their one entry. A pattern past the
 *   limit with few patterns under it is left to generation, which names each entry using it after the
 *   lines of those before.
 */
export class PatternEmitter {
  readonly patterns: PatternSource[] = [];
  /**
   * The same patterns as syntax trees, what the compiler would parse from their text without
   * normalisation: `expand` compiles these, and parsing the text back cost a sixth of expanding urd.
   */
  readonly trees: ParsedPatternSource[] = [];
  private readonly nameByKey = new Map<string, string>();
  private readonly nameByBody = new Map<string, string>();
  private readonly idByName = new Map<string, number>();
  private readonly taken = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();
  private readonly namesByPart = new Map<Part, string[]>();
  private readonly chains = new PartChains();
  /** The derivations of each pattern, by id (index 0 unused). */
  private readonly derivations: number[] = [0];
  /** The number of patterns when the current call (a pardef or an entry's targets or head) began. */
  private callStart = 0;

  /** The derivations a pattern may have: the form limit for one entry, never below paradigm-core's default. */
  private readonly maxForms: number;

  /**
   * @param maxFormsPerEntry the form limit the lexicon will be generated with. A limit below the default
   *   is not applied here: it finds the entries past it, which generation names one by one, after the
   *   lines of those before them.
   */
  constructor(maxFormsPerEntry: number = DEFAULT_MAX_FORMS_PER_LEXEME) {
    this.maxForms = Math.max(maxFormsPerEntry, DEFAULT_MAX_FORMS_PER_LEXEME);
  }

  /** The pattern id of `name`. */
  id(name: string): number {
    return this.idByName.get(name)!;
  }

  /** Emits a pardef's own pattern (unless it has no items at all). */
  pardef(pardef: Pardef): void {
    if (DIRECTIONS.every((dir) => pardef.lists[dir].length === 0)) return;
    this.callStart = this.patterns.length;
    this.full(pardef, EMPTY_TAIL, () => patternName(pardef.name), true);
  }

  /**
   * The patterns that produce `targets` one after the other. Consecutive targets that are one pardef's
   * unrestricted, LR and RL lists followed by the same tail become that pardef's whole pattern.
   */
  targets(targets: readonly Target[]): string[] {
    // Most entries are one <par> with nothing after it (urd: 14,259 entries, 123 pardefs): their names
    // depend only on that part, whose object is shared (see barePart), so they are looked up by it.
    const only = targets.length === 1 && targets[0].parts.length === 1 ? targets[0].parts[0] : null;
    const single = only !== null && only.after === EMPTY_LITERAL && only.dir === targets[0].dir ? only : null;
    const known = single ? this.namesByPart.get(single) : undefined;
    if (known) return known;
    this.callStart = this.patterns.length;
    const names = this.targetNames(targets);
    if (single) this.namesByPart.set(single, names);
    return names;
  }

  private targetNames(targets: readonly Target[]): string[] {
    const names: string[] = [];
    for (let i = 0; i < targets.length; ) {
      const first = targets[i].parts[0];
      const tail = this.tailOf(targets[i].parts);
      const key = tailKey(tail);
      const covered: Direction[] = [];
      let j = i;
      for (; j < targets.length; j++) {
        const candidate = targets[j].parts[0];
        const last = covered.length > 0 ? covered[covered.length - 1] : undefined;
        if (candidate.pardef !== first.pardef || candidate.dir !== targets[j].dir) break;
        if (last !== undefined && DIRECTIONS.indexOf(candidate.dir) <= DIRECTIONS.indexOf(last)) break;
        if (tailKey(this.tailOf(targets[j].parts)) !== key) break;
        covered.push(candidate.dir);
      }
      const needed = DIRECTIONS.filter((dir) => first.pardef.lists[dir].length > 0);
      if (covered.length > 0 && covered.length === needed.length && covered.every((dir, k) => dir === needed[k])) {
        names.push(this.full(first.pardef, tail, () => `${patternName(first.pardef.name)}:tail`, false));
        i = j;
      } else {
        names.push(this.sequence(this.chains.of(targets[i].parts)!, targets[i].dir));
        i++;
      }
    }
    return names;
  }

  /**
   * A one-rule pattern that adds `literal` (the tags an entry has before its first pardef, or all of a
   * pardef-less entry) and then continues into `next`.
   */
  head(literal: Literal, next: readonly string[], dir: Direction): string {
    const key = `H${dir}${literalKey(literal)}${JSON.stringify(next)}`;
    const base = (): string => {
      const tags = literal.tags.map(escapeName).join(':');
      return (next.length > 0 ? 'head' : 'entry') + (tags ? `:${tags}` : '') + (dir === 'both' ? '' : `:${dir}`);
    };
    this.callStart = this.patterns.length;
    return this.register(key, base, false, () => [rule(literal, next, dir)]);
  }

  /** Every list of `pardef` in turn, each item followed by `tail`. */
  private full(pardef: Pardef, tail: Tail, base: () => string, own: boolean): string {
    const body = (): Rule[] => DIRECTIONS.flatMap((dir) => this.rules(pardef.lists[dir], tail, dir));
    return this.register(`F${pardef.index}${tailKey(tail)}`, base, own, body);
  }

  /** What follows the first of `parts`: its literal, then the other parts. */
  private tailOf(parts: readonly Part[]): Tail {
    return { after: parts[0].after, rest: this.chains.of(parts.slice(1)) };
  }

  /**
   * The groups `parts` stands for, every rule restricted to `dir`. Each rule continues into the
   * sequence of its group's remaining parts, which is named (and so written) before the rule: walked with
   * an explicit stack, since nested pardefs make that chain as deep as their nesting, which may be
   * deeper than the call stack (each pardef a `<par>` of the one before it).
   */
  private sequence(parts: PartChain, dir: Direction): string {
    const rootKey = sequenceKey(parts, dir);
    const known = this.nameByKey.get(rootKey);
    if (known !== undefined) return known;
    const stack: SequenceFrame[] = [sequenceFrame(rootKey, parts, dir)];
    // The derivations of the rules on the stack so far, a frame's folded into its parent's rule: at most
    // the root's, so past the limit the walk stops before writing the rest of its patterns.
    let derived = 0;
    const push = (frame: SequenceFrame, head: Literal, next: string | null): void => {
      frame.rules.push(rule(head, next === null ? [] : [next], frame.dir));
      if (++derived > this.maxForms && this.patterns.length - this.callStart > MANY_PATTERNS) throw new PardefFormLimitError(this.maxForms);
    };
    for (;;) {
      const frame = stack[stack.length - 1];
      if (frame.waiting !== null) {
        // The sequence this frame's next rule continues into has just been written.
        push(frame, frame.waiting.head, this.nameByKey.get(frame.waiting.key)!);
        frame.waiting = null;
        continue;
      }
      if (frame.rules.length < frame.groups.length) {
        const whole = this.chains.appendTail(frame.groups[frame.rules.length], frame.tail.after, frame.tail.rest);
        if (whole.chain === null) {
          push(frame, whole.head, null);
          continue;
        }
        const key = sequenceKey(whole.chain, whole.chain.part.dir);
        const next = this.nameByKey.get(key);
        if (next !== undefined) {
          derived += this.derivations[this.idByName.get(next)!];
          push(frame, whole.head, next);
          continue;
        }
        frame.waiting = { head: whole.head, key };
        stack.push(sequenceFrame(key, whole.chain, whole.chain.part.dir));
        continue;
      }
      stack.pop();
      const first = frame.parts.part;
      const base = (): string => `${patternName(first.pardef.name)}:${first.dir}${frame.dir === first.dir ? '' : `:${frame.dir}`}`;
      const name = this.register(frame.key, base, false, () => frame.rules);
      if (stack.length === 0) return name;
    }
  }

  private rules(groups: readonly Group[], tail: Tail, dir: Direction): Rule[] {
    return groups.map((group) => {
      const whole = this.chains.appendTail(group, tail.after, tail.rest);
      const next = whole.chain !== null ? [this.sequence(whole.chain, whole.chain.part.dir)] : [];
      return rule(whole.head, next, dir);
    });
  }

  /** The name of the pattern `key` stands for, written on first use (`base` and `body` are only computed then). */
  private register(key: string, base: () => string, own: boolean, body: () => Rule[]): string {
    const known = this.nameByKey.get(key);
    if (known !== undefined) return known;
    const rules = body();
    const text = rules.map(ruleText).join('\n');
    const same = own ? undefined : this.nameByBody.get(text);
    const name = same ?? this.allocate(base());
    if (same === undefined) {
      const id = this.patterns.length + 1;
      const derivations = this.derivationsOf(rules);
      const written = id - this.callStart;
      if ((derivations > this.maxForms && written > MANY_PATTERNS) || written > this.maxForms) throw new PardefFormLimitError(this.maxForms);
      this.derivations.push(derivations);
      this.patterns.push({ id, name, source: `pattern ${name}\n${text}\n` });
      this.trees.push({ id, name, ast: { line: 1, column: 1, nameColumn: 9, name, cross: false, schemes: [], vowels: [], rules: rules.map(ruleTree) } });
      this.idByName.set(name, id);
      if (!this.nameByBody.has(text)) this.nameByBody.set(text, name);
    }
    this.nameByKey.set(key, name);
    return name;
  }

  /** What generation counts for a pattern of `rules`: each rule applied once, then its continuations' derivations. */
  private derivationsOf(rules: readonly Rule[]): number {
    let count = 0;
    for (const { next } of rules) {
      count++;
      for (const name of next) count += this.derivations[this.idByName.get(name)!];
    }
    return count;
  }

  /** `base`, or `base:2`, `base:3`, ... when taken (a counter per base keeps this linear: apertium-ces has 20,000 patterns). */
  private allocate(base: string): string {
    let name = base;
    let n = this.nextSuffix.get(base) ?? 2;
    while (this.taken.has(name)) name = `${base}:${n++}`;
    this.nextSuffix.set(base, n);
    this.taken.add(name);
    return name;
  }
}

/**
 * New patterns one call may write before its derivations are held against the form limit: a few
 * thousand cost a few megabytes (about 2 KB each), where no pardef or entry of apertium-urd or -hin
 * writes more than one.
 */
const MANY_PATTERNS = 4096;

/** What follows an item of a pardef list within a group: a literal, then more parts. */
interface Tail {
  readonly after: Literal;
  readonly rest: PartChain | null;
}

const EMPTY_TAIL: Tail = { after: EMPTY_LITERAL, rest: null };

function tailKey(tail: Tail): string {
  return `${literalKey(tail.after)}|${tail.rest === null ? '' : tail.rest.id}`;
}

/**
 * A sequence being written: its key, what it stands for, the rules of its groups so far, and the head and
 * key of the next rule while the sequence that rule continues into is being written.
 */
interface SequenceFrame {
  readonly key: string;
  readonly parts: PartChain;
  readonly dir: Direction;
  readonly groups: readonly Group[];
  readonly tail: Tail;
  readonly rules: Rule[];
  waiting: { readonly head: Literal; readonly key: string } | null;
}

function sequenceFrame(key: string, parts: PartChain, dir: Direction): SequenceFrame {
  const { part, rest } = parts;
  return { key, parts, dir, groups: part.pardef.lists[part.dir], tail: { after: part.after, rest }, rules: [], waiting: null };
}

/** Equal chains are one object, so the id keys a chain (its text was as long as the chain). */
function sequenceKey(parts: PartChain, dir: Direction): string {
  return `S${dir}${parts.id}`;
}

/** One rule: add the literal on both tapes, tag the cell, continue if the group goes on (to the patterns `next`). */
interface Rule {
  readonly literal: Literal;
  readonly next: readonly string[];
  readonly dir: Direction;
}

function rule(literal: Literal, next: readonly string[], dir: Direction): Rule {
  return { literal, next, dir };
}

/** The rule as pattern text, one line. */
function ruleText({ literal, next, dir }: Rule): string {
  const ops: string[] = [];
  if (literal.l !== '') ops.push(`suffix +${JSON.stringify(literal.l)}`);
  if (literal.r !== '') ops.push(`gloss +${JSON.stringify(literal.r)}`);
  const cell = literal.tags.join(';');
  const options = [...(next.length > 0 ? ['needaffix'] : []), ...(dir === 'both' ? [] : [dir])];
  return [
    'rule',
    ...ops,
    '=>',
    ...(cell === '' ? [] : [BARE_CELL.test(cell) ? cell : JSON.stringify(cell)]),
    ...(next.length > 0 ? ['>', ...next] : []),
    ...(options.length > 0 ? [`[${options.join(' ')}]`] : []),
  ].join(' ');
}

/**
 * The tree the parser makes of {@link ruleText}'s line `k + 2` (the header is line 1); columns are
 * those of the first token of each part, which only messages show.
 */
function ruleTree({ literal, next, dir }: Rule, k: number): RuleAst {
  const line = k + 2;
  const operations: OperationAst[] = [];
  if (literal.l !== '') operations.push({ line, column: 6, kind: 'suffix', strip: '', add: literal.l });
  if (literal.r !== '') operations.push({ line, column: 6, kind: 'gloss', text: literal.r });
  const continuations = next.map((name) => ({ line, column: 1, name }));
  return { line, column: 1, operations, cell: literal.tags.join(';'), continuations, needAffix: next.length > 0, circumfix: false, dir };
}

const BARE_CELL = /^[^\s"/[\]>=#]+$/u;
const NAME_CHAR = /^[\p{L}\p{M}\p{N}_./-]$/u;
const PLAIN_NAME = /^[A-Za-z0-9_./-]*$/;

/**
 * A pardef name as a pattern name: characters the pattern language does not allow in names (and `:`,
 * which synthesized names use as a separator) become `_HEX_`.
 */
export function patternName(pardefName: string): string {
  const escaped = escapeName(pardefName);
  return escaped === '' ? '_' : escaped;
}

function escapeName(text: string): string {
  if (PLAIN_NAME.test(text)) return text;
  return Array.from(text.normalize('NFC'), (ch) => (NAME_CHAR.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`)).join('');
}
