// Ctrl-C (SIGINT) or SIGTERM while an export writes its files stops it: the files it would have replaced
// keep their bytes, its temporary files are removed, and it says so and exits 130. It ended silently,
// killed by the signal, leaving a hidden half-written `.NAME.PID-HEX.tmp` beside each file, one more at
// every interrupted export. Into a folder it made, it leaves no folder behind, as after any failure.
// Killed (SIGKILL), it can remove nothing: the old files keep their bytes, and its temporary files stay
// until the next export of those files, which removes those of processes that are gone.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { type DatabaseForProcesses, databaseForProcesses } from './support/database-for-processes';
import { writeLargeLexicon } from './support/large-lexicon';
import { type Ended, runParadigm, startParadigm } from './support/paradigm-process';
import { until } from './support/until';

/** Enough lexemes that writing lexemes.tsv lasts well past the moment its temporary file appears. */
const LEXEMES = 200_000;

/** The files in `dir` (hidden ones too) with their bytes. */
function filesIn(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** `paradigm export tsv OUT ARGS`, sent `signal` once the temporary file of lexemes.tsv exists in `folder`. */
async function signalledWhileWriting(args: readonly string[], folder: string, signal: NodeJS.Signals, env: Record<string, string>): Promise<Ended> {
  const running = startParadigm(['export', 'tsv', ...args], env);
  await until('the temporary file of lexemes.tsv', async () => existsSync(folder) && readdirSync(folder).some((name) => name.startsWith('.lexemes.tsv.')));
  running.child.kill(signal);
  return running.ended;
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm export interrupted while it writes`, () => {
    let database: DatabaseForProcesses;
    const dir = mkdtempSync(join(tmpdir(), 'paradigm-export-interrupted-'));
    const out = join(dir, 'out');
    let before: Record<string, string>;
    beforeAll(async () => {
      database = await databaseForProcesses(dialect, __filename, true);
      expect((await runParadigm(['load', ...writeLargeLexicon(dir, LEXEMES), '--progress', 'none'], database.env)).code).toBe(0);
      expect((await runParadigm(['export', 'tsv', out], database.env)).code).toBe(0);
      before = filesIn(out);
    }, 5 * 60_000);
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await database.remove();
    });

    it('the files it would replace are as they were', () => {
      expect(Object.keys(before)).toEqual(['lexemes.tsv', 'lexicon.patterns']);
      expect(before['lexemes.tsv']!.split('\n')).toHaveLength(LEXEMES + 2);
    });

    it.each(['SIGINT', 'SIGTERM'] as const)('%s: exit 130 saying so, the old files byte for byte, no temporary file', async (signal) => {
      const ended = await signalledWhileWriting([out, '--force'], out, signal, database.env);
      expect({ code: ended.code, stderr: ended.stderr }).toEqual({ code: 130, stderr: `paradigm: export interrupted by ${signal}: no file was written or replaced\n` });
      expect(filesIn(out)).toEqual(before);
    }, 5 * 60_000);

    it('SIGINT into a folder it made: no folder is left', async () => {
      const made = join(dir, 'new', 'out');
      const ended = await signalledWhileWriting([made], made, 'SIGINT', database.env);
      expect({ code: ended.code, stderr: ended.stderr }).toEqual({ code: 130, stderr: 'paradigm: export interrupted by SIGINT: no file was written or replaced\n' });
      expect(readdirSync(dir).sort()).toEqual(['lexemes.tsv', 'n.patterns', 'out']);
    }, 5 * 60_000);

    it('SIGKILL: the old files byte for byte and its temporary files, which the next export removes (not those of a process that runs)', async () => {
      const running = startParadigm(['export', 'tsv', out, '--force'], database.env);
      await until('the temporary file of lexemes.tsv', async () => readdirSync(out).some((name) => name.startsWith('.lexemes.tsv.')));
      running.child.kill('SIGKILL');
      expect((await running.ended).code).toBe(null);
      const left = filesIn(out);
      const pid = running.child.pid!;
      expect(Object.keys(left).map((name) => name.replace(/-[0-9a-f]{8}\.tmp$/, '-HEX.tmp'))).toEqual([`.lexemes.tsv.${pid}-HEX.tmp`, `.lexicon.patterns.${pid}-HEX.tmp`, 'lexemes.tsv', 'lexicon.patterns']);
      expect({ 'lexemes.tsv': left['lexemes.tsv'], 'lexicon.patterns': left['lexicon.patterns'] }).toEqual(before);
      // Named as an export by this test's process, which runs, would name it.
      const ofARunningProcess = `.lexemes.tsv.${process.pid}-0000beef.tmp`;
      writeFileSync(join(out, ofARunningProcess), 'an export writing beside this one\n');

      const ended = await runParadigm(['export', 'tsv', out, '--force'], database.env);
      expect({ code: ended.code, stderr: ended.stderr }).toEqual({ code: 0, stderr: `paradigm: wrote 1 pattern to ${out}/lexicon.patterns and 200000 lexemes to ${out}/lexemes.tsv\n` });
      expect(filesIn(out)).toEqual({ ...before, [ofARunningProcess]: 'an export writing beside this one\n' });
      rmSync(join(out, ofARunningProcess));
    }, 5 * 60_000);
  });
}
