import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../src';
import { capture } from './support/capture';

// `paradigm` without a command, or `paradigm import` without a format, is a bad command line: the help
// goes to standard error and the exit code is 2, as for any other, so a script that left out the
// command fails instead of going on as if it had run. `--help` asks for the help: standard output, 0.
describe('paradigm without a command', () => {
  it.each([[[], 'paradigm [options] [command]'], [['import'], 'paradigm import [options] [command]'], [['export'], 'paradigm export [options] [command]'], [['expand'], 'paradigm expand [options] [command]']])(
    'paradigm %j prints its usage on standard error and exits 2',
    async (argv, usage) => {
      const io = capture();
      expect(await main(argv, io)).toBe(2);
      expect(io.out()).toBe('');
      expect(io.err().split('\n')[0]).toBe(`Usage: ${usage}`);
    },
  );

  it('through its bin: exit 2, the whole help on standard error, nothing on standard output', () => {
    const bin = join(__dirname, '../bin/paradigm.js');
    const bare = spawnSync(process.execPath, [bin], { encoding: 'utf8' });
    const asked = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect([bare.status, bare.stdout]).toEqual([2, '']);
    expect([asked.status, asked.stderr]).toEqual([0, '']);
    expect(bare.stderr).toBe(asked.stdout);
  });
});
