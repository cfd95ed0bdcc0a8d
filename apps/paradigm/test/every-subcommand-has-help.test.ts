import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../src';
import { capture } from './support/capture';

const SUBCOMMANDS = [['load'], ['run'], ['recompute'], ['migrate'], ['serve'], ['show'], ['analyse'], ['generate'], ['check'], ['status'], ['import'], ['import', 'hunspell'], ['import', 'apertium'], ['seed'], ['export'], ['export', 'tsv'], ['export', 'apertium'], ['export', 'hunspell']];

describe('paradigm: --help on every subcommand, one error style for bad command lines', () => {
  it.each(SUBCOMMANDS.map((words) => [words.join(' '), words] as const))('paradigm %s --help prints its usage and exits 0', async (_name, words) => {
    const io = capture();
    expect(await main([...words, '--help'], io)).toBe(0);
    expect(io.out()).toMatch(new RegExp(`^Usage: paradigm ${words.join(' ')}(\\|\\w+)? `));
  });

  it.each([['load'], ['import'], ['status']])('paradigm help %s prints what paradigm %s --help prints', async (name) => {
    const asked = capture();
    const flag = capture();
    expect(await main(['help', name], asked)).toBe(0);
    expect(await main([name, '--help'], flag)).toBe(0);
    expect(asked.out()).toBe(flag.out());
  });

  it('names an unknown option, points to --help and exits 2', async () => {
    const io = capture();
    expect(await main(['show', 'walk', '--jsno'], io)).toBe(2);
    expect(io.err()).toBe("paradigm: unknown option '--jsno'\n(Did you mean --json?)\n(add --help for usage)\n");
  });

  it('names a bad count and exits 2', async () => {
    const io = capture();
    expect(await main(['run', '--concurrency', '0'], io)).toBe(2);
    expect(io.err()).toBe("paradigm: option '--concurrency <n>' argument '0' is invalid. expects a whole number from 1 to 64 (each batch holds a database connection of its own).\n(add --help for usage)\n");
  });

  it('names a missing argument and exits 2', async () => {
    const io = capture();
    expect(await main(['generate', 'walk'], io)).toBe(2);
    expect(io.err()).toBe("paradigm: missing required argument 'cell'\n(add --help for usage)\n");
  });

  it('runs as a program through its bin', () => {
    const bin = join(__dirname, '../bin/paradigm.js');
    const result = spawnSync(process.execPath, [bin, 'check', '--help'], { encoding: 'utf8' });
    expect([result.status, result.stdout.split('\n')[0]]).toEqual([0, 'Usage: paradigm check [options] <files...>']);
  });
});
