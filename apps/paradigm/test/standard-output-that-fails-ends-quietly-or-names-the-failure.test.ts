// What `paradigm` prints goes to a pipe or a file that may fail: a reader that stops early
// (`paradigm expand ... | head -1`) is a normal end, quiet, exit 0; a write that fails otherwise (a full
// disk, here /dev/full) is said on standard error with exit 1, not a silent exit 1 that looks like any
// other problem and leaves a truncated output unexplained.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExpansionProcess } from '@paradigm/lexicons/testing';

const BIN = join(__dirname, '../bin/paradigm.js');

describe('paradigm expand whose standard output fails', () => {
  let dir: string;
  let aff: string;
  let dic: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paradigm-stdout-'));
    aff = join(dir, 'w.aff');
    dic = join(dir, 'w.dic');
    writeFileSync(aff, 'SET UTF-8\nSFX A Y 1\nSFX A 0 ed .\n');
    // About 1.5 MB of words: more than a pipe holds, so the writer is still writing when the reader stops.
    const words = Array.from({ length: 100_000 }, (_, i) => `word${i}/A`);
    writeFileSync(dic, `${words.length}\n${words.join('\n')}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (stdout: 'pipe' | number, onFirstOutput?: (stream: NodeJS.ReadableStream & { destroy(): void }) => void) =>
    runExpansionProcess(BIN, ['expand', 'hunspell', aff, dic], stdout, onFirstOutput);

  it('a reader that closes the pipe early: exit 0, nothing on standard error', async () => {
    expect(await run('pipe', (stream) => stream.destroy())).toEqual({ code: 0, stderr: '' });
  });

  it('a write that fails (/dev/full): exit 1, the failure named', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      expect(await run(full)).toEqual({
        code: 1,
        stderr: 'paradigm: cannot write to standard output (ENOSPC: no space left on device, write); what was printed is incomplete. Free space or write it elsewhere.\n',
      });
    } finally {
      closeSync(full);
    }
  });
});
