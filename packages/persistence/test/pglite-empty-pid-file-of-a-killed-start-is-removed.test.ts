import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, withConnection } from '@paradigm/persistence';

// A process killed as PGlite started, after PostgreSQL made its lock file and before it wrote its pid
// in it, leaves an empty postmaster.pid; PostgreSQL refuses to start on it ("lock file is empty"), so
// every later open failed with "not a readable database". The soak met it: a `run` killed while it
// reopened a folder that a killed `load --replace` had left.
describe('pglite: an empty postmaster.pid in a database folder', () => {
  it('is removed as the folder is opened: the database opens with its rows, and closes without one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paradigm-empty-pid-'));
    try {
      const made = await openDatabase({ dialect: 'pglite', dataDir: dir, migrate: false });
      await withConnection(made, (conn) => conn.query("CREATE TABLE kept (word text); INSERT INTO kept VALUES ('katab')"));
      await made.close();
      expect(existsSync(join(dir, 'postmaster.pid'))).toBe(false);
      writeFileSync(join(dir, 'postmaster.pid'), '');

      const db = await openDatabase({ dialect: 'pglite', dataDir: dir, migrate: false });
      const rows = await withConnection(db, async (conn) => (await conn.query<{ word: string }>('SELECT word FROM kept')).rows);
      await db.close();
      expect(rows).toEqual([{ word: 'katab' }]);
      expect(existsSync(join(dir, 'postmaster.pid'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
