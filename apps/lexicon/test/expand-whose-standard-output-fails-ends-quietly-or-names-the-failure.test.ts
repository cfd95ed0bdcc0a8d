// What `lexicon expand` prints goes to a pipe or a file that may fail: a reader that stops early
// (`lexicon expand ... | head -1`) is a normal end, quiet, exit 0; a write that fails otherwise (a full
// disk, here /dev/full) is said on standard error with exit 1, in this thread and in the bounded worker
// that expands a large dictionary alike: not a silent exit 1, nor an "unexpected error" with exit 70.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLargeDictionary } from '@paradigm/lexicons/bounded-expansion';
import { runExpansionProcess } from '@paradigm/lexicons/testing';

const ENTRY = join(__dirname, '..', 'dist', 'main.js');

describe('lexicon expand whose standard output fails', () => {
  let dir: string;
  let aff: string;
  const dic = { here: '', worker: '' };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lexicon-stdout-'));
    aff = join(dir, 'w.aff');
    writeFileSync(aff, 'SET UTF-8\nSFX A Y 1\nSFX A 0 ed .\n');
    // About 1.1 MB of words: more than a pipe holds, so the writer is still writing when the reader stops.
    const words = Array.from({ length: 50_000 }, (_, i) => `word${i}/A`);
    dic.here = join(dir, 'here.dic');
    writeFileSync(dic.here, `${words.length}\n${words.join('\n')}\n`);
    // The same entries past the size from which the expansion runs in the bounded worker (1 MiB); blank lines are no entries.
    dic.worker = join(dir, 'worker.dic');
    writeFileSync(dic.worker, `${words.length}\n${words.join('\n')}\n${'\n'.repeat(1 << 20)}`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (where: keyof typeof dic, stdout: 'pipe' | number, onFirstOutput?: (stream: NodeJS.ReadableStream & { destroy(): void }) => void) =>
    runExpansionProcess(ENTRY, ['expand', 'hunspell', aff, dic[where]], stdout, onFirstOutput);

  it('expands the small dictionary in this thread and the large one in the worker', () => {
    expect([isLargeDictionary(dic.here), isLargeDictionary(dic.worker)]).toEqual([false, true]);
  });

  for (const where of ['here', 'worker'] as const) {
    describe(where === 'here' ? 'in this thread' : 'in the bounded worker', () => {
      it('a reader that closes the pipe early: exit 0, nothing on standard error', async () => {
        expect(await run(where, 'pipe', (stream) => stream.destroy())).toEqual({ code: 0, stderr: '' });
      });

      it('a write that fails (/dev/full): exit 1, the failure named', async () => {
        const full = openSync('/dev/full', 'w');
        try {
          expect(await run(where, full)).toEqual({
            code: 1,
            stderr: 'lexicon: cannot write to standard output (ENOSPC: no space left on device, write); what was printed is incomplete. Free space or write it elsewhere.\n',
          });
        } finally {
          closeSync(full);
        }
      });
    });
  }
});
