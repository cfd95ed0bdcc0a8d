import fc from 'fast-check';
import type { Lexeme, PatternSource } from '@paradigm/core';

const LETTERS = ['a', 'e', 'i', 'o', 'u', 'k', 't', 'b', 's', 'y', 'é', 'ж', 'क', 'ा', '\u0301', '𝔞'];
const letter = fc.constantFrom(...LETTERS);
const text = (maxLength: number) => fc.array(letter, { maxLength }).map((parts) => parts.join(''));
const quoted = (maxLength: number) => text(maxLength).map((value) => JSON.stringify(value));

const atom = fc.oneof(
  letter.filter((l) => l !== '\u0301'),
  fc.constant('.'),
  fc.constantFrom('[aeiou]', '[^aeiou]', '[a-k]', '[^y]', '[жé𝔞]'),
);
const quantifier = fc.constantFrom('', '', '', '?', '*', '+', '{1,3}', '{2}');
const condition = fc.array(fc.tuple(atom, quantifier).map(([a, q]) => a + q), { minLength: 1, maxLength: 4 }).map((items) => `/${items.join('')}/`);

const affix = (kind: 'suffix' | 'prefix') =>
  fc
    .record({ strip: fc.option(quoted(2)), add: fc.option(quoted(3)), cond: fc.option(condition) })
    .filter(({ strip, add, cond }) => strip !== null || add !== null || cond !== null)
    .map(({ strip, add, cond }) => [kind, strip && `-${strip}`, add && `+${add}`, cond].filter(Boolean).join(' '));

const gloss = quoted(3).map((value) => `gloss +${value}`);
const skeleton = fc
  .array(fc.constantFrom('C', 'a', 'aa', 'u', 'ā', '-', '\\C'), { minLength: 1, maxLength: 6 })
  .map((parts) => (parts.includes('C') ? parts.join('') : `C${parts.join('')}`));
const numberedSkeleton = fc.array(fc.constantFrom('C1', 'C2', 'C3', 'a', 'uu', 'ma'), { minLength: 1, maxLength: 6 }).map((parts) => `C1${parts.join('')}`);

const operation = fc.oneof(
  affix('suffix'),
  affix('prefix'),
  gloss,
  fc.constantFrom('ablaut s1', 'ablaut s2'),
  fc.constantFrom('cv', 'syllable', 'radical', 'total').chain((kind) => fc.constantFrom(`redup ${kind}`, `redup ${kind} suffix`)),
);
// `template S ablaut s1` only where the skeleton has an `a` for the scheme to change (else a compile error).
const template = fc
  .tuple(fc.oneof(skeleton, numberedSkeleton), fc.boolean())
  .map(([skel, ablaut]) => (ablaut && skel.includes('a') ? `template ${skel} ablaut s1` : `template ${skel}`));

const cell = fc.constantFrom('', 'N;SG', 'N;PL', 'V;PST', 'X');
const options = fc.subarray(['needaffix', 'circumfix', 'LR', 'RL'] as const).filter((o) => !(o.includes('LR') && o.includes('RL')));

function rule(ops: fc.Arbitrary<string[]>, laterPatterns: readonly string[]): fc.Arbitrary<string> {
  const continuation = laterPatterns.length === 0 ? fc.constant([] as string[]) : fc.subarray([...laterPatterns], { maxLength: Math.min(2, laterPatterns.length) });
  return fc.tuple(ops, cell, continuation, options).map(([operations, c, next, opts]) =>
    ['rule', ...operations, '=>', c, next.length ? `> ${next.join(' ')}` : '', opts.length ? `[${opts.join(' ')}]` : ''].filter(Boolean).join(' '),
  );
}

function pattern(index: number, count: number): fc.Arbitrary<string> {
  const name = `p${index}`;
  const later = Array.from({ length: count - index - 1 }, (_, k) => `p${index + k + 1}`);
  const plainOps = fc.tuple(fc.option(template, { freq: 4 }), fc.array(operation, { maxLength: 3 })).map(([t, rest]) =>
    // An `ablaut` right after a template belongs to the template (docs/patterns.md), so separate them.
    t ? [t, ...(rest[0]?.startsWith('ablaut') ? ['gloss +""'] : []), ...rest] : rest,
  );
  const crossOps = (side: 'suffix' | 'prefix') => fc.tuple(affix(side), fc.array(fc.oneof(affix(side), gloss), { maxLength: 2 })).map(([first, rest]) => [first, ...rest]);
  const header = [`pattern ${name}`, 'scheme s1: a>o, aa>e, ā>u', 'scheme s2: i>a, e>ø', 'vowels: ā ø'];
  return fc.oneof(
    fc.array(rule(plainOps, later), { minLength: 1, maxLength: 4 }).map((rules) => [...header, ...rules].join('\n')),
    fc.constantFrom('suffix', 'prefix' as const).chain((side) =>
      fc.array(rule(crossOps(side as 'suffix' | 'prefix'), later), { minLength: 1, maxLength: 3 }).map((rules) => [`${header[0]} cross`, ...header.slice(1), ...rules].join('\n')),
    ),
  );
}

/** A valid grammar source: 1-4 patterns; continuations only point forward, so there is no cycle. */
export const patternSources: fc.Arbitrary<PatternSource[]> = fc
  .integer({ min: 1, max: 4 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => pattern(index, count))))
  .map((sources) => sources.map((source, index) => ({ id: index + 1, name: `p${index}`, source })));

/** Lexemes over the same letters, with or without roots, taking some of the patterns (and id 99). */
export const lexemes: fc.Arbitrary<Lexeme[]> = fc.array(
  fc.record({
    lemma: text(8),
    stem: fc.option(text(8), { nil: undefined }),
    root: fc.option(fc.array(fc.constantFrom('k', 't', 'b', 'ж', 'क', ''), { maxLength: 4 }), { nil: undefined }),
    patterns: fc.array(fc.constantFrom(1, 2, 3, 4, 99), { maxLength: 4 }),
  }),
  { minLength: 1, maxLength: 6 },
).map((records) =>
  records.map(({ stem, root, ...rest }, index) => ({ id: index + 1, ...rest, ...(stem !== undefined ? { stem } : {}), ...(root !== undefined ? { root } : {}) })),
);
