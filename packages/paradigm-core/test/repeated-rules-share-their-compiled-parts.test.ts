// An importer derives several patterns from one Hunspell class (hu_HU: 22,000 patterns, 136,000 rules
// of 24,500 written in its .aff), so a grammar meets the same rule many times. Compiled together, an
// affix operation written alike is one object, a rule of one operation keeps one shared list, and the
// rules of a pattern that continue alike share one list of names (positions of its first mention).
import { compileGrammar, generateLexeme } from '@paradigm/core';
import type { PatternProgram } from '../src/compile/compiled-pattern';
import { formsOf, lexeme } from './support/grammar';

const variant = (name: string, next: string) => `pattern ${name}
rule suffix -y +ies /[^aeiou]y/ => N;PL > ${next}
rule suffix +s /[^sxy]/ => N;PL > ${next}
rule suffix +s /y/ => N;PL
rule prefix +s /y/ => X
rule suffix +es /[sxz]/ => N;PL > ${next}`;

describe('repeated rules compiled together', () => {
  const { grammar, errors } = compileGrammar([
    { id: 1, name: 'one', source: variant('one', 'gen') },
    { id: 2, name: 'two', source: variant('two', 'gen poss') },
    { id: 3, name: 'gen', source: `pattern gen\nrule suffix +"'s" => GEN` },
    { id: 4, name: 'poss', source: `pattern poss\nrule suffix +"'" => POSS` },
  ]);
  const one = grammar.pattern(1) as PatternProgram;
  const two = grammar.pattern(2) as PatternProgram;
  const ops = (program: PatternProgram) => program.rules.map((rule) => rule.operations[0]!);

  it('share each affix operation written alike, and no other', () => {
    expect(errors).toEqual([]);
    expect(ops(one).map((op, r) => op === ops(two)[r])).toEqual([true, true, true, true, true]);
    // The same strip and add under another condition, and on the other side, are other operations.
    expect(new Set(ops(one)).size).toBe(5);
    expect(one.rules.map((rule, r) => rule.operations === two.rules[r]!.operations)).toEqual([true, true, true, true, true]);
  });

  it('share the names a pattern continues with, where its first rule wrote them', () => {
    expect(one.rules.map((rule) => rule.continuationNames)).toEqual([
      [{ line: 2, column: 43, name: 'gen' }],
      [{ line: 2, column: 43, name: 'gen' }],
      [],
      [],
      [{ line: 2, column: 43, name: 'gen' }],
    ]);
    expect(one.rules[1]!.continuationNames).toBe(one.rules[0]!.continuationNames);
    expect(two.rules[0]!.continuationNames.map((next) => next.name)).toEqual(['gen', 'poss']);
    expect(two.rules[0]!.continuationNames).not.toBe(one.rules[0]!.continuationNames);
  });

  it('generate what each rule says', () => {
    expect(formsOf(generateLexeme(grammar, lexeme('city', { patterns: [1] }))[0])).toEqual(['cities N;PL', "cities's N;PL;GEN", 'citys N;PL']);
    expect(formsOf(generateLexeme(grammar, lexeme('box', { patterns: [2] }))[0])).toEqual([
      'boxes N;PL',
      "boxes's N;PL;GEN",
      "boxes' N;PL;POSS",
    ]);
  });
});
