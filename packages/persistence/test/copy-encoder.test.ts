import { chunkRows, copyField, copyTextArray } from '../src/writers/copy-encoder';

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

  it('groups encoded rows into chunks of about the requested size, never splitting a row', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `${i}\t7\tN;PL\tform${i}\n`);
    const chunks: string[] = [];
    for await (const chunk of chunkRows(rows, 1000)) chunks.push(chunk);
    expect(chunks.join('')).toBe(rows.join(''));
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) expect(chunk.endsWith('\n')).toBe(true);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(1000);
  });
});
