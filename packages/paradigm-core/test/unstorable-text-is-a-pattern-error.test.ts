import { compileGrammar, compilePattern, generateLexeme, PatternSyntaxError } from '@paradigm/core';

const NUL = 'U+0000 (NUL), which PostgreSQL cannot store in text; remove it';
const half = (hex: string): string =>
  `U+${hex}, half of a surrogate pair without its other half, which is no character (PostgreSQL would store U+FFFD instead); write the whole character, e.g. "\\ud83d\\ude00" or the character itself`;

function errorOf(body: string): Pick<PatternSyntaxError, 'line' | 'column' | 'expected' | 'detail'> {
  try {
    compilePattern({ id: 1, name: 'p', source: `pattern p\n${body}` });
  } catch (error) {
    if (error instanceof PatternSyntaxError) return { line: error.line, column: error.column, expected: error.expected, detail: error.detail };
    throw error;
  }
  throw new Error('compiled');
}

describe('text the server cannot store (NUL, unpaired surrogates) is a pattern error at its line and column', () => {
  it.each([
    ['an added suffix', String.raw`rule suffix +"\u0000x" => X`, 15, `"\\u0000x" spells ${NUL}`],
    ['an added prefix', String.raw`rule prefix +"ab\ud800" => X`, 17, `"ab\\ud800" spells ${half('D800')}`],
    ['a low surrogate alone', String.raw`rule suffix +"a\ude00" => X`, 16, `"a\\ude00" spells ${half('DE00')}`],
    ['a high surrogate after a whole pair', String.raw`rule suffix +"😀\ud800" => X`, 16, `"😀\\ud800" spells ${half('D800')}`],
    ['a stripped text', String.raw`rule suffix -"\u0000" => X`, 15, `"\\u0000" spells ${NUL}`],
    ['a cell', String.raw`rule => "N\u0000"`, 11, `"N\\u0000" spells ${NUL}`],
    ['a gloss', String.raw`rule gloss +"\udfff" => X`, 14, `"\\udfff" spells ${half('DFFF')}`],
    ['a template literal', String.raw`rule template "C-a\u0000-C" => X`, 19, `"C-a\\u0000-C" spells ${NUL}`],
    ['an ablaut replacement', 'rule => X\nscheme s: a>"\\u0000"', 14, `"\\u0000" spells ${NUL}`],
    ['a condition escape', String.raw`rule suffix +x /a\u0000/ => X`, 18, `condition /a\\u0000/: \\u0000 spells ${NUL}`],
    ['a raw NUL in the source', 'rule suffix +x\u0000 => X', 15, `the source holds ${NUL}`],
    ['a raw unpaired surrogate in a comment', 'rule => X # \ud800', 13, `the source holds ${half('D800')}`],
  ])('in %s', (_what, body, column, detail) => {
    expect(errorOf(body)).toEqual({ line: body.startsWith('rule => X\n') ? 3 : 2, column, expected: 'text without U+0000 or unpaired surrogates', detail });
  });

  it('is reported by compileGrammar as a syntax error of that pattern, leaving the others', () => {
    const { grammar, errors } = compileGrammar([
      { id: 1, name: 'bad', source: 'pattern bad\nrule suffix +"\\u0000x" => X' },
      { id: 2, name: 'good', source: 'pattern good\nrule suffix +"\\ud83d\\ude00" => SMILE' },
    ]);
    expect(errors).toEqual([
      { code: 'syntax', patternId: 1, patternName: 'bad', line: 2, column: 15, message: `pattern "bad", line 2, column 15: "\\u0000x" spells ${NUL}` },
    ]);
    const [outcome] = generateLexeme(grammar, { id: 1, lemma: 'hi', patterns: [2] });
    expect(outcome.kind === 'forms' && outcome.forms.map((form) => form.surface)).toEqual(['hi😀']);
  });
});
