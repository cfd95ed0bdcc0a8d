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

/** A row with every column, as `FormRows.add` takes it. */
type FullRow = [number, number, string, string, number, string | null];

/** The plain encoding of full rows, field by field. */
const plain = (data: readonly FullRow[]) =>
  data.map(([lexemeId, patternId, cell, surface, position, analysis]) => `${lexemeId}\t${patternId}\t${copyField(cell)}\t${copyField(surface)}\t${position}\t${copyField(analysis)}\n`).join('');

function addAll(rows: CopyRows, data: readonly FullRow[]): void {
  for (const [lexemeId, patternId, cell, surface, position, analysis] of data) rows.add(lexemeId, patternId, cell, surface, position, analysis);
}

describe('CopyRows: the rows of a lexeme written together', () => {
  it('escapes the one surface of a lexeme that needs it, and cells equal but made apart', () => {
    // Cells built at run time: equal texts that are different strings, as generation joins them.
    const cells = ['N;SG', 'tab\tcell', 'back\\slash', '', 'é;ß', 'line\nend\r'];
    const data: FullRow[] = [];
    for (let i = 0; i < 300; i++) {
      const surface = i === 150 ? 'a\tb' : i === 200 ? 'c\\d\re\nf\\N' : i === 250 ? '' : `w${i}`;
      const cell = cells[i % cells.length]!;
      data.push([7, 3, cell.slice(0, 1) + cell.slice(1), surface, i, null]);
    }
    const clean: FullRow[] = data.slice(0, 100).map(([, , cell, surface, position]) => [8, 3, cell, surface, position, null]);
    const rows = new CopyRows();
    rows.mark();
    addAll(rows, data);
    rows.mark();
    addAll(rows, clean);
    expect(text(rows)).toBe(plain([...data, ...clean]));
    expect(text(rows)).toContain('\n7\t3\tN;SG\ta\\tb\t150\t\\N\n7\t3\ttab\\tcell\tw151\t151\t\\N\n');
  });

  it('writes positions past those kept as text, negative ones, and analyses: escaped, empty, non-ASCII, NULL', () => {
    const data: FullRow[] = [
      [1, 2, 'V', 'x', 0, null],
      [1, 2, 'V', 'x', 1023, 'tab\there'],
      [1, 2, 'V', 'x', 1024, ''],
      [1, 2, 'V', 'x', 5000, null],
      [1, 2, 'V', 'x', 5000, 'ü\\'],
      [1, 5, 'V', 'x', -3, null],
      [2, 5, 'V', 'x', 7, null],
      [-2147483648, 0, 'V', 'x', 2147483647, '\\N'],
    ];
    // The next lexeme's rows, without analyses, take the places of these in the pending rows.
    const next: FullRow[] = data.map(([, , cell, surface, position]) => [3, 5, cell, surface, position, null]);
    const rows = new CopyRows();
    addAll(rows, data);
    rows.mark();
    addAll(rows, next);
    expect(text(rows)).toBe(plain([...data, ...next]));
    expect(text(rows).slice(0, plain(data).length)).toBe(
      '1\t2\tV\tx\t0\t\\N\n1\t2\tV\tx\t1023\ttab\\there\n1\t2\tV\tx\t1024\t\n1\t2\tV\tx\t5000\t\\N\n1\t2\tV\tx\t5000\tü\\\\\n' +
        '1\t5\tV\tx\t-3\t\\N\n2\t5\tV\tx\t7\t\\N\n-2147483648\t0\tV\tx\t2147483647\t\\\\N\n',
    );
  });

  it('keeps lone surrogates of neighbouring fields and rows apart, each U+FFFD', () => {
    const data: FullRow[] = [
      [1, 1, 'a\ud83d', '\ude00b\ud83d', 0, '\ude00'],
      [1, 1, '\ude00', 'c', 1, '\ud83d'],
      [1, 1, '\ude00\ud83d', '\ude00', 2, null],
    ];
    const rows = new CopyRows();
    addAll(rows, data);
    expect(Buffer.concat(rows.chunks())).toEqual(Buffer.from(plain(data), 'utf8'));
    expect(text(rows)).not.toContain('😀');
  });

  it('writes a lexeme of more rows than one write takes, and rolls it back whole', () => {
    const big: FullRow[] = Array.from({ length: 5000 }, (_, i) => [9, 1, `C${i % 13}`, i === 4999 ? 'last\tone' : `s${i}ū`, i, null]);
    const rows = new CopyRows();
    addAll(rows, big.slice(0, 10));
    rows.mark();
    addAll(rows, big);
    expect(text(rows)).toBe(plain([...big.slice(0, 10), ...big]));
    rows.rollback();
    expect(rows.count).toBe(10);
    expect(text(rows)).toBe(plain(big.slice(0, 10)));
  });

  it('matches the plain encoding with marks and rollbacks between lexemes (property)', () => {
    const text16 = fc.string({ unit: 'binary', maxLength: 12 });
    const field = fc.oneof(text16, fc.constantFrom('', '\t', '\\', '\n', '\r', 'é', 'N;SG'));
    const row = fc.tuple(fc.integer({ min: 0, max: 3 }), field, field, fc.integer({ min: 0, max: 1100 }), fc.option(field));
    const lexeme = fc.record({ rows: fc.array(row, { maxLength: 40 }), rolledBack: fc.boolean() });
    fc.assert(
      fc.property(fc.array(lexeme, { maxLength: 30 }), (lexemes) => {
        const rows = new CopyRows();
        const kept: FullRow[] = [];
        lexemes.forEach((entry, id) => {
          const data = entry.rows.map(([patternId, cell, surface, position, analysis]): FullRow => [id, patternId, cell, surface, position, analysis]);
          rows.mark();
          addAll(rows, data);
          if (entry.rolledBack) rows.rollback();
          else kept.push(...data);
        });
        expect(rows.count).toBe(kept.length);
        expect(Buffer.concat(rows.chunks())).toEqual(Buffer.from(plain(kept), 'utf8'));
      }),
      { numRuns: 400 },
    );
  });

  it('rejects a position that is not an integer, naming the row', () => {
    const rows = new CopyRows();
    rows.add(1, 1, 'a', 'b', 0);
    expect(() => rows.add(1, 1, 'a', 'b', 1.5)).toThrow('forms row 1: position must be an integer, got 1.5');
    expect(() => rows.add(1, 1, 'a', 'b', Number.NaN, 'x')).toThrow('forms row 1: position must be an integer, got NaN');
    expect(text(rows)).toBe('1\t1\ta\tb\t0\t\\N\n');
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
