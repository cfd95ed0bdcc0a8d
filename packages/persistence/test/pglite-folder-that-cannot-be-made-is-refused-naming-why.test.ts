// A --data-dir that cannot be made is refused at once, naming the level that could not be made, why,
// and the fix. Under /proc, Node's recursive mkdir never ends: it goes on between mkdir("/proc/x"),
// which says ENOENT (procfs takes no new folders), and mkdir("/proc"), which says EEXIST. A path below a
// file is named as such, not as a raw ENOTDIR.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@paradigm/persistence';
import { createTestFolder } from '@paradigm/persistence/testing';

describe('pglite: a data folder that cannot be made', () => {
  const work = createTestFolder(__filename, false);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('under /proc, which takes no new folders, is refused naming it', async () => {
    await expect(openDatabase({ dialect: 'pglite', dataDir: '/proc/x', migrate: false })).rejects.toHaveProperty(
      'message',
      'Cannot open the PGlite database in /proc/x: cannot make the folder /proc/x: the file system of /proc does not take new folders; choose a folder on another file system.',
    );
  });

  it('several levels under /proc name the first level that cannot be made', async () => {
    await expect(openDatabase({ dialect: 'pglite', dataDir: '/proc/1/x/y', migrate: false })).rejects.toHaveProperty(
      'message',
      'Cannot open the PGlite database in /proc/1/x/y: cannot make the folder /proc/1/x: the file system of /proc/1 does not take new folders; choose a folder on another file system.',
    );
  });

  it('below a file is refused naming the file, which is left as it was', async () => {
    const file = join(work, 'notes.txt');
    writeFileSync(file, 'mine\n');
    const dataDir = join(file, 'db');
    await expect(openDatabase({ dialect: 'pglite', dataDir, migrate: false })).rejects.toHaveProperty(
      'message',
      `Cannot open the PGlite database in ${dataDir}: cannot make the folder ${file}: it is a file, not a folder; give a folder.`,
    );
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
  });
});
