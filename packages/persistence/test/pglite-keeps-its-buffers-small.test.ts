import { withConnection } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';

describe('the embedded PGlite database', () => {
  it('runs with 16 MB of shared buffers (they are process memory), not PGlite’s 128 MB default', async () => {
    const db = await createTestDatabase('pglite', __filename);
    try {
      const rows = await withConnection(db, async (conn) => (await conn.query<{ shared_buffers: string }>('SHOW shared_buffers')).rows);
      expect(rows).toEqual([{ shared_buffers: '16MB' }]);
    } finally {
      await db.close();
    }
  });
});
