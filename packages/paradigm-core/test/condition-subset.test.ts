import { compilePattern, PatternSyntaxError } from '@paradigm/core';

function compileError(condition: string): { line: number; column: number; message: string } {
  try {
    compilePattern({ id: 1, name: 'p', source: `pattern p\n# a comment\nrule suffix +s /${condition}/ => X` });
  } catch (error) {
    if (error instanceof PatternSyntaxError) return { line: error.line, column: error.column, message: error.detail };
    throw error;
  }
  throw new Error(`/${condition}/ compiled`);
}

describe('conditions outside the safe subset are syntax errors with line and column', () => {
  it.each([
    ['(a+)+', 17, 'condition /(a+)+/: groups and look-around are not allowed in conditions'],
    ['a|b', 18, 'condition /a|b/: alternation (|) is not allowed in conditions; use a class [ab]'],
    ['(a)\\1', 17, 'condition /(a)\\1/: groups and look-around are not allowed in conditions'],
    ['a\\1', 18, 'condition /a\\1/: back-references are not allowed in conditions'],
    ['a(?=b)', 18, 'condition /a(?=b)/: groups and look-around are not allowed in conditions'],
    ['a+*', 19, 'condition /a+*/: a quantifier cannot follow a quantifier (nested or lazy repetition)'],
    ['a*?', 19, 'condition /a*?/: a quantifier cannot follow a quantifier (nested or lazy repetition)'],
    ['a{2}+', 21, 'condition /a{2}+/: a quantifier cannot follow a quantifier (nested or lazy repetition)'],
    ['*a', 17, 'condition /*a/: the quantifier * has nothing to repeat'],
    ['a$', 18, 'condition /a$/: conditions are anchored already; remove the $'],
    ['\\d', 17, 'condition /\\d/: the escape \\d is not supported; write a class such as [0-9] instead'],
    ['[abc', 16, 'the condition ends inside a class [; close it with ]'],
    ['[]', 17, 'condition /[]/: the class [] is empty'],
    ['[z-a]', 19, 'condition /[z-a]/: the range is reversed'],
    ['a{3,2}', 18, 'condition /a{3,2}/: the repetition {3,2} has max below min'],
    ['a{1,1000}', 18, 'condition /a{1,1000}/: the repetition {1,1000} is too large'],
  ])('/%s/', (condition, column, message) => {
    expect(compileError(condition)).toEqual({ line: 3, column, message });
  });

  it('accepts literals, dot, classes, ranges, escapes and quantifiers on single atoms', () => {
    expect(() => compilePattern({ id: 1, name: 'p', source: 'pattern p\nrule suffix +s /[^aeiou]\\.x?y*[a-z]+.{1,3}\\u00e9\\//  => X' })).not.toThrow();
  });
});
