import { main } from '../src/main';

/** `--help` on a bench command prints what it does and the flags it takes, runs nothing, and exits 0. */
describe('bench <command> --help', () => {
  let printed: string[];
  let log: jest.SpyInstance;

  beforeEach(() => {
    printed = [];
    log = jest.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void printed.push(parts.join(' ')));
  });
  afterEach(() => log.mockRestore());

  it('lists the flags of a command that reads them itself', async () => {
    await expect(main(['chaos', '--help'])).resolves.toBe(0);
    expect(printed.join('\n')).toBe(
      'usage: bench chaos [flags]\n' +
        'random crash and concurrency rounds of paradigm processes and edits; exit 1 if forms end up not exact (PostgreSQL; --pglite: one killed process a round on an embedded folder)\n' +
        'flags: --rounds, --seed, --seconds, --lexemes, --slots, --url, --source, --verbose, --pglite',
    );
  });

  it('prints the summary of a command whose flag parser refuses --help', async () => {
    await expect(main(['worker-ceiling', '--help'])).resolves.toBe(0);
    expect(printed.join('\n')).toBe('usage: bench worker-ceiling [flags]\nthe worker against the DELETE + COPY and bulk ceilings (PostgreSQL) -> benchmarks/phase4/worker-ceiling.json');
  });

  it('still refuses a flag the command does not know, naming the ones it does', async () => {
    await expect(main(['report', '--rounds', '3'])).rejects.toThrow('report: unknown flag --rounds; accepted: --root, --out');
  });
});
