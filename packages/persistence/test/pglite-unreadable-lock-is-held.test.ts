import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@paradigm/persistence';

describe('pglite: a lock file that names no process', () => {
  // Empty is what a competitor sees between another process creating a lock file and writing its pid:
  // calling that stale let two processes open one folder.
  for (const [name, content] of [['empty', ''], ['not a pid', 'garbage\n'], ['pid 0', '0\n']]) {
    it(`(${name}) is treated as held: the open is refused naming the folder and the fix, and the file is left`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'paradigm-unreadable-'));
      const lock = join(dir, 'paradigm.pid');
      try {
        writeFileSync(lock, content);
        await expect(openDatabase({ dialect: 'pglite', dataDir: dir, migrate: false })).rejects.toThrow(
          `The PGlite database in ${dir} is open in another process (held by an unreadable lock file (empty or damaged), lock file ${lock}); PGlite allows one process at a time. ` +
            'Stop that process, or set DATABASE_URL to use PostgreSQL, which allows many; delete the lock file only if no process uses this folder.',
        );
        expect(readFileSync(lock, 'utf8')).toBe(content);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
