import { flagNames, type FlagNames } from './flag-names';
import { importedFlag } from './imported-flag';
import type { PatternPlan, PlannedClass } from './pattern-plan';

/** What a .dic entry says: its word and the patterns it takes. */
export interface EntryPlan {
  readonly stem: string;
  readonly patterns: readonly string[];
}

/** A written .aff, and how entries are written against its flags. */
export interface AffixFile {
  /**
   * The text, as UTF-8 bytes: the writer holds it through its second reading, and hu_HU's (6.3 million
   * characters, 1.4% of them past Latin-1) is 12.5 MB of V8 heap as a string, 6.8 MB outside it as bytes.
   */
  readonly bytes: Buffer;
  /** `PFX`/`SFX` classes written. */
  readonly classes: number;
  /** The .dic line of an entry: `stem/FLAGS`, then a tab and the morphological fields of its word pattern. */
  entryLine(entry: EntryPlan): string;
}

/** A word as a .dic word: `/` is escaped, since the first unescaped one starts the flags. */
export function dicWord(word: string): string {
  return word.replaceAll('/', '\\/');
}

/**
 * Writes the classes of every pattern the entries reach (their own, and through continuations), in
 * pattern order, each after a `# pattern NAME` line (never between a header and its rules: unmunch reads
 * the counted lines after a header as rules). Options: `SET UTF-8`; `FULLSTRIP`, since a pattern rule may
 * strip a whole word; `NEEDAFFIX` and `CIRCUMFIX` when something uses them.
 */
export function writeAffixFile(plans: ReadonlyMap<string, PatternPlan>, entries: readonly EntryPlan[]): AffixFile {
  const planOf = (name: string) => {
    const plan = plans.get(name);
    return plan?.kind === 'classes' ? plan : undefined;
  };
  // A word pattern on an entry needs no class; reached through a continuation it does.
  const used = new Set<string>();
  const reach = (name: string, fromEntry: boolean): void => {
    const plan = planOf(name);
    if (plan === undefined || (fromEntry && plan.word) || used.has(name)) return;
    used.add(name);
    for (const affixClass of plan.classes) for (const rule of affixClass.rules) for (const next of rule.continuations) reach(next, false);
  };
  for (const entry of entries) for (const name of entry.patterns) reach(name, true);

  const written: { name: string; affixClass: PlannedClass }[] = [];
  for (const [name, plan] of plans) if (used.has(name) && plan.kind === 'classes') for (const affixClass of plan.classes) written.push({ name, affixClass });
  const rules = written.flatMap(({ affixClass }) => affixClass.rules);
  const needAffix = rules.some((rule) => rule.needAffix) || entries.some((entry) => !entry.patterns.some((name) => planOf(name)?.keepsStem));
  const circumfix = rules.some((rule) => rule.circumfix);
  const preferred = written.map(({ name }, index) => (index > 0 && written[index - 1]!.name === name ? undefined : importedFlag(name)));
  const names: FlagNames = flagNames(written.length + (needAffix ? 1 : 0) + (circumfix ? 1 : 0), preferred);
  const flagsOf = new Map<string, string[]>();
  written.forEach(({ name }, index) => flagsOf.set(name, [...(flagsOf.get(name) ?? []), names.flags[index]!]));
  const needAffixFlag = needAffix ? names.flags[written.length] : undefined;
  const circumfixFlag = circumfix ? names.flags[written.length + (needAffix ? 1 : 0)] : undefined;

  return {
    bytes: Buffer.from(affixText(written, names, flagsOf, needAffixFlag, circumfixFlag), 'utf8'),
    classes: written.length,
    entryLine: entryLines(plans, flagsOf, names, needAffixFlag),
  };
}

/** What an entry line needs of a pattern's plan: not its rules. */
interface EntryPattern {
  readonly word: boolean;
  readonly keepsStem: boolean;
  readonly wordMorph: string;
}

/**
 * {@link AffixFile.entryLine}. A function of its own, holding of the plans only what a line needs: the
 * writer keeps it through its second reading, where a closure of `writeAffixFile` would hold the plan of
 * every rule written (hu_HU's) beside the grammar the .aff is read back with.
 */
function entryLines(
  plans: ReadonlyMap<string, PatternPlan>,
  flagsOf: ReadonlyMap<string, readonly string[]>,
  names: FlagNames,
  needAffixFlag: string | undefined,
): (entry: EntryPlan) => string {
  const patterns = new Map<string, EntryPattern>();
  for (const [name, plan] of plans) if (plan.kind === 'classes') patterns.set(name, { word: plan.word, keepsStem: plan.keepsStem, wordMorph: plan.wordMorph });
  return (entry) => {
    const plansOfEntry = entry.patterns.map((name) => patterns.get(name));
    const flags = [...new Set(entry.patterns.flatMap((name, i) => (plansOfEntry[i]?.word ? [] : (flagsOf.get(name) ?? []))))];
    if (flags.length > 0 && !plansOfEntry.some((plan) => plan?.keepsStem)) flags.push(needAffixFlag!);
    const morph = plansOfEntry.find((plan) => plan?.word && plan.wordMorph !== '')?.wordMorph;
    return `${dicWord(entry.stem)}${flags.length > 0 ? `/${names.join(flags)}` : ''}${morph === undefined ? '' : `\t${morph}`}`;
  };
}

/**
 * The text of {@link writeAffixFile}. A function of its own so that its lines are let go once joined: a
 * closure of `writeAffixFile` (as `entryLine`, which the writer keeps) would keep every variable that any
 * of its closures uses, and hu_HU's lines, held as joined pieces, were twice the text.
 */
function affixText(
  written: readonly { name: string; affixClass: PlannedClass }[],
  names: FlagNames,
  flagsOf: ReadonlyMap<string, readonly string[]>,
  needAffixFlag: string | undefined,
  circumfixFlag: string | undefined,
): string {
  const lines = ['# Written by paradigm export hunspell.', 'SET UTF-8'];
  if (names.affLine !== undefined) lines.push(names.affLine);
  lines.push('FULLSTRIP');
  if (needAffixFlag !== undefined) lines.push(`NEEDAFFIX ${needAffixFlag}`);
  if (circumfixFlag !== undefined) lines.push(`CIRCUMFIX ${circumfixFlag}`);
  written.forEach(({ name, affixClass }, index) => {
    const flag = names.flags[index]!;
    lines.push('', `# pattern ${name}`, `${affixClass.kind} ${flag} ${affixClass.cross ? 'Y' : 'N'} ${affixClass.rules.length}`);
    for (const rule of affixClass.rules) {
      const next = [...new Set(rule.continuations.flatMap((target) => flagsOf.get(target) ?? []))];
      if (rule.needAffix) next.push(needAffixFlag!);
      if (rule.circumfix) next.push(circumfixFlag!);
      const add = next.length > 0 ? `${rule.add}/${names.join(next)}` : rule.add;
      lines.push(`${affixClass.kind} ${flag} ${rule.strip} ${add} ${rule.condition}${rule.morph === '' ? '' : ` ${rule.morph}`}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
