import { copyField } from '../src/writers/copy-encoder';
import { COPY_BUFFER_BYTES, CopyBufferPool } from '../src/writers/copy-buffer-pool';
import { CopyRows } from '../src/writers/copy-rows';

type Row = [number, number, string, string];

const expected = (data: readonly Row[]) => data.map(([lexemeId, patternId, cell, surface]) => `${lexemeId}\t${patternId}\t${copyField(cell)}\t${copyField(surface)}\t0\t\\N\n`).join('');

function filled(pool: CopyBufferPool, data: readonly Row[]): CopyRows {
  const rows = new CopyRows(pool);
  for (const [lexemeId, patternId, cell, surface] of data) rows.add(lexemeId, patternId, cell, surface);
  return rows;
}

/** Rows of about 200 characters, as Hunspell gl_ES's (its cells hold the entries' morphological fields). */
function longRows(count: number, tag: string): Row[] {
  return Array.from({ length: count }, (_, i) => [i + 1, 3, `po:verbo is:ngrama_${tag}_${'x'.repeat(150)}`, `forma-${tag}-${i}-ñ`]);
}

describe('CopyRows with a CopyBufferPool', () => {
  it('writes long rows into 64 KiB buffers only, which the next rows take again once recycled', () => {
    const pool = new CopyBufferPool();
    const first = longRows(3000, 'a');
    const rows = filled(pool, first);
    const chunks = rows.chunks();
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected(first));
    // Every chunk is a view of a whole pool buffer, never one allocated for a write's rows alone.
    for (const chunk of chunks) expect(chunk.buffer.byteLength).toBe(COPY_BUFFER_BYTES);
    const used = new Set(chunks.map((chunk) => chunk.buffer));

    rows.recycle();
    expect(() => rows.chunks()).toThrow('these COPY rows were recycled: their buffers hold other rows now');

    const second = longRows(3000, 'b');
    const again = filled(pool, second);
    const reused = again.chunks();
    expect(Buffer.concat(reused).toString('utf8')).toBe(expected(second));
    // As many buffers as before, all given back by the first rows: theirs, or the one they encoded
    // their texts in (which may come back as one of these).
    expect(reused.length).toBe(chunks.length);
    expect(reused.filter((chunk) => !used.has(chunk.buffer)).length).toBeLessThanOrEqual(1);
  });

  it('leaves a row longer than a buffer to a buffer of its own, and keeps it out of the pool', () => {
    const pool = new CopyBufferPool();
    const data: Row[] = [[1, 1, 'N;SG', 'y'.repeat(100_000)], [2, 1, 'N;PL', 'z']];
    const rows = filled(pool, data);
    const chunks = rows.chunks();
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected(data));
    const big = chunks.find((chunk) => chunk.buffer.byteLength > COPY_BUFFER_BYTES)!;
    rows.recycle();
    const next = new CopyRows(pool);
    next.add(3, 1, 'N;SG', 'w');
    expect(next.chunks().every((chunk) => chunk.buffer !== big.buffer)).toBe(true);
  });

  it('gives the pool the buffers a rollback drops, so that the rows after it take them again', () => {
    const pool = new CopyBufferPool();
    const kept = longRows(100, 'k');
    const rows = filled(pool, kept);
    rows.mark();
    // A lexeme that fails after filling several buffers (past the form limit, say).
    const take = pool.take.bind(pool);
    const dropped = new Set<ArrayBufferLike>();
    pool.take = () => {
      const buffer = take();
      dropped.add(buffer.buffer);
      return buffer;
    };
    for (const [lexemeId, patternId, cell, surface] of longRows(3000, 'f')) rows.add(lexemeId, patternId, cell, surface);
    pool.take = take;
    expect(dropped.size).toBeGreaterThan(5);
    rows.rollback();

    const after = longRows(3000, 'n');
    for (const [lexemeId, patternId, cell, surface] of after) rows.add(lexemeId, patternId, cell, surface);
    const chunks = rows.chunks();
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected([...kept, ...after]));
    // The rows after the rollback filled the buffers it dropped, not new ones (but perhaps the one
    // they encoded their texts in).
    expect(chunks.slice(1).filter((chunk) => !dropped.has(chunk.buffer)).length).toBeLessThanOrEqual(1);
  });
});
