import { copyField } from '../src/writers/copy-encoder';
import { CopyRows } from '../src/writers/copy-rows';

/** A row as `CopyRows.add` takes it: lexeme id, pattern id, cell, surface, position, analysis. */
type Row = [number, number, string, string, number, string | null];

const plain = (data: readonly Row[]) =>
  data.map(([lexemeId, patternId, cell, surface, position, analysis]) => `${lexemeId}\t${patternId}\t${copyField(cell)}\t${copyField(surface)}\t${position}\t${copyField(analysis)}\n`).join('');

function addAll(rows: CopyRows, data: readonly Row[]): void {
  for (const [lexemeId, patternId, cell, surface, position, analysis] of data) rows.add(lexemeId, patternId, cell, surface, position, analysis);
}

const bytes = (rows: CopyRows) => Buffer.concat(rows.chunks());

/** `n` rows of lexeme `id` with plain texts. */
const clean = (id: number, n: number): Row[] => Array.from({ length: n }, (_, i) => [id, 2, `N;SG${i % 3}`, `form${i}ū`, i, null]);

describe('CopyRows: the rows written with a text COPY escapes', () => {
  it('escapes texts that look like rows, wherever they stand among the rows written together', () => {
    // A surface holding a whole row's text: unescaped it would come out as two rows.
    const lookalikes: Row[] = [
      [5, 2, 'N;SG', 'x\t0\t\\N\n5\t2\tN;SG\ty', 0, null],
      [5, 2, 'tab\tcell', '12\t3', 1, 'gloss\t<n>'],
      [5, 2, 'back\\slash\r', 'line\nend', 1023, null],
      [5, 2, '', '\\N', 1024, '\\N'],
    ];
    // Before the rows written together, among them, at their end; before the last mark or after it.
    for (const [at, markAfter] of [[0, true], [100, true], [250, true], [100, false], [252, false]] as const) {
      const before = clean(4, at);
      const after = clean(6, 252 - at);
      const rows = new CopyRows();
      addAll(rows, before);
      rows.mark();
      addAll(rows, lookalikes);
      if (markAfter) rows.mark();
      addAll(rows, after);
      const data = [...before, ...lookalikes, ...after];
      expect(bytes(rows)).toEqual(Buffer.from(plain(data), 'utf8'));
      expect(bytes(rows).toString('utf8').split('\n')).toHaveLength(data.length + 1);
    }
  });

  it('drops escaped rows rolled back, before and after the rows that are kept are written', () => {
    const kept = clean(1, 30);
    const dropped: Row[] = [
      [2, 2, 'N\tPL', 'a\nb', 0, null],
      ...clean(2, 5),
    ];
    const rows = new CopyRows();
    addAll(rows, kept);
    rows.mark();
    addAll(rows, dropped);
    rows.rollback();
    rows.mark();
    const escaped: Row[] = [[3, 2, 'V', 'tab\there', 0, 'x\\y']];
    addAll(rows, escaped);
    rows.mark();
    addAll(rows, dropped);
    rows.rollback();
    expect(rows.count).toBe(31);
    expect(bytes(rows)).toEqual(Buffer.from(plain([...kept, ...escaped]), 'utf8'));
  });

  it('keeps lone surrogates of a cell and the surface after it apart when the rows are escaped', () => {
    const data: Row[] = [
      [1, 1, 'a\ud83d', '\ude00b', 0, null],
      [1, 1, 'tab\t\ud83d', '\ude00', 1, null],
      [1, 1, '\ud83d\ude00', 'ok\r', 2, '\ud83d'],
    ];
    const rows = new CopyRows();
    addAll(rows, data);
    expect(bytes(rows)).toEqual(Buffer.from(plain(data), 'utf8'));
    expect(bytes(rows).toString('utf8').match(/😀/g)).toHaveLength(1);
  });

  it('writes rows of three- and four-byte characters into buffers that hold them whole', () => {
    // Almost three bytes a UTF-16 unit: each row's UTF-8 is nearly three times its text's length.
    const data: Row[] = Array.from({ length: 3000 }, (_, i) => [i % 10, 1, 'किताब'.repeat(8), i % 1000 === 0 ? `😀\t${i}` : `${'ब'.repeat(60)}😀`, 0, null]);
    const rows = new CopyRows();
    addAll(rows, data);
    const chunks = rows.chunks();
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk[chunk.length - 1]).toBe(10);
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(plain(data), 'utf8'));
  });
});
