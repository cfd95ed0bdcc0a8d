import { spawn, spawnSync } from 'node:child_process';
import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processStartTime, releaseFolderLock, takeFolderLock } from '../src/connection/pglite/folder-lock';

// Replacing a stale lock happens under a second file, paradigm.pid.takeover, so that of several processes
// that find the same stale lock exactly one replaces it. A process killed (SIGKILL) while it held that
// file left it behind, naming a process that is gone, and every later open was refused ("another process
// replacing the stale lock ... delete it"): a folder no command could open until the user deleted a file
// by hand. Each case writes the files exactly as such a process leaves them (the takeover file is a hard
// link of the killed process's lock draft, `<pid> <start time>`), at each of the three moments it can
// die while holding it, and after a second replacer was killed the same way.

/** A lock line naming a process that has exited: `<pid> <start time>`. */
const gone = () => `${spawnSync(process.execPath, ['-e', '']).pid} 12345\n`;
const LOCK = 'paradigm.pid';
const TAKEOVER = 'paradigm.pid.takeover';

describe('pglite: a process killed while it replaced a stale lock', () => {
  let dir = '';
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'paradigm-takeover-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const mine = () => `${process.pid} ${processStartTime(process.pid)}\n`;
  const write = (name: string, content: string) => writeFileSync(join(dir, name), content);

  const moments: Array<[string, () => void]> = [
    [
      'before it removed the stale lock',
      () => {
        write(LOCK, gone());
        write(TAKEOVER, gone());
      },
    ],
    ['after it removed the stale lock', () => write(TAKEOVER, gone())],
    [
      'after it linked its own lock',
      () => {
        write(TAKEOVER, gone());
        linkSync(join(dir, TAKEOVER), join(dir, LOCK));
      },
    ],
    [
      'before it removed the stale lock, a second replacer killed the same way after it',
      () => {
        write(LOCK, gone());
        const first = gone();
        write(TAKEOVER, first);
        write(`${TAKEOVER}.${first.trim().replace(' ', '-')}`, gone());
      },
    ],
  ];

  for (const [moment, leave] of moments) {
    it(`killed ${moment}: the next process takes the lock, and no takeover file stays`, () => {
      leave();
      takeFolderLock(dir);
      expect({ lock: readFileSync(join(dir, LOCK), 'utf8'), files: readdirSync(dir).sort() }).toEqual({ lock: mine(), files: [LOCK] });
      releaseFolderLock(dir);
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('a takeover file whose process is running still refuses the folder, naming the file', async () => {
    const replacer = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      const pid = replacer.pid!;
      await new Promise((resolve) => replacer.once('spawn', resolve));
      write(LOCK, gone());
      write(TAKEOVER, `${pid} ${processStartTime(pid)}\n`);
      expect(() => takeFolderLock(dir)).toThrow(
        `The PGlite database in ${dir} is open in another process (held by another process replacing the stale lock (${TAKEOVER} exists; delete it if no process is starting on this folder), lock file ${join(dir, LOCK)})`,
      );
    } finally {
      replacer.kill('SIGKILL');
    }
  });
});
