import { checkPatternFiles, type CheckProblem } from '@paradigm/core';

const show = (p: CheckProblem): string => `${p.file}:${p.line}:${p.column}: ${p.severity} ${p.code}: ${p.message}`;

describe('checkPatternFiles reports every problem of the files, each with file, line, column and a fix', () => {
  it('reports every error of a file, not only the first, in file order', () => {
    const text = [
      'pattern q',
      'rul suffix +s => X',
      'rule sufix +s => X',
      'rule => X [needafix]',
      'rule ablaut pst => X > r',
      'scheme past: i>a',
      '',
      'pattern r',
      'rule => Y > qq',
    ].join('\n');
    expect(checkPatternFiles([{ file: 'a.patterns', text }]).map(show)).toEqual([
      'a.patterns:2:1: error syntax: unknown line "rul"; did you mean "rule"?',
      'a.patterns:3:6: error syntax: unknown operation "sufix"; did you mean "suffix"?',
      'a.patterns:4:12: error syntax: unknown option "needafix"; did you mean "needaffix"?',
      'a.patterns:5:6: error syntax: unknown ablaut scheme "pst"; declare it with "scheme pst: FROM>TO, ..."; did you mean "past"?',
      'a.patterns:9:13: error unknown-continuation: continues with "qq", which is not among the patterns; add it or fix the name; did you mean "q"?',
    ]);
  });

  it('reports a misspelt first header instead of reading zero patterns', () => {
    const text = '# nouns\npatern p\nrule => N;SG\nrule suffix +s => N;PL\n';
    expect(checkPatternFiles([{ file: 'n.patterns', text }]).map(show)).toEqual([
      'n.patterns:2:1: error stray-line: unknown line "patern" before the first pattern header; did you mean "pattern"? (with the 2 lines after it, it belongs to no pattern)',
    ]);
  });

  it('quotes at most 60 characters of a long unknown line (a binary file, a file without line breaks)', () => {
    const long = 'z'.repeat(1000000);
    expect(checkPatternFiles([{ file: 'l.patterns', text: `${long}\npattern p\n${long}\n` }]).map(show)).toEqual([
      `l.patterns:1:1: error stray-line: unknown line "${'z'.repeat(60)}... (999940 more characters)" before the first pattern header; start a pattern with "pattern NAME", or make the line a # comment`,
      `l.patterns:3:1: error syntax: unknown line "${'z'.repeat(60)}... (999940 more characters)"; a line starts with rule, scheme or vowels:`,
    ]);
  });

  it('refuses a pattern name longer than the database indexes, in UTF-8 bytes, at the name and at a continuation naming it', () => {
    const name = 'ж'.repeat(501); // 1,002 bytes
    const ok = 'ж'.repeat(500); // 1,000 bytes
    const text = `pattern ${name}\nrule => A\n\npattern ${ok}\nrule => B\n\npattern p\nrule => C > ${name}\n`;
    expect(checkPatternFiles([{ file: 'n.patterns', text }]).map(show)).toEqual([
      'n.patterns:1:9: error syntax: the name is 1002 bytes long in UTF-8, longer than the 1000 a pattern name may have (the database indexes names); shorten it',
      'n.patterns:8:13: error syntax: the name is 1002 bytes long in UTF-8, longer than the 1000 a pattern name may have (the database indexes names); shorten it',
    ]);
  });

  it('locates problems in the file each pattern is in, and finds duplicates across files', () => {
    const files = [
      { file: 'a.patterns', text: 'pattern a\nrule => A > b\n' },
      { file: 'b.patterns', text: '\npattern b\nrule => B\n\npattern a\nrule => C\n' },
    ];
    expect(checkPatternFiles(files).map(show)).toEqual([
      'b.patterns:5:1: error duplicate: pattern "a" is defined twice (first at a.patterns:1); rename one of them',
    ]);
  });

  it('checks the lines of a pattern defined a second time, and of one whose header has an unknown flag', () => {
    const text = [
      'pattern noun',
      'rule => N;SG',
      '',
      'pattern noun',
      'rule sufix +s => N;PL',
      '',
      'pattern verb crosss',
      'rule suffix +ed => V;PST',
      'rul => V;PRS',
    ].join('\n');
    expect(checkPatternFiles([{ file: 'd.patterns', text }]).map(show)).toEqual([
      'd.patterns:4:1: error duplicate: pattern "noun" is defined twice (first at d.patterns:1); rename one of them',
      'd.patterns:5:6: error syntax: unknown operation "sufix"; did you mean "suffix"?',
      'd.patterns:7:14: error syntax: unknown pattern flag "crosss"',
      'd.patterns:9:1: error syntax: unknown line "rul"; did you mean "rule"?',
    ]);
  });

  it('reports the cycles and unknown continuations of a pattern that also has syntax errors, in the same check', () => {
    const self = 'pattern p\nrule suffix +s => N;PL > p\nrule bogus\n';
    expect(checkPatternFiles([{ file: 's.patterns', text: self }]).map(show)).toEqual([
      's.patterns:2:26: error cycle: continuations form a cycle p > p; remove one of these continuations',
      's.patterns:3:6: error syntax: unknown operation "bogus"',
    ]);
    const two = 'pattern p\nrule suffix +s => N;PL > q\nrule bogus\n\npattern q\nrule suffix +t => X > p\n\npattern r\nrule bogus\nrule => Y > s\n';
    expect(checkPatternFiles([{ file: 't.patterns', text: two }]).map(show)).toEqual([
      't.patterns:2:26: error cycle: continuations form a cycle p > q > p; remove one of these continuations',
      't.patterns:3:6: error syntax: unknown operation "bogus"',
      't.patterns:6:23: error broken-continuation: continues with "p", which has errors of its own; fix that pattern first',
      't.patterns:6:23: error cycle: continuations form a cycle p > q > p; remove one of these continuations',
      't.patterns:9:6: error syntax: unknown operation "bogus"',
      't.patterns:10:13: error unknown-continuation: continues with "s", which is not among the patterns; add it or fix the name',
    ]);
  });

  it('warns about a rule whose strip its own condition excludes', () => {
    const text = 'pattern p\nrule suffix -y +ies /[^aeiou]e/ => N;PL\nrule prefix -un /[^u]n/ => NEG\nrule suffix -y +ies /[^aeiou]y/ => N;PL\n';
    expect(checkPatternFiles([{ file: 'p.patterns', text }]).map(show)).toEqual([
      'p.patterns:2:6: warning never-matches: this rule never applies: the suffix strips "y" but its condition /[^aeiou]e/ excludes "y" at position 1 from the end; fix the strip or the condition',
      'p.patterns:3:6: warning never-matches: this rule never applies: the prefix strips "un" but its condition /[^u]n/ excludes "u" at position 1 from the start; fix the strip or the condition',
    ]);
  });

  it('warns, given the lexemes, about patterns no lexeme reaches', () => {
    const text = 'pattern verb\nrule => V > person\n\npattern person\nrule suffix +u => 1SG\n\npattern noun\nrule => N\n';
    expect(checkPatternFiles([{ file: 'v.patterns', text }], { lexemes: [{ patterns: ['verb'] }] }).map(show)).toEqual([
      'v.patterns:7:1: warning unused-pattern: no lexeme takes pattern "noun", directly or through a continuation; give it to a lexeme or remove it',
    ]);
    expect(checkPatternFiles([{ file: 'v.patterns', text }])).toEqual([]);
  });
});
