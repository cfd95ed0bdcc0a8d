import { copyField, copyTextArray, encodeForms } from '@paradigm/persistence';

describe('COPY text encoder escapes the characters that end fields and rows', () => {
  it('escapes backslash, tab, newline and carriage return, and nothing else', () => {
    expect(copyField('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyField('كَتَبَ नमस्ते ёж e\u0301')).toBe('كَتَبَ नमस्ते ёж e\u0301');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField(null)).toBe('\\N');
  });

  it('writes text arrays as quoted array literals', () => {
    expect(copyTextArray(['k', 't', 'b'])).toBe('{"k","t","b"}');
    expect(copyTextArray(['a"b', 'c\\d', 'e\tf'])).toBe('{"a\\\\"b","c\\\\\\\\d","e\\tf"}');
    expect(copyTextArray(null)).toBe('\\N');
  });

  it('groups rows into chunks of about the requested size, never splitting a row', () => {
    const n = 1000;
    const batch = {
      lexemeIds: Array.from({ length: n }, (_, i) => i),
      patternIds: Array.from({ length: n }, () => 7),
      cells: Array.from({ length: n }, () => 'N;PL'),
      surfaces: Array.from({ length: n }, (_, i) => `form${i}`),
    };
    const chunks = [...encodeForms(batch, 1000)];
    expect(chunks.join('')).toBe(batch.lexemeIds.map((i) => `${i}\t7\tN;PL\tform${i}\t0\t\\N\n`).join(''));
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) expect(chunk.endsWith('\n')).toBe(true);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(1000);
  });

  it('rejects columns of different lengths and non-integer ids, naming the row', () => {
    expect(() => [...encodeForms({ lexemeIds: [1, 2], patternIds: [1], cells: ['a', 'b'], surfaces: ['a', 'b'] })]).toThrow(
      'FormBatch columns differ in length: lexemeIds 2, patternIds 1, cells 2, surfaces 2',
    );
    expect(() => [...encodeForms({ lexemeIds: [1, 2.5], patternIds: [1, 1], cells: ['a', 'b'], surfaces: ['a', 'b'] })]).toThrow(
      'forms row 1: lexemeId must be an integer, got 2.5',
    );
  });
});
