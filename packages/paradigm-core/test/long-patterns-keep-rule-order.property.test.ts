import fc from 'fast-check';
import { compileGrammar, generateLexeme, type Grammar } from '@paradigm/core';
import { paradigm } from './support/grammar';

// Patterns with many rules skip the rules whose strip or condition rules out the input's last (first)
// letter; the forms must be exactly those of the rules tried one by one, in source order.
const LETTERS = ['a', 'e', 's', 'y', 'é', 'ж', '\u0301', '𝔞', '-'];
const letter = fc.constantFrom(...LETTERS);
const word = (maxLength: number) => fc.array(letter, { maxLength }).map((parts) => parts.join(''));
const atom = fc.oneof(letter.filter((l) => l !== '-' && l !== '\u0301'), fc.constantFrom('.', '[ae]', '[^ae]', '[^y𝔞]', '[a-z]', '\\-'));
const quantifier = fc.constantFrom('', '', '', '?', '*', '+');
const condition = fc.array(fc.tuple(atom, quantifier).map(([a, q]) => a + q), { minLength: 1, maxLength: 3 }).map((items) => `/${items.join('')}/`);
const affix = fc
  .record({ kind: fc.constantFrom('suffix', 'suffix', 'prefix'), strip: fc.option(word(2)), add: word(2), cond: fc.option(condition) })
  .map(({ kind, strip, add, cond }) => [kind, strip ? `-${JSON.stringify(strip)}` : '', `+${JSON.stringify(add)}`, cond ?? ''].filter(Boolean).join(' '));
const ruleText = fc.oneof(
  { weight: 6, arbitrary: affix.map((op) => `rule ${op} => X`) },
  { weight: 1, arbitrary: fc.constant('rule => X') },
  { weight: 1, arbitrary: fc.tuple(affix, affix).map(([a, b]) => `rule ${a} ${b} => Y`) },
);

function compiled(sources: string[]): Grammar {
  const { grammar, errors } = compileGrammar(sources.map((source, k) => ({ id: k + 1, name: `p${k + 1}`, source })));
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join('\n'));
  return grammar;
}

describe('a pattern with many rules', () => {
  it('gives the forms of its rules applied one by one, in source order', () => {
    fc.assert(
      fc.property(fc.array(ruleText, { minLength: 4, maxLength: 12 }), fc.array(word(4), { minLength: 1, maxLength: 6 }), (rules, stems) => {
        const whole = compiled([`pattern p1\n${rules.join('\n')}\n`]);
        const oneByOne = compiled(rules.map((rule, k) => `pattern p${k + 1}\n${rule}\n`));
        const ids = rules.map((_, k) => k + 1);
        for (const stem of stems) {
          const forms = paradigm(whole, { id: 1, lemma: stem, patterns: [1] });
          expect(forms).toEqual(paradigm(oneByOne, { id: 1, lemma: stem, patterns: ids }));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('skips only rules that cannot apply: endings, empty stems and surrogate pairs', () => {
    const grammar = compiled([
      'pattern p1\nrule suffix -y +ies /[^aeiou]y/ => PL\nrule suffix +s /[^sxy]/ => PL\nrule suffix +es /[sx]/ => PL\nrule suffix -"𝔞" +b => B\nrule suffix +"!" /a*/ => E\nrule => SG\n',
    ]);
    const forms = (stem: string) => generateLexeme(grammar, { id: 1, lemma: stem, patterns: [1] }).flatMap((o) => (o.kind === 'forms' ? o.forms.map((f) => `${f.surface} ${f.cell}`) : []));
    expect(forms('city')).toEqual(['cities PL', 'city! E', 'city SG']);
    expect(forms('box')).toEqual(['boxes PL', 'box! E', 'box SG']);
    expect(forms('dog')).toEqual(['dogs PL', 'dog! E', 'dog SG']);
    expect(forms('x𝔞')).toEqual(['x𝔞s PL', 'xb B', 'x𝔞! E', 'x𝔞 SG']);
    expect(forms('')).toEqual(['! E', ' SG']);
  });
});
