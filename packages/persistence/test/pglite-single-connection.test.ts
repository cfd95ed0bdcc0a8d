import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, migrateToLatest, openDatabase, withConnection } from '@paradigm/persistence';
import { createTestFolder } from '@paradigm/persistence/testing';

describe('pglite: one connection, one instance per folder', () => {
  // A copy of the run's migrated folder: a fresh one runs initdb in WebAssembly, 5-10 s of CPU.
  const dataDir = createTestFolder(__filename);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('a second acquire() waits until the first connection is released', async () => {
    const db = await openDatabase({ dialect: 'pglite', dataDir });
    expect(db.maxConnections).toBe(1);
    const events: string[] = [];
    const first = await db.acquire();
    const second = db.acquire().then((conn) => {
      events.push('second acquired');
      return conn;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    events.push('first releasing');
    first.release();
    (await second).release();
    expect(events).toEqual(['first releasing', 'second acquired']);
    await db.close();
  });

  it('migrations share the one connection: they wait while it is held', async () => {
    const db = await openDatabase({ dialect: 'pglite', dataDir });
    const held = await db.acquire();
    const events: string[] = [];
    const migrated = migrateToLatest(db).then((report) => events.push(`migrated, applied ${report.applied.length}`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    events.push('released');
    held.release();
    await migrated;
    expect(events).toEqual(['released', 'migrated, applied 0']);
    await db.close();
  });

  it('two opens of one folder share one PGlite instance: rows written through one are seen by the other', async () => {
    const a = await openDatabase({ dialect: 'pglite', dataDir });
    const b = await openDatabase({ dialect: 'pglite', dataDir: join(dataDir, '.') });
    expect(b.description).toBe(a.description);
    const formsOf9 = async (db: Database) => (await withConnection(db, (conn) => conn.query('SELECT form FROM forms WHERE lexeme_id = 9'))).rows;
    await withConnection(a, (conn) => conn.query("INSERT INTO forms (lexeme_id, pattern_id, cell, form) VALUES (9, 1, 'X', 'shared')"));
    expect(await formsOf9(b)).toEqual([{ form: 'shared' }]);
    await a.close();
    // Closing one handle leaves the instance open for the other.
    expect(await formsOf9(b)).toEqual([{ form: 'shared' }]);
    await b.close();
  });

  it('a folder held by another live process is refused, naming the pid and the fix', async () => {
    const { writeFileSync } = await import('node:fs');
    const other = mkdtempSync(join(tmpdir(), 'paradigm-locked-'));
    writeFileSync(join(other, 'paradigm.pid'), String(process.ppid));
    await expect(openDatabase({ dialect: 'pglite', dataDir: other })).rejects.toThrow(
      `The PGlite database in ${other} is open in another process (held by process ${process.ppid}, lock file ${join(other, 'paradigm.pid')}); PGlite allows one process at a time. ` +
        'Stop that process, or set DATABASE_URL to use PostgreSQL, which allows many; delete the lock file only if no process uses this folder.',
    );
    rmSync(other, { recursive: true, force: true });
  });
});
