import type { PatternSource } from '@paradigm/core';
import { CONSONANTS, LONG_VOWELS, SHORT_VOWELS, VOWELS_LINE } from './phonology';
import { Rng } from './prng';

/** A generated pattern and what a lexeme needs to take it. */
export interface SyntheticPattern {
  readonly pattern: PatternSource;
  /** Kind of pattern, for reports and tests. */
  readonly kind: 'template' | 'suffix' | 'prefix' | 'ablaut' | 'reduplication' | 'declension' | 'case' | 'cross' | 'rare';
  /** Template patterns fit only roots of exactly this many radicals. */
  readonly radicals?: number;
  /** False for patterns only reached by continuation (lexemes do not list them). */
  readonly assignable: boolean;
}

const syllable = (rng: Rng) => rng.pick(CONSONANTS) + rng.pick(SHORT_VOWELS);
const vowel = (rng: Rng) => rng.pick(SHORT_VOWELS);

/** A skeleton for `n` radicals: `ma-C-a-C-ū-C`, sometimes a geminate (`C1-a-C2-C2-a-C3`). */
function skeleton(rng: Rng, n: number): string {
  const prefix = rng.pick(['', '', 'ma', 'ta', 'mu', 'i']);
  const between = () => rng.pick([...SHORT_VOWELS, ...SHORT_VOWELS, ...LONG_VOWELS, '']);
  const parts: string[] = prefix ? [prefix] : [];
  const geminate = n >= 3 && rng.chance(0.3);
  for (let i = 1; i <= n; i += 1) {
    parts.push(geminate ? `C${i}` : 'C');
    if (geminate && i === n - 1) parts.push(`C${i}`);
    if (i < n) {
      const v = between();
      if (v) parts.push(v);
    }
  }
  if (rng.chance(0.4)) parts.push(vowel(rng));
  return parts.join('-');
}

/** The template patterns' passive scheme, as `from>to` pairs. */
const PASS_SCHEME = [['a', 'u'], ['ā', 'ī'], ['i', 'u']] as const;
const PASS_CHANGES = new Set<string>(PASS_SCHEME.map(([from]) => from));

/**
 * A skeleton the passive scheme changes: the compiler refuses a scheme that maps no letter of its skeleton,
 * so skeletons without `a`, `ā` or `i` are drawn again. Drawing again (rather than altering the skeleton)
 * leaves every seed whose first draw already fits, the default among them, generating what it always did.
 */
function passiveSkeleton(rng: Rng, n: number): string {
  for (;;) {
    const sk = skeleton(rng, n);
    if ([...sk].some((letter) => PASS_CHANGES.has(letter))) return sk;
  }
}

function templatePattern(rng: Rng, name: string, n: number): string {
  const sk = () => skeleton(rng, n);
  return [
    `pattern ${name}`,
    VOWELS_LINE,
    `scheme pass: ${PASS_SCHEME.map(([from, to]) => `${from}>${to}`).join(', ')}`,
    `rule template ${sk()} => V;PST;3;SG;M`,
    `rule template ${sk()} => V;PRS;3;SG;M`,
    `rule template ${passiveSkeleton(rng, n)} ablaut pass => V;PST;PASS`,
    `rule template ${sk()} suffix +${syllable(rng)} gloss +"<n>" => N;SG;F`,
    `rule template ${sk()} redup radical => V;INT`,
    '',
  ].join('\n');
}

function suffixPattern(rng: Rng, name: string): string {
  const v = vowel(rng);
  return [
    `pattern ${name}`,
    'rule => N;SG',
    `rule suffix +${syllable(rng)} /[^aeiou]/ => N;PL`,
    `rule suffix +${rng.pick(CONSONANTS)}${vowel(rng)}${rng.pick(CONSONANTS)} /[aeiou]/ => N;PL`,
    `rule suffix -${v} +${syllable(rng)} /[^aeiou]${v}/ => N;DU`,
    `rule suffix +${syllable(rng)}${syllable(rng)} gloss +"<dim>" => N;DIM`,
    '',
  ].join('\n');
}

function prefixPattern(rng: Rng, name: string): string {
  return [
    `pattern ${name}`,
    `rule prefix +${syllable(rng)} => V;CAUS`,
    `rule prefix +${vowel(rng)}${rng.pick(CONSONANTS)} /[ptkbdg]/ => V;REFL`,
    `rule prefix +${syllable(rng)} suffix +${vowel(rng)} => V;RECP`,
    '',
  ].join('\n');
}

function ablautPattern(rng: Rng, name: string): string {
  const [a, b] = rng.sample(SHORT_VOWELS, 2);
  return [
    `pattern ${name}`,
    VOWELS_LINE,
    `scheme pst: ${a}>${b}, ${b}>ū`,
    'scheme pl: a>ā, i>ī, u>ū',
    'rule => V;PRS',
    'rule ablaut pst => V;PST',
    `rule ablaut pl suffix +${rng.pick(CONSONANTS)} => V;PRS;PL`,
    '',
  ].join('\n');
}

function reduplicationPattern(rng: Rng, name: string): string {
  return [
    `pattern ${name}`,
    VOWELS_LINE,
    'rule redup cv => V;ITER',
    `rule redup syllable suffix +${syllable(rng)} => V;DISTR`,
    'rule redup total => N;PL;COLL',
    'rule redup cv suffix => V;CONT',
    '',
  ].join('\n');
}

function casePattern(rng: Rng, name: string): string {
  return [`pattern ${name}`, `rule suffix +${vowel(rng)} => NOM`, `rule suffix +${vowel(rng)}${rng.pick(CONSONANTS)} => GEN`, `rule suffix +${syllable(rng)} => ACC`, ''].join('\n');
}

function declensionPattern(rng: Rng, name: string, cases: string): string {
  return [
    `pattern ${name}`,
    `rule => N;SG > ${cases}`,
    `rule suffix +${syllable(rng)} => N;PL > ${cases}`,
    `rule suffix +${syllable(rng)}n => N;DU > ${cases} [needaffix]`,
    '',
  ].join('\n');
}

function crossPrefixPattern(rng: Rng, name: string): string {
  return [`pattern ${name} cross`, `rule prefix +${syllable(rng)} gloss +"<neg>" => NEG`, `rule prefix +${syllable(rng)} => ITER`, `rule prefix +${syllable(rng)} => PTCP [circumfix]`, ''].join('\n');
}

function crossSuffixPattern(rng: Rng, name: string): string {
  return [
    `pattern ${name} cross`,
    `rule suffix +${syllable(rng)} => PST`,
    `rule suffix +${vowel(rng)}${rng.pick(CONSONANTS)} /[^aeiou]/ => PROG`,
    `rule suffix +${rng.pick(CONSONANTS)} => PTCP [circumfix]`,
    '',
  ].join('\n');
}

/** Conditions few lemmas meet (one consonant-vowel pair at an edge, ~1%): mostly `no-match`. */
function rarePattern(rng: Rng, name: string): string {
  const [c, v] = [rng.pick(CONSONANTS), vowel(rng)];
  return [`pattern ${name}`, `rule suffix +${syllable(rng)} /${c}${v}/ => RARE`, `rule prefix +${syllable(rng)} /${c}${v}/ => RARE;PFX`, ''].join('\n');
}

/**
 * The synthetic lexicon's patterns, every kind the pattern language has (docs/patterns.md): templates for roots
 * of 2, 3 and 4 radicals (with gemination, ablaut, suffixes and radical reduplication), affix rules with
 * conditions and strips, ablaut schemes, reduplication, declensions continuing into case patterns
 * (with needaffix), cross prefix x suffix pairs (with circumfix), and rarely-applying patterns.
 * Determined by `seed` alone; ids are 1..n in this order.
 */
export function syntheticPatterns(seed: number): SyntheticPattern[] {
  const rng = new Rng(seed ^ 0x5eed);
  const out: Omit<SyntheticPattern, 'pattern'>[] = [];
  const sources: { name: string; text: string }[] = [];
  const add = (name: string, text: string, meta: Omit<SyntheticPattern, 'pattern'>) => {
    sources.push({ name, text });
    out.push(meta);
  };
  for (const n of [2, 3, 4]) {
    for (let i = 1; i <= 4; i += 1) add(`tpl${n}-${i}`, templatePattern(rng, `tpl${n}-${i}`, n), { kind: 'template', radicals: n, assignable: true });
  }
  for (let i = 1; i <= 8; i += 1) add(`sfx-${i}`, suffixPattern(rng, `sfx-${i}`), { kind: 'suffix', assignable: true });
  for (let i = 1; i <= 4; i += 1) add(`pfx-${i}`, prefixPattern(rng, `pfx-${i}`), { kind: 'prefix', assignable: true });
  for (let i = 1; i <= 4; i += 1) add(`abl-${i}`, ablautPattern(rng, `abl-${i}`), { kind: 'ablaut', assignable: true });
  for (let i = 1; i <= 4; i += 1) add(`red-${i}`, reduplicationPattern(rng, `red-${i}`), { kind: 'reduplication', assignable: true });
  for (let i = 1; i <= 4; i += 1) {
    add(`case-${i}`, casePattern(rng, `case-${i}`), { kind: 'case', assignable: false });
    add(`decl-${i}`, declensionPattern(rng, `decl-${i}`, `case-${i}`), { kind: 'declension', assignable: true });
  }
  for (let i = 1; i <= 2; i += 1) {
    add(`xp-${i}`, crossPrefixPattern(rng, `xp-${i}`), { kind: 'cross', assignable: true });
    add(`xs-${i}`, crossSuffixPattern(rng, `xs-${i}`), { kind: 'cross', assignable: true });
  }
  for (let i = 1; i <= 2; i += 1) add(`rare-${i}`, rarePattern(rng, `rare-${i}`), { kind: 'rare', assignable: true });
  return out.map((meta, i) => ({ ...meta, pattern: { id: i + 1, name: sources[i]!.name, source: sources[i]!.text } }));
}
