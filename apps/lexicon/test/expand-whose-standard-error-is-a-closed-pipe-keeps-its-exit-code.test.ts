// `lexicon expand ... 2>&1 | head -1`: the reader of standard error stops early, and the warnings after
// that are lost, not the command's outcome: the words are all printed and the exit code is 0, as with
// standard error open.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWithStandardError } from '@paradigm/lexicons/testing';

const ENTRY = join(__dirname, '..', 'dist', 'main.js');

describe('lexicon expand whose standard error is a closed pipe', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-stderr-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints every word and exits 0, its warning lost', async () => {
    const aff = join(dir, 'w.aff');
    const dic = join(dir, 'w.dic');
    writeFileSync(aff, 'SET UTF-8\nSFX A Y 1\nSFX A 0 ed .\n');
    // B is no class: a warning on standard error.
    writeFileSync(dic, '2\nwalk/AB\ntalk/A\n');
    expect(await runWithStandardError(ENTRY, ['expand', 'hunspell', aff, dic], {}, 'closed')).toEqual({ code: 0, stdout: 'walk\nwalked\ntalk\ntalked\n' });
  });
});
