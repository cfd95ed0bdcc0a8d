import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@paradigm/persistence';
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

  it('kysely queries share the one connection: they wait while it is held', async () => {
    const db = await openDatabase({ dialect: 'pglite', dataDir });
    const held = await db.acquire();
    const events: string[] = [];
    const query = db.kysely.selectFrom('forms').select((eb) => eb.fn.countAll<number>().as('n')).execute().then(() => events.push('kysely done'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    events.push('released');
    held.release();
    await query;
    expect(events).toEqual(['released', 'kysely done']);
    await db.close();
  });

  it('two opens of one folder share one PGlite instance: rows written through one are seen by the other', async () => {
    const a = await openDatabase({ dialect: 'pglite', dataDir });
    const b = await openDatabase({ dialect: 'pglite', dataDir: join(dataDir, '.') });
    expect(b.description).toBe(a.description);
    await a.kysely.insertInto('forms').values({ lexeme_id: 9, pattern_id: 1, cell: 'X', form: 'shared' }).execute();
    expect(await b.kysely.selectFrom('forms').select('form').where('lexeme_id', '=', 9).execute()).toEqual([{ form: 'shared' }]);
    await a.close();
    // Closing one handle leaves the instance open for the other.
    expect(await b.kysely.selectFrom('forms').select('form').where('lexeme_id', '=', 9).execute()).toEqual([{ form: 'shared' }]);
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
