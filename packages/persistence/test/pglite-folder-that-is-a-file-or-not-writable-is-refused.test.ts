// A --data-dir that is a file, or a folder without write permission (a database folder made read-only,
// a folder of another user), is refused naming the cause and the fix. Before, a file gave "EEXIST: file
// already exists, mkdir ...", and a read-only folder (as root too: PGlite checks the permission bits
// itself) "PGlite failed to initialize properly. If the folder is damaged, delete it", advice that would
// throw away a database that was whole. The database in it is left as it was.
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, withConnection } from '@paradigm/persistence';
import { createTestFolder } from '@paradigm/persistence/testing';

describe('pglite: a data folder that is a file, or that is not writable', () => {
  const work = createTestFolder(__filename, false);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('a file is refused, naming it, and left as it was', async () => {
    const dataDir = join(work, 'notes.txt');
    writeFileSync(dataDir, 'mine\n');
    await expect(openDatabase({ dialect: 'pglite', dataDir, migrate: false })).rejects.toThrow(
      new Error(`Cannot open the PGlite database in ${dataDir}: it is a file, not a folder. Give a folder for the database (a new or empty one gets a new database).`),
    );
    expect(readFileSync(dataDir, 'utf8')).toBe('mine\n');
  });

  it('a database folder without write permission is refused with the fix; made writable again, it opens with its data', async () => {
    const dataDir = join(work, 'db');
    const db = await openDatabase({ dialect: 'pglite', dataDir, migrate: false });
    await withConnection(db, (conn) => conn.query("CREATE TABLE kept (word text); INSERT INTO kept VALUES ('here')"));
    await db.close();

    chmodSync(dataDir, 0o555);
    try {
      await expect(openDatabase({ dialect: 'pglite', dataDir, migrate: false })).rejects.toThrow(
        new Error(
          `Cannot open the PGlite database in ${dataDir}: the folder is not writable (mode 555), and PGlite writes into its folder even to read. ` +
            'Make it writable (chmod u+w), or copy it to a folder you can write to.',
        ),
      );
    } finally {
      chmodSync(dataDir, 0o755);
    }
    const reopened = await openDatabase({ dialect: 'pglite', dataDir, migrate: false });
    try {
      expect((await withConnection(reopened, (conn) => conn.query('SELECT word FROM kept'))).rows).toEqual([{ word: 'here' }]);
    } finally {
      await reopened.close();
    }
  });
});
