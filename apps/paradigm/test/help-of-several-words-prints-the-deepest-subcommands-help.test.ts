import { main } from '../src';
import { capture } from './support/capture';

// `paradigm help A B` prints the help of `A B`, as `paradigm A B --help` does, not the help of `A`; a word
// that names no subcommand there is a bad command line, named with where to find the ones there are.
describe('paradigm help with the words of a subcommand', () => {
  it.each([[['import', 'hunspell']], [['import', 'apertium']], [['export', 'tsv']], [['analyze']]])('paradigm help %j prints what --help after them prints, and exits 0', async (words) => {
    const asked = capture();
    const flag = capture();
    expect(await main(['help', ...words], asked)).toBe(0);
    expect(await main([...words, '--help'], flag)).toBe(0);
    expect({ out: asked.out(), err: asked.err() }).toEqual({ out: flag.out(), err: '' });
  });

  it('paradigm help import hunspell prints the usage of import hunspell', async () => {
    const io = capture();
    expect(await main(['help', 'import', 'hunspell'], io)).toBe(0);
    expect(io.out().split('\n')[0]).toBe('Usage: paradigm import hunspell [options] <aff> <dic>');
  });

  it.each([
    [['nope'], "paradigm: unknown command 'nope'; see paradigm --help\n"],
    [['import', 'nope'], "paradigm: unknown command 'import nope'; see paradigm import --help\n"],
    [['show', 'walk'], "paradigm: unknown command 'show walk': show has no subcommands; see paradigm show --help\n"],
    [['import', 'hunspell', 'extra'], "paradigm: unknown command 'import hunspell extra': import hunspell has no subcommands; see paradigm import hunspell --help\n"],
  ])('paradigm help %j names the word that is no subcommand and exits 2', async (words, message) => {
    const io = capture();
    expect(await main(['help', ...words], io)).toBe(2);
    expect({ out: io.out(), err: io.err() }).toEqual({ out: '', err: message });
  });
});
