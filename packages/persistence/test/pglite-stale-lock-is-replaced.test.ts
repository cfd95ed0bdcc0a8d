import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@paradigm/persistence';

/** This process's start time as the lock records it (field 22 of /proc/self/stat). */
const ownStart = () => {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
};

describe('pglite: a lock file left by a process that is gone', () => {
  const stale: Array<[string, () => string]> = [
    // A pid that existed and exited: no such process now.
    ['names a pid that has exited', () => `${spawnSync(process.execPath, ['-e', '']).pid} 12345\n`],
    // This process's pid with another start time: the pid was reused by an unrelated process.
    ['names a running pid whose start time differs (pid reused)', () => `${process.pid} 1\n`],
  ];
  for (const [name, content] of stale) {
    it(`is replaced when it ${name}: the open succeeds and the lock names this process`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'paradigm-stale-'));
      try {
        writeFileSync(join(dir, 'paradigm.pid'), content());
        const db = await openDatabase({ dialect: 'pglite', dataDir: dir, migrate: false });
        expect(readFileSync(join(dir, 'paradigm.pid'), 'utf8')).toBe(`${process.pid} ${ownStart()}\n`);
        await db.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
