import type { Direction } from '../model/form';
import type { Operation } from './operation';
import type { RuleIndex } from './rule-index';
import type { Skeleton } from './skeleton';

/** Version of the compiled format; part of every fingerprint, so a change invalidates stored hashes. */
export const FORMAT_VERSION = 1;

/** A pattern compiled once, ready to generate. Opaque except for what persistence needs. */
export interface CompiledPattern {
  readonly id: number;
  readonly name: string;
  /**
   * Canonical serialization of the compiled form (format version, flags, vowels, rules with their
   * operations, cells, continuation names and options). Equal for sources that compile the same,
   * whatever their comments, spacing, quoting or gloss splitting; persistence hashes it. Throws for a
   * pattern of a grammar compiled with `fingerprints: false` (`CompileOptions`).
   */
  readonly fingerprint: string;
  /**
   * Ids of the patterns this pattern's rules continue into directly (`> NAME`), each once, in order of
   * first mention. Filled when {@link compileGrammar} links the patterns; empty for a pattern compiled
   * on its own with {@link compilePattern} (names are not resolved there). A pattern's forms depend on
   * its own source and, transitively, on these: walk them (or their reverse) to find every pattern, and
   * so every lexeme, that an edit of one pattern affects.
   *
   * @example
   * ```ts
   * // patterns continuing into `edited`, directly or not
   * const into = new Map<number, number[]>();
   * for (const p of grammar.patterns()) for (const c of p.continuations) into.set(c, [...(into.get(c) ?? []), p.id]);
   * ```
   */
  readonly continuations: readonly number[];
}

/**
 * A compiled rule. `continuations` is filled when a grammar links the patterns by name. A grammar holds
 * one per rule of every pattern (hu_HU's .aff and its export's read-back: 220,000 together), so the
 * rule keeps no source position and its flags are one number, {@link CompiledRule.marks}.
 */
export interface CompiledRule {
  readonly operations: readonly Operation[];
  readonly cell: string;
  /** Every `gloss` text of the rule, concatenated: what the rule appends to the analysis. */
  readonly gloss: string;
  readonly continuationNames: readonly { readonly name: string; readonly line: number; readonly column: number }[];
  continuations: readonly PatternProgram[];
  /**
   * The rule's flags ORed together: for a `circumfix` rule ({@link RULE_CIRCUMFIX}), the side its
   * operations add to ({@link CIRCUMFIX_SUFFIX}, {@link CIRCUMFIX_PREFIX}, or {@link CIRCUMFIX_UNSIDED}
   * for anything else: a pending circumfix of one side is satisfied by a circumfix rule of the other
   * side further down the derivation); {@link PREFIXED} when it has a `prefix` operation;
   * {@link RULE_NEEDS_AFFIX} for `needaffix`. The low bits are those of a derivation's marks.
   */
  readonly marks: number;
  readonly dir: Direction;
}

/**
 * The generator carries a derivation's marks as one small integer. The low bits hold the side of a
 * circumfix still waiting for its other half (at most one of the three); `(a | b) === CIRCUMFIX_BOTH`
 * exactly when a suffix side meets a prefix side.
 */
export const CIRCUMFIX_SUFFIX = 1;
export const CIRCUMFIX_PREFIX = 2;
export const CIRCUMFIX_BOTH = 3;
export const CIRCUMFIX_UNSIDED = 4;
export const CIRCUMFIX_PENDING = 7;
/** The derivation already applied a `prefix` operation: it is not combined with a cross prefix again. */
export const PREFIXED = 8;
/**
 * The derivation went through a pattern without `cross`: it is not combined with a cross prefix, as
 * libhunspell combines a prefix with a second suffix only when that suffix's class is a cross product too.
 */
export const UNCROSSED = 16;
/** A rule's mark ({@link CompiledRule.marks}): `needaffix`, its forms are not words on their own. */
export const RULE_NEEDS_AFFIX = 32;
/** A rule's mark ({@link CompiledRule.marks}): `circumfix`, its side among the low bits. */
export const RULE_CIRCUMFIX = 64;

/** What a lexeme's root must satisfy for a pattern (and the patterns it continues into) to apply. */
export interface RootRequirement {
  readonly patternName: string;
  /** The skeleton to fit, or undefined when only a root is needed (`redup radical`). */
  readonly skeleton?: Skeleton;
}

/** The generator's view of a compiled pattern. */
export interface PatternProgram extends CompiledPattern {
  readonly rules: readonly CompiledRule[];
  /** Every rule's index, in order: the rules an input may take when there is no {@link ruleIndex}. */
  readonly ruleOrder: readonly number[];
  /** Which rules may apply to an input, for patterns with enough rules that test its ends; undefined: try every rule. */
  readonly ruleIndex: RuleIndex | undefined;
  /** For `cross` patterns, which side of a prefix x suffix combination the pattern is on. */
  readonly crossSide: 'prefix' | 'suffix' | undefined;
  /**
   * Every rule applies suffix operations and nothing else: a combined prefix rule does not continue into
   * such a pattern (see `combine`).
   */
  readonly suffixOnly: boolean;
  /** Root checks for this pattern and every pattern reachable through continuations. */
  rootRequirements: readonly RootRequirement[];
  /** Set when the grammar links the patterns (see {@link CompiledPattern.continuations}). */
  continuations: readonly number[];
}
