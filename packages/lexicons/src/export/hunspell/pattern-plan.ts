import { type OwnTexts, parsePatternSource, type RuleAst } from '@paradigm/core';
import type { ExportPattern } from '../native-export';
import { affixFields, type AffixFields } from './affix-fields';
import { prefixedCopyBase } from './prefixed-copy';
import { joinUtf8DotCases } from './utf8-dot-condition';

/** One rule of an affix class: its fields and what its continuation flags will say. */
export interface PlannedRule extends AffixFields {
  /** Patterns named after `>`, whose classes become continuation flags. */
  readonly continuations: readonly string[];
  readonly needAffix: boolean;
  readonly circumfix: boolean;
  /** Morphological fields (the rule's cell, `;` read as a field separator), space-separated; may be empty. */
  readonly morph: string;
}

/** A `PFX`/`SFX` class made from (part of) a pattern. */
export interface PlannedClass {
  readonly kind: 'SFX' | 'PFX';
  readonly cross: boolean;
  readonly rules: readonly PlannedRule[];
}

/**
 * What a pattern becomes in Hunspell: its classes (empty when no rule can make a form), and whether it is a
 * plain word pattern (only rules that leave the stem as it is, with no continuation or option), which a
 * .dic entry says by having no `NEEDAFFIX` flag. Or why Hunspell cannot say it.
 */
export type PatternPlan =
  | {
      readonly kind: 'classes';
      readonly name: string;
      /** Only rules that keep the stem: an entry needs no class for it, only no `NEEDAFFIX`. */
      readonly word: boolean;
      /** Some rule keeps the stem as a word (no condition, continuation or option): an entry taking it needs no `NEEDAFFIX`. */
      readonly keepsStem: boolean;
      /** The morphological fields of a word pattern's cell, for the .dic entry. */
      readonly wordMorph: string;
      readonly classes: readonly PlannedClass[];
    }
  | { readonly kind: 'inexpressible'; readonly name: string; readonly reason: string };

/** The cell as Hunspell morphological fields, or nothing when a field could not be read back as one. */
function morphText(cell: string): string {
  if (cell === '' || /\s|#/.test(cell)) return '';
  return cell.split(';').filter((field) => field !== '').join(' ');
}

const OPERATION_NAMES: Readonly<Record<string, string>> = { template: 'a template', ablaut: 'an ablaut', redup: 'a reduplication' };

type RuleOutcome = { readonly side: 'SFX' | 'PFX' | undefined; readonly rule: PlannedRule | undefined } | { readonly reason: string };

/** What the rules of one pattern's plan share: texts (with every other pattern's), and lists of continuations. */
interface PlanParts {
  readonly texts: OwnTexts;
  /** The continuation lists of the pattern's rules so far, by their names joined: rules that continue alike share one. */
  readonly lists: Map<string, readonly string[]>;
  /** Whether a pattern of this name is exported with it. */
  readonly exists: (name: string) => boolean;
}

const NO_CONTINUATIONS: readonly string[] = [];

/** A rule's continuations; a prefix rule's into an imported suffix copy are into its base ({@link prefixedCopyBase}). */
function continuationList(rule: RuleAst, parts: PlanParts, prefix: boolean): readonly string[] {
  if (rule.continuations.length === 0) return NO_CONTINUATIONS;
  const names = rule.continuations.map((c) => parts.texts.of(prefix ? prefixedCopyBase(c.name, parts.exists) : c.name));
  const key = names.join('\u0000');
  const same = parts.lists.get(key);
  if (same !== undefined) return same;
  parts.lists.set(key, names);
  return names;
}

/**
 * A planned rule, every property written out in one order: object spread gave each of hu_HU's 136,000
 * rules a hidden class of its own (114,000 maps, with their descriptor and property arrays: 39 MB).
 */
function plannedRule(fields: AffixFields, rule: RuleAst, parts: PlanParts, prefix = false): PlannedRule {
  const texts = parts.texts;
  return {
    strip: texts.of(fields.strip),
    add: texts.of(fields.add),
    condition: texts.of(fields.condition),
    continuations: continuationList(rule, parts, prefix),
    needAffix: rule.needAffix,
    circumfix: rule.circumfix,
    morph: texts.of(morphText(rule.cell)),
  };
}

const NO_AFFIX: AffixFields = { strip: '0', add: '0', condition: '.' };

function planRule(rule: RuleAst, parts: PlanParts, cross: boolean): RuleOutcome {
  const operations = rule.operations.filter((op) => op.kind !== 'gloss');
  // A form held back that feeds nothing is no word anywhere, but where a cross product meets its need.
  if (rule.needAffix && rule.continuations.length === 0 && !cross) return { side: undefined, rule: undefined };
  if (operations.length === 0) return { side: undefined, rule: plannedRule(NO_AFFIX, rule, parts) };
  const other = operations.find((op) => op.kind !== 'suffix' && op.kind !== 'prefix');
  if (other !== undefined) return { reason: `${OPERATION_NAMES[other.kind] ?? other.kind} cannot be said in Hunspell, whose rules only strip and add text at one end of a word` };
  if (operations.length > 1) return { reason: 'two affix operations in one rule cannot be said in Hunspell, whose rules strip and add text once, at one end of a word' };
  const op = operations[0] as Extract<RuleAst['operations'][number], { kind: 'suffix' | 'prefix' }>;
  const fields = affixFields(op);
  if (fields.kind === 'inexpressible') return { reason: fields.reason };
  const side = op.kind === 'suffix' ? 'SFX' : 'PFX';
  return { side, rule: fields.kind === 'never' ? undefined : plannedRule(fields.fields, rule, parts, side === 'PFX') };
}

/**
 * Plans one stored pattern (parsed as the worker compiles it, with text in NFC). Each rule becomes a rule
 * of the class of its side; rules that leave the stem as it is (`rule => CELL`, glosses only) become
 * `0 0 .` rules of the suffix class. A pattern with suffix and prefix rules (not `cross`, which cannot mix
 * them) becomes two classes. `gloss` and `[LR]`/`[RL]` have no Hunspell counterpart and are dropped (the
 * exporter reads the result back to make sure the words are still the same). The one-byte and multi-byte
 * cases the import makes of a UTF-8 suffix condition's `.` become that condition again (`joinUtf8DotCases`).
 * The plan's texts come from `texts`, which an export shares between its patterns; `exists` tells
 * which patterns are exported with it.
 */
export function planPattern(pattern: ExportPattern, texts: OwnTexts, exists: (name: string) => boolean = () => false): PatternPlan {
  const ast = parsePatternSource(pattern.source);
  const parts: PlanParts = { texts, lists: new Map(), exists };
  const suffixes: PlannedRule[] = [];
  const prefixes: PlannedRule[] = [];
  let word = ast.rules.length > 0;
  let keepsStem = false;
  for (const rule of joinUtf8DotCases(ast.rules)) {
    const outcome = planRule(rule, parts, ast.cross);
    if ('reason' in outcome) return { kind: 'inexpressible', name: pattern.name, reason: `line ${rule.line}: ${outcome.reason}` };
    const plain = outcome.side === undefined && rule.continuations.length === 0 && !rule.needAffix && !rule.circumfix;
    if (plain) keepsStem = true;
    else word = false;
    if (outcome.rule === undefined) continue;
    (outcome.side === 'PFX' ? prefixes : suffixes).push(outcome.rule);
  }
  const classes: PlannedClass[] = [];
  // `slice`: an array grown by `push` keeps room for more items (hu_HU: 22,448 patterns' lists of rules).
  if (suffixes.length > 0) classes.push({ kind: 'SFX', cross: ast.cross, rules: suffixes.slice() });
  if (prefixes.length > 0) classes.push({ kind: 'PFX', cross: ast.cross, rules: prefixes.slice() });
  const firstCell = ast.rules[0]?.cell ?? '';
  const wordMorph = word && ast.rules.every((rule) => rule.cell === firstCell) ? texts.of(morphText(firstCell)) : '';
  return { kind: 'classes', name: pattern.name, word, keepsStem, wordMorph, classes: classes.slice() };
}
