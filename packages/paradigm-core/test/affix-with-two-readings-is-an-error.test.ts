import { compilePattern, PatternSyntaxError } from '@paradigm/core';

function errorOf(source: string): string {
  try {
    compilePattern({ id: 1, name: 'p', source });
  } catch (error) {
    if (error instanceof PatternSyntaxError) return error.message;
    throw error;
  }
  return 'compiled';
}

describe('affix text that can be read two ways is an error naming both readings and the fix', () => {
  it('rejects -a+ae (a space missing) instead of a strip that never matches', () => {
    expect(errorOf('pattern p\nrule suffix -a+ae => N;PL')).toBe(
      'pattern "p", line 2, column 15: "-a+ae" can be read two ways: strip "a" and add "ae" (write -a +ae), or strip the text "a+ae" (write -"a+ae")',
    );
    expect(errorOf('pattern p\nrule prefix -un+re => V')).toBe(
      'pattern "p", line 2, column 16: "-un+re" can be read two ways: strip "un" and add "re" (write -un +re), or strip the text "un+re" (write -"un+re")',
    );
  });

  it('accepts both written-out readings', () => {
    expect(errorOf('pattern p\nrule suffix -a +ae => N;PL')).toBe('compiled');
    expect(errorOf('pattern p\nrule suffix -"a+ae" => N;PL')).toBe('compiled');
  });
});
