import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestFolder } from '@paradigm/persistence/testing';
import { runParadigm, runParadigmInMountNamespace } from './support/paradigm-process';
import { inFolder } from './support/pglite-folder';

// A --data-dir that cannot be made or written exits 3 naming the cause and the fix: a path under /proc
// (where Node's recursive mkdir never ends); a new folder on a full disk (PGlite's file system error has
// no message of its own), whose staging folder `.paradigm-new` is removed so as not to hold the space;
// a database on a read-only file system, where `chmod` cannot help.
//
// The full and read-only disks are real: a 12 KB tmpfs, and a read-only bind mount, mounted without
// privileges in a user and mount namespace of the command's own (`unshare`); as root without user
// namespaces, in a mount namespace alone.

const cannotOpen = (dataDir: string, why: string): string => `paradigm: cannot open the database: Cannot open the PGlite database in ${dataDir}: ${why}\n`;

describe('paradigm on a PGlite folder that cannot be made or written exits 3 naming the cause', () => {
  const work = mkdtempSync(join(tmpdir(), 'paradigm-folder-not-made-'));
  const env = { DATABASE_URL: '' };
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('run under /proc, which takes no new folders', async () => {
    const ended = await runParadigm(['run', '--data-dir', '/proc/x'], env);
    expect({ code: ended.code, stderr: ended.stderr }).toEqual({
      code: 3,
      stderr: cannotOpen('/proc/x', 'cannot make the folder /proc/x: the file system of /proc does not take new folders; choose a folder on another file system.'),
    });
  });

  it('migrate several levels under /proc, naming the first level', async () => {
    const ended = await runParadigm(['migrate', '--data-dir', '/proc/1/x/y'], env);
    expect({ code: ended.code, stderr: ended.stderr }).toEqual({
      code: 3,
      stderr: cannotOpen('/proc/1/x/y', 'cannot make the folder /proc/1/x: the file system of /proc/1 does not take new folders; choose a folder on another file system.'),
    });
  });

  it('a new folder on a full disk, leaving no staging folder behind', async () => {
    const disk = join(work, 'full');
    mkdirSync(disk);
    const dataDir = join(disk, 'db');
    const ended = await runParadigmInMountNamespace('mount -t tmpfs -o size=12k tmpfs "$DISK"', ['migrate', '--data-dir', dataDir], { ...env, DISK: disk }, 'echo "in db: $(ls -A "$DISK/db")"');
    expect(ended).toEqual({
      code: 3,
      stdout: 'in db: \n',
      stderr: `paradigm: cannot open the database: Cannot make a PGlite database in ${dataDir}: no space left on the device: free space on it, or choose a folder on another disk\n`,
    });
  });

  it('a database on a read-only file system, and a new folder there', async () => {
    const dataDir = createTestFolder(__filename);
    try {
      await inFolder(dataDir, async () => undefined);
      const readOnly = 'mount --bind "$DISK" "$DISK" && mount -o remount,bind,ro "$DISK"';
      const existing = await runParadigmInMountNamespace(readOnly, ['status', '--data-dir', dataDir], { ...env, DISK: dataDir });
      expect({ code: existing.code, stderr: existing.stderr }).toEqual({
        code: 3,
        stderr: cannotOpen(
          dataDir,
          'the file system it is on is mounted read-only, and PGlite writes into its folder even to read. Remount it read-write, or copy the folder to a file system you can write to.',
        ),
      });
      const made = await runParadigmInMountNamespace(readOnly, ['migrate', '--data-dir', join(dataDir, 'new', 'db')], { ...env, DISK: dataDir });
      expect({ code: made.code, stderr: made.stderr }).toEqual({
        code: 3,
        stderr: cannotOpen(
          join(dataDir, 'new', 'db'),
          `cannot make the folder ${join(dataDir, 'new')}: the file system is mounted read-only: remount it read-write, or choose a folder on another file system.`,
        ),
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
