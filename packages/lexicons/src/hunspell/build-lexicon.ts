import { MAX_CONDITION_STATES, parseConditionSource, type ConditionAst, type Lexeme, type OperationAst, type PatternAst, type PatternSource, type RuleAst, excerpt } from '@paradigm/core';
import { conditionText, OneByteChars, parseCondition, utf8SuffixAlternatives, type MatchedPosition } from './affix-condition';
import type { HunspellLexicon, IgnoredFlag, StreamedHunspellLexicon } from './hunspell-lexicon';
import { HunspellImportError } from './hunspell-import-error';
import { shownFlag } from './flag-syntax';
import type { AffixClass, AffixFile, AffixRule, DicEntry } from './hunspell-model';
import { cellText, flagName, stringToken } from './pattern-text';
import { inputConversion } from './input-conversion';
import { homonymGroups } from './forbidden-homonyms';
import { DicLexemes, numberedPatterns } from './dic-lexemes';

/** The file names used in error messages and in {@link HunspellLexicon.source}. */
export interface HunspellFileNames {
  readonly affName: string;
  readonly dicName: string;
}

/**
 * What to do with a flag nothing in the .aff defines. libhunspell ignores such flags silently, and stock
 * dictionaries carry some (lv_LV.dic uses `,` `.` `M` `m` `v` without classes), so `ignore` (recording
 * where each first occurs) is the default; `error` is the strict reading, for dictionaries being written.
 */
export type UnknownFlagPolicy = 'error' | 'ignore';

/**
 * How deep in a derivation a class applies. libhunspell strips at most two suffixes and one prefix
 * (hunspell(5), "Twofold suffix stripping"), or two prefixes and one suffix with `COMPLEXPREFIXES`, so
 * continuation classes are followed to that depth only, which also makes cycles of continuation flags
 * harmless (hu_HU has `sfx:j > sfx:c > sfx:j`). Calling the side that may be doubled "outer" (suffixes, or
 * prefixes under COMPLEXPREFIXES):
 * - level 1 (`sfx:X`, `pfx:X`): the classes a .dic entry names; an outer class continues into level-2
 *   classes of both sides, an inner one into level-1 outer classes only;
 * - level 2 (`sfx:X:2`, `pfx:X:2`): an outer class continues only into level-2 inner classes, an inner one
 *   nowhere.
 */
type Level = 1 | 2;

/** The name of the pattern of an affix class at a level. */
export function classPatternName(affixClass: Pick<AffixClass, 'kind' | 'flag'>, level: Level = 1): string {
  return `${affixClass.kind.toLowerCase()}:${flagName(affixClass.flag)}${level === 2 ? ':2' : ''}`;
}

/** The level a continuation into `target` runs at, from a rule of `from` at `level`; undefined: not followed. */
function continuationLevel(outer: AffixClass['kind'], from: AffixClass['kind'], level: Level, target: AffixClass['kind']): Level | undefined {
  if (from === outer) return target !== outer || level === 1 ? 2 : undefined;
  return level === 1 && target === outer ? 1 : undefined;
}

/**
 * Whether a continuation from a rule of `from` into `target` yields words libhunspell accepts: within a
 * side always (twofold affixes), across sides only when both classes are cross products, since
 * libhunspell strips a prefix and a suffix together only through the cross product (a prefix whose
 * continuation names a suffix class lets that suffix combine with it, and the other way round).
 */
function crossesSides(from: AffixClass, target: AffixClass): boolean {
  return from.kind === target.kind || (from.cross && target.cross);
}

/**
 * What the flags of the .dic mean, without the classes' rules: the lexemes are read again as they are
 * imported, long after the patterns were made from those rules (Hunspell ko's: 98,000 rules).
 */
export interface FlagMeanings {
  readonly classes: { has(flag: string): boolean };
  readonly special: AffixFile['special'];
  readonly optionFlags: AffixFile['optionFlags'];
}

/**
 * What a flag means where it occurs (a .dic entry or an affix's continuation), besides naming the
 * classes it names: libhunspell tests the flag options and the classes apart, so a flag may be both
 * (`NEEDAFFIX A` with `SFX A`: `cat/A` gives `cats` and no `cat`).
 */
type FlagOption = 'needaffix' | 'circumfix' | 'excluded' | 'inert' | 'unknown' | undefined;

function flagOption(aff: FlagMeanings, flag: string): FlagOption {
  const { needAffix, forbiddenWord, onlyInCompound, circumfix } = aff.special;
  // Forbidden and compound-only words are no words on their own, and neither is anything derived from
  // them (hunspell(5): "affixed forms are also forbidden"), so the entry or rule yields nothing.
  if (flag === forbiddenWord || flag === onlyInCompound) return 'excluded';
  if (flag === needAffix) return 'needaffix';
  if (flag === circumfix) return 'circumfix';
  if (aff.optionFlags.has(flag)) return 'inert';
  return aff.classes.has(flag) ? undefined : 'unknown';
}

/** Reports flags nothing defines: throws, or records the first place each occurs (and tells `onIgnored`). */
export class UnknownFlags {
  readonly ignored: IgnoredFlag[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly policy: UnknownFlagPolicy,
    private readonly affName: string,
    private readonly onIgnored?: (flag: IgnoredFlag) => void,
  ) {}

  report(file: string, line: number, flag: string, where: string): void {
    if (this.policy === 'error') {
      throw new HunspellImportError(
        file,
        line,
        `unknown flag "${shownFlag(flag)}" ${where}: no PFX/SFX class and no flag option (NEEDAFFIX, FORBIDDENWORD, COMPOUNDRULE, ...) in ${this.affName} defines it; define it or remove it (without strict checking, unknown flags are ignored as libhunspell does)`,
      );
    }
    if (this.seen.has(flag)) return;
    this.seen.add(flag);
    this.ignored.push({ flag, file, line });
    this.onIgnored?.({ flag, file, line });
  }
}

/** What one distinct .dic flag set means: its level-1 class patterns (names, then ids) and the `word` pattern. */
export interface FlagSetRoles {
  /** The class patterns' names, until their ids are known (then empty: tr_TR.dic has 48,000 flag sets). */
  classes: readonly string[];
  /** The entry itself is a word (no NEEDAFFIX). */
  base: boolean;
  /** FORBIDDENWORD or ONLYINCOMPOUND: the entry yields nothing. */
  excluded: boolean;
  ids: readonly number[];
}

/**
 * What writing the classes' pattern text keeps: the level-2 copies that rules reach (filled while writing
 * rules), and the pieces many rules repeat, written once (fr.aff's 5,500 rules have 241 distinct
 * conditions and 20 distinct continuation lists, and writing each piece anew was most of the time).
 */
interface Writer {
  readonly affName: string;
  readonly unknown: UnknownFlags;
  readonly copies: Set<AffixClass>;
  /** In a UTF-8 dictionary, the characters its suffix conditions read as one byte (see {@link utf8SuffixAlternatives}). */
  readonly oneByte: OneByteChars | undefined;
  /** `SET UTF-8` and COMPLEXPREFIXES, which decide how a condition reads (see {@link parseCondition}). */
  readonly utf8: boolean;
  readonly complexPrefixes: boolean;
  /** A condition as read, by `KIND MINLENGTH CONDITION`. */
  readonly readConditions: Map<string, ReadCondition>;
  /** A condition's pattern texts (alternatives, one rule each) by `KIND MINLENGTH PADDING CONDITION`. */
  readonly conditions: Map<string, readonly string[]>;
  /** A class's pattern name at level 1 and 2. */
  readonly names: Map<AffixClass, readonly [string, string]>;
  /** Strip and add texts as tokens. */
  readonly tokens: Map<string, string>;
  /** Each class's rules as read at level 1, at level 2, and after an inner rule (see {@link Reading}). */
  readonly parts: Record<Reading, Map<AffixClass, readonly RuleParts[]>>;
  /** The level-1 outer classes a level-1 inner rule continues into, written as copies without inner continuations (see {@link afterInnerName}). */
  readonly afterInner: Set<AffixClass>;
  /** The level-2 outer classes a rule after an inner one continues into, written as copies without inner continuations (see {@link afterInnerSecondName}). */
  readonly afterInnerSecond: Set<AffixClass>;
  /** The prefix classes with CIRCUMFIX rules a second suffix continues into, written as copies without the flag (see {@link afterSecondName}). */
  readonly afterSecond: Set<AffixClass>;
  /** The level-2 inner classes with NEEDAFFIX rules a NEEDAFFIX outer rule continues into, written as copies without those rules (see {@link afterNeedaffixName}). */
  readonly afterNeedaffix: Set<AffixClass>;
  /** The suffix classes a prefix rule continues into, written as copies that ask for a longer word (see {@link Prefixed}), by name, in the order reached. */
  readonly prefixed: Map<string, Prefixed>;
  /** Whether a class has a rule carrying the CIRCUMFIX flag, by class (see {@link hasCircumfix}). */
  readonly circumfixed: Map<AffixClass, boolean>;
  /** Whether a class has a rule carrying the NEEDAFFIX flag, by class (see {@link hasNeedaffix}). */
  readonly needaffixed: Map<AffixClass, boolean>;
  /** Whether an outer class continues into an inner one, by class (see {@link continuesIntoInner}). */
  readonly intoInner: Map<AffixClass, boolean>;
  /** The level-2 outer copies that inherit inner classes (see {@link Inheriting}), by name, in the order reached. */
  readonly inheriting: Map<string, Inheriting>;
  /** A condition's syntax tree by its pattern text, one per distinct text (compiled once). */
  readonly conditionTrees: Map<string, ConditionAst>;
  /** Each distinct continuation list, by its names joined, and its syntax trees. */
  readonly lists: Map<string, readonly string[]>;
  readonly continuationTrees: Map<readonly string[], RuleAst['continuations']>;
}

/**
 * A level-2 outer class reached from a level-1 outer rule that also continues into inner classes: it
 * continues into those too. libhunspell strips a prefix and two suffixes when the prefix is in the
 * first suffix's continuation and all three are cross products (`SFX A 0 a/PB`, `x/A`: `nexab`), so the
 * second suffix's forms take the first one's prefixes. Named `sfx:B:2:P...` after the inherited classes.
 */
interface Inheriting {
  readonly affixClass: AffixClass;
  readonly inherited: readonly AffixClass[];
  readonly name: string;
}

function inheritingOf(writer: Writer, affixClass: AffixClass, inherited: readonly AffixClass[]): string {
  const name = [nameOf(writer, affixClass, 2), ...inherited.map((inner) => flagName(inner.flag))].join(':');
  if (!writer.inheriting.has(name)) writer.inheriting.set(name, { affixClass, inherited, name });
  return name;
}

/**
 * The name of an outer class reached from a level-1 inner rule (a prefix whose continuation names a suffix
 * class), `sfx:X:p` (`pfx:X:s` under COMPLEXPREFIXES): the class's level-1 rules without their inner
 * continuations. libhunspell strips one prefix, so a prefix from such a suffix's continuation would be a
 * second one: fr.aff's `PFX Um 0 0/S.` continues into `SFX S.`, whose `0 s/D'Q'` continues into the
 * prefixes `d'`, `qu'`: `d'becquerels` (becquerel/Um()), which `spell()` rejects.
 */
function afterInnerName(affixClass: AffixClass): string {
  return `${classPatternName(affixClass, 1)}:${affixClass.kind === 'SFX' ? 'p' : 's'}`;
}

/**
 * The name of a level-2 outer class reached after an inner rule (a second suffix after a prefix),
 * `sfx:X:2:p` (`pfx:X:2:s` under COMPLEXPREFIXES): its level-2 rules without their inner continuations,
 * for the same reason as {@link afterInnerName}: with `PFX E 0 do/G`, `SFX G b aé/H`, `SFX H 0 ob/E` and
 * `ccdb/E`, `dodoccdaéob` would be a second prefix, which `spell()` rejects. A rule whose continuation
 * names an inner class is left out: libhunspell then takes the prefix as the second suffix's (SfxEntry::check_twosfx)
 * and asks the entry itself for the first suffix's flag, which the prefix's continuation gave (`PFX C 0 re/D`,
 * `SFX D 0 z/H`, `SFX H 0 w/C`, `ab/C`: no `reabzw`). Where the inner class named is another prefix's,
 * libhunspell takes the word, and it is missed here.
 */
function afterInnerSecondName(affixClass: AffixClass): string {
  return `${classPatternName(affixClass, 2)}:${affixClass.kind === 'SFX' ? 'p' : 's'}`;
}

/**
 * The name of a prefix class with CIRCUMFIX rules reached from a second suffix's continuation,
 * `pfx:X:2:f`: its level-2 rules without the flag. libhunspell strips such a prefix with the second
 * suffix and checks the first suffix without it (SfxEntry::check_twosfx), so neither the prefix's flag nor
 * the second suffix's is tested: lv_LV's `vis...āk` superlatives of participles (`PFX [ 0 vis/|`,
 * `SFX X s āk/[|` after a participle suffix) are words, as `spell()` accepts them.
 */
function afterSecondName(affixClass: AffixClass): string {
  return `${classPatternName(affixClass, 2)}:f`;
}

/**
 * The name of a level-2 inner class reached from a level-1 outer rule with NEEDAFFIX (a prefix from such a
 * suffix's continuation), `pfx:X:2:n`: its level-2 rules without those that carry NEEDAFFIX too. An affix
 * with NEEDAFFIX is met by one of the other side, unless that one carries the flag as well (affixmgr.cxx:
 * suffix_check), so a level-2 inner rule is written without `[needaffix]` (`SFX B 0 ing/C .`, `PFX C 0
 * be/N .`, `talk/B`: `betalking`), and where the outer rule has it both are no word (no `betalker` from
 * `SFX B 0 er/CN .`).
 */
function afterNeedaffixName(affixClass: AffixClass): string {
  return `${classPatternName(affixClass, 2)}:n`;
}

/**
 * A suffix class reached from a prefix rule's continuation, as a copy whose conditions ask for a word long
 * enough that the suffix sees only the root. libhunspell strips such a prefix and suffix together as it
 * strips a cross product: the suffix's strip and condition are tested on the root, the prefix's on the
 * root with the suffix (PfxEntry::checkword, then suffix_check with the prefix), while here the suffix
 * applies to the prefixed word. The two agree when the root keeps the suffix's condition after the prefix's
 * strip, and the prefix's condition after the suffix's strip; so each rule of the copy asks for
 * `add + max(k, c - s + strip)` characters, `k` its own condition's length, `add` and `s` the prefix's add
 * and strip lengths, `c` the prefix condition's length, `strip` the suffix's strip length. A word libhunspell
 * takes from a root shorter than that is not generated: with `PFX C 0 re/D .`, `SFX D 0 s ..` and `c/C`,
 * `recs` is no word (the root `c` is shorter than `..`), and with `PFX A 0 o/D ...`, `dd/A`, `odds` is one
 * that is missed (the prefix's condition holds only with the suffix). After a prefix, libhunspell strips
 * a second suffix only through the cross product (SfxEntry::check_twosfx), so the copy continues into no
 * suffix class that is not one. Named `sfx:X:prefixed-ADD-NEED` (after the name of the pattern it copies)
 * with NEED = `c - s`; a class that neither changes is continued into as it is (fr.aff's `PFX Um 0 0/S.`).
 */
interface Prefixed {
  readonly affixClass: AffixClass;
  /** How the class's rules are read besides the padding: at level 1, or after an inner rule. */
  readonly reading: 1 | 'after-inner';
  readonly padding: ConditionPadding;
  readonly name: string;
}

/** What a {@link Prefixed} copy asks of its rules' words beyond their own conditions. */
interface ConditionPadding {
  /** The prefix's added characters. */
  readonly add: number;
  /** The characters of the root the prefix's condition reads, beyond those it strips (`c - s`). */
  readonly need: number;
  /**
   * The prefix rule has no NEEDAFFIX and the class has rules that do: the prefix meets their flag, as
   * libhunspell's suffix_check takes it (`PFX A 0 un/D .`, `SFX D 0 s/N .`, `walk/A`: `unwalks`), so the
   * copy is written without `[needaffix]` and named with `:met` after the padding.
   */
  readonly needaffixMet: boolean;
}

function prefixedOf(writer: Writer, affixClass: AffixClass, reading: Prefixed['reading'], base: string, padding: ConditionPadding): string {
  const name = `${base}:prefixed-${padding.add}-${padding.need}${padding.needaffixMet ? ':met' : ''}`;
  if (!writer.prefixed.has(name)) writer.prefixed.set(name, { affixClass, reading, padding, name });
  return name;
}

/** The padding a prefix rule's continuation into a suffix class asks for (see {@link Prefixed}). */
function prefixPadding(writer: Writer, rule: AffixRule, minLength: number, needaffixMet: boolean): ConditionPadding {
  const strip = charCount(rule.strip);
  return { add: charCount(rule.add), need: conditionLength(writer, 'PFX', rule, minLength) - strip, needaffixMet };
}

/** Whether `padding` changes any condition of the class (else its copy would equal it: fr.aff's `PFX Um 0 0/S.`). */
function padsAnything(aff: AffixFile, writer: Writer, affixClass: AffixClass, padding: ConditionPadding): boolean {
  return affixClass.rules.some((rule) => {
    const minLength = ruleMinLength(aff, rule);
    const plain = conditionsOf(writer, affixClass.kind, rule, minLength);
    const padded = conditionsOf(writer, affixClass.kind, rule, minLength, padding);
    return padded.length !== plain.length || padded.some((text, index) => text !== plain[index]);
  });
}

/** Whether a rule of the suffix class continues into a suffix class that is no cross product (which a {@link Prefixed} copy leaves out). */
function continuesIntoOnlyOwnSide(aff: AffixFile, affixClass: AffixClass): boolean {
  return affixClass.rules.some((rule) => rule.continuation.some((flag) => (aff.classes.get(flag) ?? []).some((target) => target.kind === affixClass.kind && !target.cross)));
}

/** Whether a rule's continuation names a class of `kind`. */
function continuesIntoSide(aff: AffixFile, rule: AffixRule, kind: AffixClass['kind']): boolean {
  return rule.continuation.some((flag) => (aff.classes.get(flag) ?? []).some((target) => target.kind === kind));
}

/** Whether a rule of the outer class continues into an outer class that continues into an inner one (which a {@link Prefixed} copy reaches as {@link afterInnerSecondName}). */
function secondContinuesIntoInner(aff: AffixFile, writer: Writer, affixClass: AffixClass, outer: AffixClass['kind']): boolean {
  return affixClass.rules.some((rule) => rule.continuation.some((flag) => (aff.classes.get(flag) ?? []).some((target) => target.kind === outer && continuesIntoInner(aff, writer, target, outer))));
}

/** The characters a rule's condition must cover: without FULLSTRIP a rule leaves at least one character of what it strips from. */
function ruleMinLength(aff: AffixFile, rule: AffixRule): number {
  const strip = charCount(rule.strip);
  return aff.fullStrip || strip === 0 ? 0 : strip + 1;
}

function charCount(text: string): number {
  return text.length === 0 ? 0 : Array.from(text).length;
}

/** Whether a class has a rule carrying the NEEDAFFIX flag (else a copy without the flag would equal it). */
function hasNeedaffix(aff: AffixFile, writer: Writer, affixClass: AffixClass): boolean {
  let has = writer.needaffixed.get(affixClass);
  if (has === undefined) {
    has = affixClass.rules.some((rule) => needsAffix(aff, rule));
    writer.needaffixed.set(affixClass, has);
  }
  return has;
}

/** Whether a rule carries the NEEDAFFIX flag. */
function needsAffix(aff: AffixFile, rule: AffixRule): boolean {
  const needAffix = aff.special.needAffix;
  return needAffix !== undefined && rule.continuation.includes(needAffix);
}

/** Whether a class has a rule carrying the CIRCUMFIX flag (else a copy without the flag would equal it). */
function hasCircumfix(aff: AffixFile, writer: Writer, affixClass: AffixClass): boolean {
  let has = writer.circumfixed.get(affixClass);
  if (has === undefined) {
    const circumfix = aff.special.circumfix;
    has = circumfix !== undefined && affixClass.rules.some((rule) => rule.continuation.includes(circumfix));
    writer.circumfixed.set(affixClass, has);
  }
  return has;
}

/** Whether a rule of the outer class continues into an inner class (else it needs no {@link afterInnerName} copy). */
function continuesIntoInner(aff: AffixFile, writer: Writer, affixClass: AffixClass, outer: AffixClass['kind']): boolean {
  let into = writer.intoInner.get(affixClass);
  if (into === undefined) {
    into = affixClass.rules.some((rule) => rule.continuation.some((flag) => (aff.classes.get(flag) ?? []).some((target) => target.kind !== outer)));
    writer.intoInner.set(affixClass, into);
  }
  return into;
}

function nameOf(writer: Writer, affixClass: AffixClass, level: Level): string {
  let names = writer.names.get(affixClass);
  if (names === undefined) {
    names = [classPatternName(affixClass, 1), classPatternName(affixClass, 2)];
    writer.names.set(affixClass, names);
  }
  return names[level - 1];
}

function tokenOf(writer: Writer, text: string): string {
  let token = writer.tokens.get(text);
  if (token === undefined) {
    token = stringToken(text);
    writer.tokens.set(text, token);
  }
  return token;
}

/** A rule's condition as read: its positions, the alternatives libhunspell's UTF-8 suffix test takes, and their lengths. */
interface ReadCondition {
  readonly alternatives: readonly (readonly MatchedPosition[])[];
  /** The characters each alternative asks for (at least its positions, and `minLength`). */
  readonly lengths: readonly number[];
}

function readCondition(writer: Writer, kind: AffixClass['kind'], rule: AffixRule, minLength: number): ReadCondition {
  const key = `${kind} ${minLength} ${rule.condition}`;
  let read = writer.readConditions.get(key);
  if (read === undefined) {
    const parsed = parseCondition(rule.condition, { kind, utf8: writer.utf8, complexPrefixes: writer.complexPrefixes, oneByte: writer.oneByte });
    if (parsed.kind === 'bad') throw new HunspellImportError(writer.affName, rule.line, `bad condition "${excerpt(rule.condition)}": ${parsed.reason}`);
    const alternatives: readonly (readonly MatchedPosition[])[] = kind === 'SFX' && writer.oneByte !== undefined ? utf8SuffixAlternatives(parsed.positions, writer.oneByte) : [parsed.positions];
    for (const positions of [parsed.positions, ...alternatives]) checkConditionLength(writer.affName, rule, positions.length, parsed.more, minLength);
    // A `^` outside a set can ask for characters more than the positions (see parseCondition).
    const lengths = alternatives.map((positions) => Math.max(minLength, positions.length + parsed.more));
    read = { alternatives, lengths };
    writer.readConditions.set(key, read);
  }
  return read;
}

/** The characters a rule's condition asks for (its shortest alternative). */
function conditionLength(writer: Writer, kind: AffixClass['kind'], rule: AffixRule, minLength: number): number {
  return Math.min(...readCondition(writer, kind, rule, minLength).lengths);
}

/**
 * A rule's condition as pattern texts: one, or the alternatives libhunspell's UTF-8 suffix test takes;
 * with `padding`, each asking for the longer word a {@link Prefixed} copy needs. None when that is more
 * than a condition may hold (the rule then yields nothing there, a word missed rather than one made).
 */
function conditionsOf(writer: Writer, kind: AffixClass['kind'], rule: AffixRule, minLength: number, padding?: ConditionPadding): readonly string[] {
  const key = `${kind} ${minLength} ${padding === undefined ? '' : `${padding.add} ${padding.need}`} ${rule.condition}`;
  let texts = writer.conditions.get(key);
  if (texts === undefined) {
    const { alternatives, lengths } = readCondition(writer, kind, rule, minLength);
    const strip = charCount(rule.strip);
    const length = (k: number) => (padding === undefined ? k : padding.add + Math.max(k, padding.need + strip));
    texts = lengths.some((k) => length(k) > MAX_CONDITION_STATES) ? [] : alternatives.map((positions, index) => conditionText(positions, kind, length(lengths[index]!)));
    writer.conditions.set(key, texts);
  }
  return texts;
}

/**
 * Refuses a rule whose condition the pattern language cannot hold: more than {@link MAX_CONDITION_STATES}
 * positions, as written or once padded to cover the strip (without `FULLSTRIP`, strip + 1 characters).
 * libhunspell takes any length; paradigm-core bounds a condition's matcher.
 */
function checkConditionLength(affName: string, rule: AffixRule, positions: number, more: number, minLength: number): void {
  if (positions + more > MAX_CONDITION_STATES) {
    const carets = more === 0 ? '' : ` and needs ${more} character(s) more for its "^" outside a set`;
    throw new HunspellImportError(affName, rule.line, `the condition "${excerpt(rule.condition)}" has ${positions} positions${carets}, more than the ${MAX_CONDITION_STATES} a condition may have here; shorten it`);
  }
  if (minLength > MAX_CONDITION_STATES) {
    throw new HunspellImportError(affName, rule.line, `the strip "${excerpt(rule.strip)}" has ${minLength - 1} characters; without FULLSTRIP the rule's condition must cover the strip and one character more, ${minLength} positions, more than the ${MAX_CONDITION_STATES} a condition may have here; shorten the strip`);
  }
}

/** A rule as the pattern language states it: read once, then written as text or as a syntax tree. */
interface RuleParts {
  readonly rule: AffixRule;
  /** The condition's pattern text ('' for none). */
  readonly condition: string;
  /** The pattern names it continues with. */
  readonly continuation: readonly string[];
  /** `needaffix` and `circumfix`, in the order their flags first occur. */
  readonly options: readonly RuleOption[];
}

type RuleOption = 'needaffix' | 'circumfix';

/** A rule as one part per alternative of its condition (see {@link conditionsOf}); none when it yields nothing. */
function ruleParts(aff: AffixFile, affixClass: AffixClass, level: Level, rule: AffixRule, writer: Writer, inherited: readonly AffixClass[] = [], afterInner = false, afterSecond = false, padding?: ConditionPadding, afterNeedaffix = false): RuleParts[] {
  const { affName, unknown } = writer;
  const continuation: string[] = [];
  const options: RuleOption[] = [];
  const outer = aff.complexPrefixes ? 'PFX' : 'SFX';
  const needsOther = needsAffix(aff, rule);
  if (afterNeedaffix && needsOther) return [];
  // An affix reached from the other side's continuation has that affix with it, which meets its NEEDAFFIX
  // (see afterNeedaffixName and ConditionPadding); COMPLEXPREFIXES strips its two prefixes another way, not checked here.
  const needaffixMet = !aff.complexPrefixes && ((level === 2 && affixClass.kind !== outer) || padding?.needaffixMet === true);
  const passed = afterInner ? [] : inheritedBy(aff, affixClass, level, rule, outer);
  // Reached from an inner rule (a prefix): a copy after an inner rule, or one asking for a longer word.
  const afterPrefix = afterInner || padding !== undefined;
  if (afterInner && level === 2 && continuesIntoSide(aff, rule, outer === 'SFX' ? 'PFX' : 'SFX')) return [];
  // libhunspell tests CIRCUMFIX on the prefix and the first suffix only (affixmgr.cxx: suffix_check pairs
  // them; the second suffix is stripped by SfxEntry::check_twosfx, which tests no circumfix), so a second
  // suffix's flag means nothing: `SFX B 0 b/X` after `SFX A 0 a/B` gives liebab, and no geliebab.
  // Nor does check_twosfx test NEEDAFFIX or ONLYINCOMPOUND (suffix_check tests them on the suffix it
  // strips itself): with `NEEDAFFIX E`, `SFX A 0 x/BE`, `SFX B 0 y/E`, `sad/A`, spell() accepts `sadxy`.
  // COMPLEXPREFIXES strips its two prefixes another way, not checked here.
  const secondSuffix = level === 2 && affixClass.kind === 'SFX' && !aff.complexPrefixes;
  const circumfixIgnored = secondSuffix || afterSecond;
  const minLength = ruleMinLength(aff, rule);
  for (const flag of rule.continuation) {
    const role = flagOption(aff, flag);
    if (role === 'excluded' && !(secondSuffix && flag === aff.special.onlyInCompound)) return [];
    if (role === 'unknown') unknown.report(affName, rule.line, flag, `in the continuation of "${rule.add}"`);
    // A flag that names a PFX and an SFX class continues into both.
    for (const target of aff.classes.get(flag) ?? []) {
      if (afterInner && target.kind !== outer) continue;
      // After a prefix, libhunspell strips a second suffix only through the cross product (SfxEntry::check_twosfx).
      if (afterPrefix && target.kind === outer && !target.cross) continue;
      const targetLevel = crossesSides(affixClass, target) ? continuationLevel(outer, affixClass.kind, level, target.kind) : undefined;
      if (targetLevel !== undefined) {
        const inheriting = targetLevel === 2 && target.kind === outer && target.cross && passed.length > 0;
        const reachedFromInner = targetLevel === 1 && affixClass.kind !== outer && continuesIntoInner(aff, writer, target, outer);
        if (reachedFromInner) writer.afterInner.add(target);
        const freed = secondSuffix && target.kind === 'PFX' && hasCircumfix(aff, writer, target);
        if (freed) writer.afterSecond.add(target);
        const secondAfterPrefix = afterPrefix && targetLevel === 2 && target.kind === outer && continuesIntoInner(aff, writer, target, outer);
        if (secondAfterPrefix) writer.afterInnerSecond.add(target);
        const bothNeedAffix = !aff.complexPrefixes && needsOther && level === 1 && affixClass.kind === outer && targetLevel === 2 && target.kind !== outer && !freed && hasNeedaffix(aff, writer, target);
        if (bothNeedAffix) writer.afterNeedaffix.add(target);
        let name = inheriting
          ? inheritingOf(writer, target, passed)
          : reachedFromInner
            ? afterInnerName(target)
            : freed
              ? afterSecondName(target)
              : secondAfterPrefix
                ? afterInnerSecondName(target)
                : bothNeedAffix
                  ? afterNeedaffixName(target)
                  : nameOf(writer, target, targetLevel);
        if (affixClass.kind === 'PFX' && target.kind === 'SFX' && !aff.complexPrefixes) {
          const padding = prefixPadding(writer, rule, minLength, !needsOther && hasNeedaffix(aff, writer, target));
          if (padding.needaffixMet || padsAnything(aff, writer, target, padding) || continuesIntoOnlyOwnSide(aff, target) || secondContinuesIntoInner(aff, writer, target, outer)) name = prefixedOf(writer, target, reachedFromInner ? 'after-inner' : 1, name, padding);
        }
        if (!continuation.includes(name)) continuation.push(name);
        if (targetLevel === 2 && !freed && !secondAfterPrefix && !bothNeedAffix) writer.copies.add(target);
      }
    }
    if (role === 'needaffix' && !options.includes('needaffix') && !secondSuffix && !needaffixMet) options.push('needaffix');
    if (role === 'circumfix' && !options.includes('circumfix') && !circumfixIgnored) options.push('circumfix');
  }
  for (const target of inherited) {
    const name = nameOf(writer, target, 2);
    if (!continuation.includes(name)) continuation.push(name);
    writer.copies.add(target);
  }
  const list = listOf(writer, continuation);
  return conditionsOf(writer, affixClass.kind, rule, minLength, padding).map((condition) => ({ rule, condition, continuation: list, options }));
}

/**
 * The inner classes a level-1 outer cross rule continues into that its level-2 outer cross
 * continuations inherit (see {@link Inheriting}), in the order of its flags.
 */
function inheritedBy(aff: AffixFile, affixClass: AffixClass, level: Level, rule: AffixRule, outer: AffixClass['kind']): AffixClass[] {
  const inherited: AffixClass[] = [];
  if (level !== 1 || affixClass.kind !== outer || !affixClass.cross) return inherited;
  for (const flag of rule.continuation) {
    for (const target of aff.classes.get(flag) ?? []) {
      if (target.kind !== outer && target.cross && !inherited.includes(target)) inherited.push(target);
    }
  }
  return inherited;
}

/** One array per distinct continuation list, so that rules continuing alike share it (fr.aff: 20 lists over 5,248 rules). */
function listOf(writer: Writer, names: string[]): readonly string[] {
  const key = names.join(' ');
  let list = writer.lists.get(key);
  if (list === undefined) {
    list = names;
    writer.lists.set(key, list);
  }
  return list;
}

/**
 * How a class's rules are read: at level 1, at level 2, as a level-1 outer class reached from an inner rule
 * (see {@link afterInnerName}), as a level-2 outer class after an inner rule (see {@link afterInnerSecondName}), or as
 * a level-2 prefix reached from a second suffix (see {@link afterSecondName}).
 */
type Reading = Level | 'after-inner' | 'after-inner-2' | 'after-second' | 'after-needaffix';

/** Every rule of a class that yields something in one {@link Reading}, read once per class and reading. */
function classParts(aff: AffixFile, affixClass: AffixClass, reading: Reading, writer: Writer): readonly RuleParts[] {
  const cache = writer.parts[reading];
  let parts = cache.get(affixClass);
  if (parts === undefined) {
    const afterInner = reading === 'after-inner' || reading === 'after-inner-2';
    const level = reading === 'after-inner' ? 1 : reading === 'after-second' || reading === 'after-inner-2' || reading === 'after-needaffix' ? 2 : reading;
    parts = affixClass.rules.flatMap((rule) => ruleParts(aff, affixClass, level, rule, writer, [], afterInner, reading === 'after-second', undefined, reading === 'after-needaffix'));
    cache.set(affixClass, parts);
  }
  return parts;
}

/** The rules of a {@link Prefixed} copy: the class's rules as read at level 1 or after an inner rule, each asking for a longer word. */
function prefixedParts(aff: AffixFile, copy: Prefixed, writer: Writer): readonly RuleParts[] {
  return copy.affixClass.rules.flatMap((rule) => ruleParts(aff, copy.affixClass, 1, rule, writer, [], copy.reading === 'after-inner', false, copy.padding));
}

/** The rules of an inheriting level-2 copy: the class's level-2 rules, continuing into the inherited classes too. */
function inheritingParts(aff: AffixFile, copy: Inheriting, writer: Writer): readonly RuleParts[] {
  return copy.affixClass.rules.flatMap((rule) => ruleParts(aff, copy.affixClass, 2, rule, writer, copy.inherited));
}

function ruleText(affixClass: AffixClass, parts: RuleParts, writer: Writer): string {
  const { rule, condition, continuation, options } = parts;
  let text = affixClass.kind === 'SFX' ? 'rule suffix' : 'rule prefix';
  if (rule.strip !== '') text += ` -${tokenOf(writer, rule.strip)}`;
  if (rule.add !== '') text += ` +${tokenOf(writer, rule.add)}`;
  if (condition !== '') text += ` /${condition}/`;
  // The pattern language needs at least one of -STRIP, +ADD, /COND/; `+""` is Hunspell's `0` affix.
  if (rule.strip === '' && rule.add === '' && condition === '') text += ' +""';
  text += ' =>';
  const cell = rule.morph.length === 0 ? '' : cellText(rule.morph);
  if (cell !== '') text += ` ${cell}`;
  if (continuation.length > 0) text += ` > ${continuation.join(' ')}`;
  if (options.length > 0) text += ` [${options.join(' ')}]`;
  return `${text}  # ${writer.affName}:${rule.line}`;
}

/**
 * A cross pattern needs a rule to combine. Level-2 copies keep their class's cross product: they are
 * reached by continuation only and never combined here, but it tells libhunspell whether they may meet
 * the other side, so an exported copy must keep it.
 */
function isCross(affixClass: AffixClass, rules: readonly RuleParts[]): boolean {
  return affixClass.cross && rules.length > 0;
}

/**
 * A class as pattern text. A class whose rules all yield nothing (de_DE `PFX i`, whose only rule is
 * ONLYINCOMPOUND) is written without `cross`.
 */
function classSource(affixClass: AffixClass, rules: readonly RuleParts[], writer: Writer, name: string): string {
  const cross = isCross(affixClass, rules) ? ' cross' : '';
  const header = `pattern ${name}${cross}  # ${writer.affName}:${affixClass.line}`;
  return [header, ...rules.map((parts) => ruleText(affixClass, parts, writer))].join('\n') + '\n';
}

/**
 * A class as the syntax tree paradigm-core's parser gives for {@link classSource}'s text (the strings
 * as that text spells them once read; positions are the text's lines, columns where they start).
 */
function classTree(affixClass: AffixClass, rules: readonly RuleParts[], writer: Writer, name: string): PatternAst {
  const kind = affixClass.kind === 'SFX' ? 'suffix' : 'prefix';
  const ruleTrees = rules.map((parts, k): RuleAst => {
    const { rule, condition } = parts;
    const line = k + 2;
    const operation: OperationAst = condition === ''
      ? { line, column: 6, kind, strip: rule.strip, add: rule.add }
      : { line, column: 6, kind, strip: rule.strip, add: rule.add, condition: conditionTree(writer, condition) };
    return {
      line,
      column: 1,
      operations: [operation],
      cell: rule.morph.length === 0 ? '' : rule.morph.join(';'),
      continuations: continuationTrees(writer, parts.continuation),
      needAffix: parts.options.includes('needaffix'),
      circumfix: parts.options.includes('circumfix'),
      dir: 'both',
    };
  });
  return { line: 1, column: 1, nameColumn: 9, name, cross: isCross(affixClass, rules), schemes: [], vowels: [], rules: ruleTrees };
}

/** The continuations of a list, one array per list: paradigm-core links a list shared by its rules once. */
function continuationTrees(writer: Writer, names: readonly string[]): RuleAst['continuations'] {
  let trees = writer.continuationTrees.get(names);
  if (trees === undefined) {
    trees = names.map((name) => ({ line: 1, column: 1, name }));
    writer.continuationTrees.set(names, trees);
  }
  return trees;
}

function conditionTree(writer: Writer, condition: string): ConditionAst {
  let tree = writer.conditionTrees.get(condition);
  if (tree === undefined) {
    tree = parseConditionSource(condition);
    writer.conditionTrees.set(condition, tree);
  }
  return tree;
}

/** Every class in .aff order (a flag's PFX and SFX classes each in its place). */
function classesInFileOrder(aff: AffixFile): AffixClass[] {
  return [...aff.classes.values()].flat().sort((a, b) => a.line - b.line);
}

/**
 * The affix classes written by `write`, each as it is written: one per class in .aff order, then the
 * level-2 copies that continuations reach, in .aff order, then the inheriting level-2 copies in the order
 * first reached, then the copies reached from inner classes ({@link afterInnerName}) in .aff order, then
 * the prefix copies reached from second suffixes ({@link afterSecondName}) in .aff order, then the level-2
 * inner copies reached from NEEDAFFIX outer rules ({@link afterNeedaffixName}) in .aff order, then the
 * suffix copies reached from prefix rules ({@link Prefixed}) in the order first reached.
 */
function* affixPatterns<T>(aff: AffixFile, affName: string, unknown: UnknownFlags, write: (affixClass: AffixClass, rules: readonly RuleParts[], writer: Writer, name: string) => T): Generator<[string, T]> {
  const writer: Writer = {
    affName,
    unknown,
    copies: new Set(),
    // libhunspell's UTF-8 mode is `SET UTF-8` exactly; COMPLEXPREFIXES reverses conditions, not checked here.
    oneByte: aff.encoding === 'UTF-8' && !aff.complexPrefixes ? new OneByteChars(aff.standIn) : undefined,
    utf8: aff.encoding === 'UTF-8',
    complexPrefixes: aff.complexPrefixes,
    readConditions: new Map(),
    conditions: new Map(),
    names: new Map(),
    tokens: new Map(),
    parts: { 1: new Map(), 2: new Map(), 'after-inner': new Map(), 'after-inner-2': new Map(), 'after-second': new Map(), 'after-needaffix': new Map() },
    afterInner: new Set(),
    afterInnerSecond: new Set(),
    afterSecond: new Set(),
    afterNeedaffix: new Set(),
    prefixed: new Map(),
    circumfixed: new Map(),
    needaffixed: new Map(),
    intoInner: new Map(),
    inheriting: new Map(),
    conditionTrees: new Map(),
    lists: new Map(),
    continuationTrees: new Map(),
  };
  const classes = classesInFileOrder(aff);
  for (const affixClass of classes) {
    const name = nameOf(writer, affixClass, 1);
    yield [name, write(affixClass, classParts(aff, affixClass, 1, writer), writer, name)];
  }
  // Copies reached from inner classes continue only into level-2 outer copies; level-2 copies reach only
  // level-2 inner classes, which continue nowhere: one more pass finds them all.
  const afterInner = classes.filter((affixClass) => writer.afterInner.has(affixClass)).map((affixClass) => ({ affixClass, parts: classParts(aff, affixClass, 'after-inner', writer) }));
  const inheriting = [...writer.inheriting.values()].map((copy) => ({ copy, parts: inheritingParts(aff, copy, writer) }));
  const prefixed = [...writer.prefixed.values()].map((copy) => ({ copy, parts: prefixedParts(aff, copy, writer) }));
  for (const affixClass of [...writer.copies]) classParts(aff, affixClass, 2, writer);
  for (const affixClass of classes) {
    const name = nameOf(writer, affixClass, 2);
    if (writer.copies.has(affixClass)) yield [name, write(affixClass, classParts(aff, affixClass, 2, writer), writer, name)];
  }
  for (const { copy, parts } of inheriting) yield [copy.name, write(copy.affixClass, parts, writer, copy.name)];
  for (const { affixClass, parts } of afterInner) yield [afterInnerName(affixClass), write(affixClass, parts, writer, afterInnerName(affixClass))];
  // Every second suffix has been read above (the level-2 and inheriting copies).
  for (const affixClass of classes) {
    if (writer.afterSecond.has(affixClass)) yield [afterSecondName(affixClass), write(affixClass, classParts(aff, affixClass, 'after-second', writer), writer, afterSecondName(affixClass))];
  }
  // Reached from level-1 outer rules, all read above; inner level-2 rules continue nowhere.
  for (const affixClass of classes) {
    if (writer.afterNeedaffix.has(affixClass)) yield [afterNeedaffixName(affixClass), write(affixClass, classParts(aff, affixClass, 'after-needaffix', writer), writer, afterNeedaffixName(affixClass))];
  }
  for (const { copy, parts } of prefixed) yield [copy.name, write(copy.affixClass, parts, writer, copy.name)];
  // Reached from the copies above only; they continue nowhere inner, so they reach nothing new.
  for (const affixClass of classes) {
    if (writer.afterInnerSecond.has(affixClass)) yield [afterInnerSecondName(affixClass), write(affixClass, classParts(aff, affixClass, 'after-inner-2', writer), writer, afterInnerSecondName(affixClass))];
  }
}

/**
 * The affix classes as pattern sources: one per class in .aff order, then the level-2 copies that
 * continuations reach, in .aff order, then the inheriting level-2 copies in the order first reached,
 * then the copies reached from inner classes ({@link afterInnerName}) in .aff order, then the prefix copies
 * reached from second suffixes ({@link afterSecondName}) in .aff order, then the suffix copies reached
 * from prefix rules ({@link Prefixed}).
 */
export function affixPatternSources(aff: AffixFile, affName: string, unknown: UnknownFlags): { name: string; source: string }[] {
  return [...eachAffixPatternSource(aff, affName, unknown)];
}

/**
 * {@link affixPatternSources} made one at a time, as they are iterated (once): a reader that compiles each
 * as it comes lets its text go while it is young. Made all first, hu_HU's written .aff held 23 million
 * characters of it long enough to be kept by each collection, and reading it back peaked at six times
 * what the compiled classes keep.
 */
export function* eachAffixPatternSource(aff: AffixFile, affName: string, unknown: UnknownFlags): Generator<{ name: string; source: string }> {
  for (const [name, source] of affixPatterns(aff, affName, unknown, classSource)) yield { name, source };
}

/**
 * {@link affixPatternSources} already parsed, for compiling at once: writing the text and parsing it back
 * was more than half of compiling fr.aff's classes cold. Each tree is what paradigm-core reads from the
 * source of the same name. Made one at a time, as they are iterated (once): see {@link eachAffixPatternSource}.
 */
export function* eachAffixPatternTree(aff: AffixFile, affName: string, unknown: UnknownFlags): Generator<{ name: string; ast: PatternAst }> {
  for (const [name, ast] of affixPatterns(aff, affName, unknown, classTree)) yield { name, ast };
}

/**
 * What each distinct .dic flag set means, read once per set (entries with the same flag field share one
 * array, see `dicEntries`); each class's name is built once, not once per .dic flag that names it.
 */
export class FlagSets {
  private readonly sets = new Map<readonly string[], FlagSetRoles>();
  private readonly levelOneNames: ReadonlyMap<string, readonly string[]>;

  private readonly aff: FlagMeanings;

  constructor(
    aff: AffixFile,
    private readonly dicName: string,
    private readonly unknown: UnknownFlags,
  ) {
    this.levelOneNames = new Map([...aff.classes].map(([flag, classes]) => [flag, classes.map((affixClass) => classPatternName(affixClass))]));
    this.aff = { classes: this.levelOneNames, special: aff.special, optionFlags: aff.optionFlags };
  }

  /** The entry's roles, or `undefined` when it yields nothing (FORBIDDENWORD, ONLYINCOMPOUND). */
  roles(entry: DicEntry): FlagSetRoles | undefined {
    let roles = this.sets.get(entry.flags);
    if (roles === undefined) {
      const classes: string[] = [];
      roles = { classes, base: true, excluded: false, ids: [] };
      for (const flag of entry.flags) {
        const role = flagOption(this.aff, flag);
        if (role === 'unknown') this.unknown.report(this.dicName, entry.line, flag, `on "${entry.word}"`);
        if (role === 'excluded') {
          roles.excluded = true;
          break;
        }
        if (role === 'needaffix') roles.base = false;
        for (const name of this.levelOneNames.get(flag) ?? []) if (!classes.includes(name)) classes.push(name);
      }
      if (this.ids !== undefined) numberClasses(roles, this.ids);
      this.sets.set(entry.flags, roles);
    }
    return roles.excluded ? undefined : roles;
  }

  private ids: ReadonlyMap<string, number> | undefined;

  /** Pattern ids by name, for the sets read so far and every set read after. */
  assignIds(ids: ReadonlyMap<string, number>): void {
    this.ids = ids;
    for (const roles of this.sets.values()) numberClasses(roles, ids);
  }
}

const NO_CLASSES: readonly string[] = [];

/** Gives a flag set its classes' ids in place of their names. */
function numberClasses(roles: FlagSetRoles, ids: ReadonlyMap<string, number>): void {
  roles.ids = roles.classes.map((name) => ids.get(name)!);
  roles.classes = NO_CLASSES;
}

/**
 * The words libhunspell's `spell()` rejects whatever else makes them: it looks a word up in the .dic first
 * and rejects it when the first entry of that spelling carries `FORBIDDENWORD`, before trying affixes, so
 * the same spelling generated from another entry is rejected too (de_DE.dic forbids such forms).
 */
export function forbiddenWords(aff: AffixFile, entries: () => Iterable<DicEntry>): string[] {
  const forbidden = aff.special.forbiddenWord;
  if (forbidden === undefined) return [];
  const marked = new Set<string>();
  for (const entry of entries()) if (entry.flags.includes(forbidden)) marked.add(entry.word);
  if (marked.size === 0) return [];
  // Only spellings some entry forbids need their first entry found (a map of all 84,000 fr words cost 0.1 s).
  const first = new Map<string, boolean>();
  for (const entry of entries()) if (marked.has(entry.word) && !first.has(entry.word)) first.set(entry.word, entry.flags.includes(forbidden));
  return [...first].filter(([, isForbidden]) => isForbidden).map(([word]) => word);
}

/** Whether a character occurs in the lexemes' lemmas (the entries' words), all of them searched as one text. */
function inLemmas(lexemes: readonly Lexeme[]): (char: string) => boolean {
  let words: string | undefined;
  return (char) => {
    words ??= lexemes.map((lexeme) => lexeme.lemma).join('\n');
    return words.includes(char);
  };
}

/**
 * The entries again, from the lexemes (an entry's word is its lemma) and the flags of the entries that
 * carry `FORBIDDENWORD`, kept while they were read: all that {@link forbiddenWords} and
 * {@link homonymGroups} look at (the others' flags only for that flag; their lexemes are built).
 */
function* entriesAgain(lexemes: readonly Lexeme[], forbidden: ReadonlyMap<number, DicEntry>): Generator<DicEntry> {
  for (let index = 0; index < lexemes.length; index++) {
    yield forbidden.get(index) ?? { word: lexemes[index]!.lemma, flags: NO_FLAGS, morph: NO_FLAGS, line: 0 };
  }
}

const NO_FLAGS: readonly string[] = [];

/** A built lexicon and, with `withLines`, the .dic line of each lexeme (`lines[i]` for `lexemes[i]`). */
export interface BuiltLexicon {
  readonly lexicon: HunspellLexicon;
  readonly lines: readonly number[];
}

/**
 * Builds the patterns and lexemes of a dictionary, reading its entries once, as they are parsed (no array
 * of every entry is held beside the lexemes). Pattern ids: the word patterns (one per distinct set of
 * .dic morphological fields, `word` first), then one per affix class in .aff order, then the level-2
 * copies continuations reach, in .aff order, then the inheriting copies (see {@link Inheriting}), then
 * the copies reached from inner classes (`sfx:X:p`), then the prefix copies reached from second suffixes
 * (`pfx:X:2:f`), then the suffix copies reached from prefix rules (`sfx:X:prefixed-A-N`, in the order
 * first reached). Lexeme ids: .dic order from 1.
 */
export function buildLexicon(aff: AffixFile, entries: Iterable<DicEntry>, names: HunspellFileNames, policy: UnknownFlagPolicy, withLines = false): BuiltLexicon {
  const { affName, dicName } = names;
  const unknown = new UnknownFlags(policy, affName);
  const flagSets = new FlagSets(aff, dicName, unknown);
  const dicLexemes = new DicLexemes(flagSets);
  const forbiddenFlag = aff.special.forbiddenWord;
  const forbiddenEntries = new Map<number, DicEntry>();
  const lexemes: Lexeme[] = [];
  const lines: number[] = [];
  for (const entry of entries) {
    if (forbiddenFlag !== undefined && entry.flags.includes(forbiddenFlag)) forbiddenEntries.set(lexemes.length, entry);
    lexemes.push(dicLexemes.lexemeOf(entry, lexemes.length));
    if (withLines) lines.push(entry.line);
  }
  const { patterns, classIds } = numberedPatterns(dicLexemes, affixPatternSources(aff, affName, unknown));
  dicLexemes.assignIds(classIds);
  const again = () => entriesAgain(lexemes, forbiddenEntries);
  const carried = forbiddenFlag !== undefined && forbiddenEntries.size > 0;
  const lexicon: HunspellLexicon = {
    format: 'hunspell',
    source: `${affName} + ${dicName}`,
    patterns,
    lexemes,
    outputConversion: aff.outputConversion,
    inputConversion: inputConversion(aff, inLemmas(lexemes)),
    ignoredFlags: unknown.ignored,
    forbiddenWords: carried ? forbiddenWords(aff, again) : [],
    forbiddenHomonyms: !carried ? [] : homonymGroups(again, forbiddenFlag, (entry, id, forbidden) => {
      if (!forbidden) return lexemes[id - 1];
      const roles = flagSets.roles(entry);
      return roles === undefined ? undefined : { id, lemma: entry.word, patterns: roles.ids };
    }),
    warnings: aff.warnings,
  };
  return { lexicon, lines };
}

/**
 * Reads `entries` once for what their patterns need (the word patterns, one per set of morphological
 * fields), then numbers every pattern (the word patterns, then the classes) and gives the entries read so
 * far, and those read after, their pattern ids: what a lexicon of one .aff and its .dic is made from.
 */
export function numberedLexicon(
  aff: AffixFile,
  entries: Iterable<DicEntry>,
  names: HunspellFileNames,
  policy: UnknownFlagPolicy,
): { dicLexemes: DicLexemes; patterns: PatternSource[]; unknown: UnknownFlags; count: number } {
  const { dicLexemes, unknown, count } = readDicLexemes(aff, entries, names, policy);
  const { patterns, classIds } = numberedPatterns(dicLexemes, affixPatternSources(aff, names.affName, unknown));
  dicLexemes.assignIds(classIds);
  return { dicLexemes, patterns, unknown, count };
}

/** Reads `entries` once for what their patterns need (the word patterns, one per set of morphological fields): the first step of {@link numberedLexicon}. */
export function readDicLexemes(aff: AffixFile, entries: Iterable<DicEntry>, names: HunspellFileNames, policy: UnknownFlagPolicy): { dicLexemes: DicLexemes; unknown: UnknownFlags; count: number } {
  const unknown = new UnknownFlags(policy, names.affName);
  const dicLexemes = new DicLexemes(new FlagSets(aff, names.dicName, unknown));
  let count = 0;
  for (const entry of entries) {
    dicLexemes.read(entry);
    count++;
  }
  return { dicLexemes, unknown, count };
}

/**
 * The patterns and lexemes {@link buildLexicon} builds, with the lexemes made again from the entries each
 * time they are iterated instead of held: `read()` parses the .dic's entries in file order, and is
 * called once here (which reads every entry, so any error in the .dic is thrown here, and tells of its
 * warnings), then once per iteration of `lexemes`.
 */
export function buildStreamedLexicon(aff: AffixFile, read: (first: boolean) => Iterable<DicEntry>, names: HunspellFileNames, policy: UnknownFlagPolicy): StreamedHunspellLexicon {
  const { affName, dicName } = names;
  const { dicLexemes, patterns, unknown, count } = numberedLexicon(aff, read(true), names, policy);
  const lexemes: Iterable<Lexeme> = {
    *[Symbol.iterator]() {
      let index = 0;
      for (const entry of read(false)) yield dicLexemes.lexemeNow(entry, index++);
    },
  };
  return { format: 'hunspell', source: `${affName} + ${dicName}`, patterns, lexemes, lexemeCount: count, ignoredFlags: unknown.ignored, warnings: aff.warnings, placeOf: entryLines(read, count, dicName) };
}

/**
 * `placeOf` of a lexicon whose lexemes are its entries in order: `DIC:LINE`. Asked only of lexemes that
 * fail, so the lines are read (one more reading of the .dic, 4 bytes an entry) at the first question.
 */
function entryLines(read: (first: boolean) => Iterable<DicEntry>, count: number, dicName: string): (lexemeId: number) => string | undefined {
  let lines: Int32Array | undefined;
  return (lexemeId) => {
    if (lines === undefined) {
      lines = new Int32Array(count);
      let index = 0;
      for (const entry of read(false)) lines[index++] = entry.line;
    }
    const line = lines[lexemeId - 1] ?? 0;
    return line > 0 ? `${dicName}:${line}` : undefined;
  };
}
