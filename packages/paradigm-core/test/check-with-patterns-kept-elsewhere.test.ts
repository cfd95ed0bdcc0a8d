import { checkPatternFiles } from '@paradigm/core';

const STORED = [
  { name: 'b', source: 'pattern b\nrule suffix +y => N;PL > a\n' },
  { name: 'broken', source: 'pattern broken\nrule sufix +z => X\n' },
];

describe('checkPatternFiles with patterns kept elsewhere (besides)', () => {
  it('knows a continuation into one, and reports none of their own problems', () => {
    const files = [{ file: 'a.patterns', text: 'pattern a\nrule suffix +x => N;SG\n\npattern c\nrule suffix +w => N;DU > b\n' }];
    expect(checkPatternFiles(files)).toEqual([expect.objectContaining({ code: 'unknown-continuation', file: 'a.patterns', line: 5 })]);
    expect(checkPatternFiles(files, { besides: STORED })).toEqual([]);
  });

  it('reports a cycle closed through one at the file\'s own pattern', () => {
    const files = [{ file: 'a.patterns', text: 'pattern a\nrule suffix +x => N;SG > b\n' }];
    expect(checkPatternFiles(files, { besides: STORED }).map((p) => `${p.file}:${p.line}:${p.column} ${p.code}: ${p.message}`)).toEqual([
      'a.patterns:2:26 cycle: continuations form a cycle a > b > a; remove one of these continuations',
    ]);
  });

  it('lets a file\'s pattern replace the one of its name', () => {
    const files = [{ file: 'b.patterns', text: 'pattern b\nrule suffix +y => N;PL\n' }];
    expect(checkPatternFiles(files, { besides: STORED })).toEqual([]);
  });
});
