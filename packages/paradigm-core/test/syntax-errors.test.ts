import { compilePattern, ParadigmError, PatternSyntaxError } from '@paradigm/core';

function errorOf(source: string, name = 'p'): Pick<PatternSyntaxError, 'line' | 'column' | 'expected' | 'message'> {
  try {
    compilePattern({ id: 1, name, source });
  } catch (error) {
    if (error instanceof PatternSyntaxError) return { line: error.line, column: error.column, expected: error.expected, message: error.message };
    throw error;
  }
  throw new Error('compiled');
}

describe('malformed pattern sources throw PatternSyntaxError naming pattern, line, column and what was expected', () => {
  it.each([
    ['', 1, 1, '"pattern NAME"', 'the source is empty; it needs a "pattern NAME" header'],
    ['rule => X', 1, 1, '"pattern NAME"', 'a pattern starts with its header line "pattern NAME"'],
    ['pattern p shiny', 1, 11, '"cross" or the end of the line', 'unknown pattern flag "shiny"'],
    ['pattern p\nrule suffix +s N;PL', 2, 16, 'template, suffix, prefix, ablaut, redup, gloss or "=>"', 'unknown operation "N;PL"'],
    ['pattern p\nrule suffix +s', 2, 15, '"=>"', 'the rule has no "=>" before its cell'],
    ['pattern p\nrule suffix => X', 2, 13, '-STRIP, +ADD or /COND/', 'suffix needs at least one of -STRIP, +ADD or /COND/'],
    ['pattern p\nrule suffix +s -y => X', 2, 16, 'template, suffix, prefix, ablaut, redup, gloss or "=>"', 'affix arguments go in the order -STRIP +ADD /COND/, each at most once'],
    ['pattern p\nrule suffix + s => X', 2, 14, 'the text to add after "+"', 'expected the text to add after "+", with no space after the sign'],
    ['pattern p\nrule suffix +"s => X', 2, 14, 'a closing "', 'the quoted string is not closed'],
    ['pattern p\nrule suffix +"\\q" => X', 2, 14, 'a JSON string', 'malformed escape in "\\q"'],
    ['pattern p\nrule suffix +s template CaC => X', 2, 16, 'template as the first operation', 'template must be the first operation of its rule'],
    ['pattern p\nrule template kaa => X', 2, 6, 'a skeleton such as C-a-C-a-C', 'the skeleton "kaa" has no slot C; write \\C for a literal C'],
    ['pattern p\nrule template C1aC => X', 2, 6, 'a skeleton such as C-a-C-a-C', 'the skeleton "C1aC" mixes C and C1-style slots; number all slots or none'],
    ['pattern p\nrule template C0aC1 => X', 2, 6, 'a skeleton such as C-a-C-a-C', 'slot C0 in "C0aC1": radicals count from C1'],
    ['pattern p\nrule template C1aC99999999999999999 => X', 2, 6, 'a skeleton such as C-a-C-a-C', 'slot C99999999999999999 in "C1aC99999999999999999": the number is too large for a radical of any root'],
    ['pattern p\nrule redup word => X', 2, 12, 'cv, syllable, radical or total', 'unknown reduplication "word"'],
    ['pattern p\nrule gloss x => X', 2, 12, '"+"', 'expected "+TEXT" after gloss'],
    ['pattern p\nrule => X [sometimes]', 2, 12, 'needaffix, circumfix, LR or RL', 'unknown option "sometimes"'],
    ['pattern p\nrule => X [LR RL]', 2, 15, 'one of LR or RL', 'a rule cannot be both LR and RL'],
    ['pattern p\nrule => X Y', 2, 11, '"> PATTERN", "[OPTION]" or the end of the line', 'unexpected text after the cell'],
    ['pattern p\nrule => X >', 2, 12, 'a pattern name to continue with', 'expected a pattern name to continue with'],
    ['pattern p\nscheme s i>a', 2, 10, '":"', 'expected ":" after the scheme name "s"'],
    ['pattern p\nscheme s: i a', 2, 13, '">"', 'expected ">" after "i" (FROM>TO)'],
    ['pattern p\nscheme s: i>a\nscheme s: e>o', 3, 1, 'a new scheme name', 'the scheme "s" is declared twice'],
    ['pattern p\nvowels: ab', 2, 9, 'one letter per vowel', 'the vowel "ab" is not a single code point after NFC'],
    ['pattern p\nwhatever', 2, 1, 'rule, scheme or vowels:', 'unknown line "whatever"; a line starts with rule, scheme or vowels:'],
    ['pattern p\npattern q', 2, 1, 'rule, scheme or vowels:', 'one source holds one pattern; split this into a second pattern source'],
    ['pattern p cross\nrule suffix +s prefix +x => X', 2, 16, 'suffix', 'prefix mixed with suffix: in a cross pattern every rule uses prefix (or every rule suffix) and gloss only'],
    ['pattern p cross\nrule ablaut s => X\nscheme s: a>b', 2, 6, 'prefix, suffix or gloss', 'ablaut is not allowed here: in a cross pattern every rule uses prefix (or every rule suffix) and gloss only'],
    ['pattern p cross\nrule => X', 2, 1, 'a prefix or suffix operation', 'the rule has no affix: in a cross pattern every rule uses prefix (or every rule suffix) and gloss only'],
  ])('%j', (source, line, column, expected, detail) => {
    expect(errorOf(source)).toEqual({ line, column, expected, message: `pattern "p", line ${line}, column ${column}: ${detail}` });
  });

  it('requires the header name to be the stored name', () => {
    expect(errorOf('pattern q\nrule => X').message).toBe(
      'pattern "p", line 1, column 9: the header names "q" but the pattern is stored as "p"; make them equal',
    );
  });

  it('is a ParadigmError', () => {
    expect(() => compilePattern({ id: 1, name: 'p', source: 'nope' })).toThrow(ParadigmError);
  });
});
