// A folder that holds no database but other files is refused, naming the folder and its files, and
// left as it was; before, PGlite wrote the database among them. A folder holding only what a killed
// process of this package left (its lock file and the folder a database is made in) is not refused.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@paradigm/persistence';
import { createTestFolder } from '@paradigm/persistence/testing';

describe('pglite: a folder that holds other files and no database', () => {
  const work = createTestFolder(__filename, false);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is refused, naming the folder and its first three files, and left as it was', async () => {
    const dataDir = join(work, 'notes');
    mkdirSync(join(dataDir, 'drafts'), { recursive: true });
    for (const name of ['b.txt', 'a.txt', 'c.txt']) writeFileSync(join(dataDir, name), name);
    await expect(openDatabase({ dialect: 'pglite', dataDir, migrate: false })).rejects.toThrow(
      new Error(`Cannot make a PGlite database in ${dataDir}: the folder holds files that are not a database (a.txt, b.txt, c.txt, and 1 more). Give a new or empty folder for the database, or move those files out.`),
    );
    expect(readdirSync(dataDir).sort()).toEqual(['a.txt', 'b.txt', 'c.txt', 'drafts']);
    expect(readFileSync(join(dataDir, 'a.txt'), 'utf8')).toBe('a.txt');
  });

  // The lock draft of the killed process goes too: the lock's holder removes those of processes that are gone.
  it('holding only a lock and a half-made database of a killed process, it is made', async () => {
    const dataDir = join(work, 'left');
    mkdirSync(join(dataDir, '.paradigm-new', 'base'), { recursive: true });
    writeFileSync(join(dataDir, '.paradigm-new', 'PG_VERSION'), '17\n');
    writeFileSync(join(dataDir, 'paradigm.pid'), '999999999 1\n');
    writeFileSync(join(dataDir, 'paradigm.pid.999999999.1.tmp'), '999999999 1\n');
    const db = await openDatabase({ dialect: 'pglite', dataDir, migrate: false });
    await db.close();
    expect(readdirSync(dataDir).filter((name) => name.startsWith('.') || name.startsWith('paradigm.') || name === 'PG_VERSION')).toEqual(['PG_VERSION']);
  });
});
