import { splitPatternFile } from '@paradigm/core';

describe('splitPatternFile cuts a .patterns file into one source per header', () => {
  it('numbers patterns from firstId and records each header line', () => {
    const text = '# file comment\n\npattern a\nrule => X\n\npattern b cross\n  # b rules\nrule prefix +x => Y\n';
    expect(splitPatternFile(text, 5)).toEqual([
      { id: 5, name: 'a', source: 'pattern a\nrule => X\n', line: 3 },
      { id: 6, name: 'b', source: 'pattern b cross\n  # b rules\nrule prefix +x => Y\n', line: 6 },
    ]);
  });
});
