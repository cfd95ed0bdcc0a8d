// A PGlite folder whose files are damaged (a pg_control overwritten, a catalog file cut short) or
// written by another PGlite is refused saying plainly that the folder is not a readable database, with
// the reason in one clause, and advice that keeps the data: move it aside or restore a backup. Before,
// the message quoted the WebAssembly runtime ("Aborted(). Build with -sASSERTIONS for more info.") and
// advised deleting the folder, which may hold the only copy of a lexicon.
import { existsSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, withConnection } from '@paradigm/persistence';
import { createTestFolder } from '@paradigm/persistence/testing';

const unreadable = (dataDir: string, reason: string) =>
  `The folder ${dataDir} is not a readable database: it is damaged, or was written by another version of PGlite (${reason}). ` +
  'Move it aside or restore it from a backup, then run the command again (a folder that does not exist gets a new, empty database); ' +
  'or set DATABASE_URL to use PostgreSQL.';

const DAMAGES: readonly (readonly [string, (dataDir: string) => void, string])[] = [
  ['garbage written over global/pg_control', (dataDir) => writeFileSync(join(dataDir, 'global', 'pg_control'), Buffer.alloc(8192, 0x5a)), 'PGlite failed to initialize properly'],
  // pg_class of the database PGlite opens (postgres, OID 5): the runtime aborts reading it.
  ['a catalog file under base/ cut short', (dataDir) => truncateSync(join(dataDir, 'base', '5', '1259'), 100), 'PGlite stopped reading its files'],
  ['PG_VERSION of another PostgreSQL', (dataDir) => writeFileSync(join(dataDir, 'PG_VERSION'), '15\n'), 'PGlite failed to initialize properly'],
];

describe('pglite: a damaged data folder', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it.each(DAMAGES)('%s: refused as not a readable database, every time, and left in place', async (_name, damage, reason) => {
    const dataDir = createTestFolder(__filename);
    folders.push(dataDir, `${dataDir}.damaged`);
    damage(dataDir);
    // Twice: the failed open let go of the folder's lock (the second is not refused as held).
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(openDatabase({ dialect: 'pglite', dataDir, migrate: false })).rejects.toHaveProperty('message', unreadable(dataDir, reason));
    }
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);

    // The advice works: moved aside, the folder's path gets a new database, and the damaged one is kept.
    renameSync(dataDir, `${dataDir}.damaged`);
    const fresh = await openDatabase({ dialect: 'pglite', dataDir });
    try {
      expect((await withConnection(fresh, (conn) => conn.query<{ n: number }>('SELECT count(*)::int AS n FROM lexemes'))).rows).toEqual([{ n: 0 }]);
    } finally {
      await fresh.close();
    }
    expect(existsSync(join(`${dataDir}.damaged`, 'PG_VERSION'))).toBe(true);
  });
});
