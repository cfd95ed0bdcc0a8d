import { withConnection } from '@paradigm/persistence';
import { copyBehindALock, useWordsDatabase } from './support/copy-behind-a-lock';

// A COPY on PostgreSQL takes chunks from its source while the server has not read the earlier ones, up to
// megabytes of them, so that a writer computes its next rows while the server reads: the stream's own
// 16 KiB mark would stop the source at its first chunk. Here the server reads nothing until the table's
// lock goes.
const CHUNKS = 20;
const LINES_PER_CHUNK = 8 * 1024; // 16 KiB of "w\n"

describe('postgres: a COPY whose server has not started reading', () => {
  const database = useWordsDatabase(__filename);

  it('takes every chunk of a source of 320 KiB from it at once, then writes them all', async () => {
    let pulled = 0;
    const chunk = Buffer.from('w\n'.repeat(LINES_PER_CHUNK));
    const source = (function* () {
      for (; pulled < CHUNKS; ) {
        pulled += 1;
        yield chunk;
      }
    })();
    await copyBehindALock(
      database(),
      (held) => held.copyFrom('COPY words (word) FROM STDIN', source),
      async ({ copied, locker }) => {
        for (let turn = 0; turn < 10; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
        expect(pulled).toBe(CHUNKS);
        await locker.query('ROLLBACK');
        expect(await copied).toBe(CHUNKS * LINES_PER_CHUNK);
      },
    );
    const count = await withConnection(database(), (conn) => conn.query<{ n: number }>('SELECT count(*)::int AS n FROM words'));
    expect(count.rows).toEqual([{ n: CHUNKS * LINES_PER_CHUNK }]);
  });
});
