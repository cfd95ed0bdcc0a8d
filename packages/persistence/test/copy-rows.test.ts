import fc from 'fast-check';
import type { FormRows } from '@paradigm/persistence';
import { copyField } from '../src/writers/copy-encoder';
import { CopyRows } from '../src/writers/copy-rows';
import { unnestWriter } from '../src/writers/unnest-writer';

type Row = [number, number, string, string];

function fill(rows: FormRows, data: readonly Row[]): void {
  for (const [lexemeId, patternId, cell, surface] of data) rows.add(lexemeId, patternId, cell, surface);
}

const text = (rows: CopyRows) => Buffer.concat(rows.chunks()).toString('utf8');
/** The same rows encoded the plain way, field by field with `copyField` (position 0, analysis NULL). */
const expected = (data: readonly Row[]) => data.map(([lexemeId, patternId, cell, surface]) => `${lexemeId}\t${patternId}\t${copyField(cell)}\t${copyField(surface)}\t0\t\\N\n`).join('');

describe('CopyRows: COPY text built row by row into buffers', () => {
  it('gives exactly the bytes of field-by-field encoding, escapes and non-Latin scripts included', () => {
    const data: Row[] = [
      [1, 1, 'N;SG', 'tab\there'],
      [2147483647, 0, 'N;PL', 'new\nline\r\\N'],
      [-5, 42, 'tab\tin;cell', 'الكِتَابُ'],
      [7, 3, '', 'e\u0301 किताबें книг 😀'],
    ];
    const rows = new CopyRows();
    fill(rows, data);
    expect(rows.count).toBe(4);
    expect(text(rows)).toBe(expected(data));
  });

  it('gives the UTF-8 bytes Buffer.write gives, lone surrogates as U+FFFD included', () => {
    const data: Row[] = [
      [1, 1, 'N;SG', 'é\ud800x'],
      [2, 1, 'N;PL', '\udc00\ud83d\ude00\ud83d'],
      [3, 1, '\u07ff\u0800\uffff', 'ä\t\\'],
    ];
    const rows = new CopyRows();
    fill(rows, data);
    expect(Buffer.concat(rows.chunks())).toEqual(Buffer.from(expected(data), 'utf8'));
  });

  it('matches field-by-field encoding on arbitrary rows (property)', () => {
    const row = fc.tuple(fc.integer({ min: -2147483648, max: 2147483647 }), fc.integer({ min: 0, max: 100000 }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), (data) => {
        const rows = new CopyRows();
        fill(rows, data);
        expect(text(rows)).toBe(expected(data));
      }),
    );
  });

  it('spreads many rows over 64 KiB buffers without splitting a row', () => {
    const data: Row[] = Array.from({ length: 20000 }, (_, i) => [i, i % 7, 'V;PST;3;SG', `surface-${i}-ū`]);
    const rows = new CopyRows();
    fill(rows, data);
    const chunks = rows.chunks();
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk[chunk.length - 1]).toBe(10);
    expect(text(rows)).toBe(expected(data));
  });

  it('rolls back to the last mark, also when the rows since then filled a buffer', () => {
    const kept: Row[] = Array.from({ length: 100 }, (_, i) => [1, 1, 'N', `kept${i}`]);
    const dropped: Row[] = Array.from({ length: 20000 }, (_, i) => [2, 1, 'N', `dropped${i}`]);
    const after: Row[] = [[3, 1, 'N', 'after']];
    const rows = new CopyRows();
    fill(rows, kept);
    rows.mark();
    fill(rows, dropped);
    expect(rows.chunks().length).toBeGreaterThan(1);
    rows.rollback();
    expect(rows.count).toBe(100);
    fill(rows, after);
    expect(text(rows)).toBe(expected([...kept, ...after]));
  });

  it('rejects ids that are not integers, naming the row', () => {
    const rows = new CopyRows();
    rows.add(1, 1, 'a', 'b');
    expect(() => rows.add(2.5, 1, 'a', 'b')).toThrow('forms row 1: lexemeId must be an integer, got 2.5');
    expect(() => rows.add(2, Number.NaN, 'a', 'b')).toThrow('forms row 1: patternId must be an integer, got NaN');
  });
});

describe('ColumnRows', () => {
  it('keeps rows as columns and rolls back to the last mark', () => {
    const rows = unnestWriter().newRows();
    rows.add(1, 2, 'N', 'a');
    rows.mark();
    rows.add(3, 4, 'V', 'b');
    rows.rollback();
    rows.add(5, 6, 'A', 'c');
    expect([rows.count, rows.lexemeIds, rows.patternIds, rows.cells, rows.surfaces]).toEqual([2, [1, 5], [2, 6], ['N', 'A'], ['a', 'c']]);
  });
});
