import { patternKind } from '../src/micro/pattern-kind';

const kind = (source: string) => patternKind({ id: 1, name: 'p', source });

describe('patternKind', () => {
  it('names each kind of docs/patterns.md from the rules, the most specific operation first', () => {
    expect([
      kind('pattern a\nrule template C-a-C-a-C => V;PST'),
      kind('pattern a\nrule template C-a-C-a-C ablaut s => V;PST\nscheme s: a>i'),
      kind('pattern a\nrule redup cv => N;PL'),
      kind('pattern a\nscheme past: i>a\nrule ablaut past => V;PST'),
      kind('pattern a\nrule suffix +s => N;PL > case'),
      kind('pattern a\nrule suffix -y +ies /[^aeiou]y/ => N;PL'),
      kind('pattern a cross\nrule prefix +un => NEG [circumfix]'),
      kind('pattern a\nrule => V;INF'),
    ]).toEqual(['template', 'template', 'reduplication', 'ablaut', 'continuation', 'affix', 'affix', 'affix']);
  });
});
