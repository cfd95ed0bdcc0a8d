// `lexicon expand ... 2>&1 | head -1`: the reader of standard error stops early, and the warnings after
// that are lost, not the command's outcome: the words are all printed and the exit code is 0, as with
// standard error open.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENTRY = join(__dirname, '..', 'dist', 'main.js');

/** `lexicon ARGS` with standard error a pipe whose reader closed before the process wrote to it. */
function runWithStandardErrorClosed(args: readonly string[]): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, [ENTRY, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr!.destroy();
  let stdout = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describe('lexicon expand whose standard error is a closed pipe', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-stderr-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints every word and exits 0, its warning lost', async () => {
    const aff = join(dir, 'w.aff');
    const dic = join(dir, 'w.dic');
    writeFileSync(aff, 'SET UTF-8\nSFX A Y 1\nSFX A 0 ed .\n');
    // B is no class: a warning on standard error.
    writeFileSync(dic, '2\nwalk/AB\ntalk/A\n');
    expect(await runWithStandardErrorClosed(['expand', 'hunspell', aff, dic])).toEqual({ code: 0, stdout: 'walk\nwalked\ntalk\ntalked\n' });
  });
});
