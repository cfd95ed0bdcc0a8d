import { checkPatternFiles } from '@paradigm/core';

const messages = (text: string) => checkPatternFiles([{ file: 'p.patterns', text }]).map((p) => `${p.line}:${p.column}: ${p.message}`);
const NAMELESS = 'expected a name after "pattern" (letters, digits and _ . : / -); without one the line starts no pattern';

describe('a "pattern" line without a valid name is reported as a header that lacks its name', () => {
  it('as the first line, which was "unknown line "pattern"; did you mean "pattern"?"', () => {
    expect(messages('pattern\nrule => N\n')).toEqual([`1:1: ${NAMELESS} (with the 1 line after it, it belongs to no pattern)`]);
  });

  it('after a pattern, which was "one source holds one pattern; split this into a second pattern source"', () => {
    expect(messages('pattern a\nrule => N\npattern\nrule => M\npattern !b\nrule => X\n')).toEqual([`3:8: ${NAMELESS}`, `5:9: ${NAMELESS}`]);
  });
});
