import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src';
import { capture } from './support/capture';

/**
 * The built process entry (dist/main.js, which the build makes before this test runs) starts a large
 * `expand hunspell` in its bounded worker without loading the CLI's bundle, and loads it for everything
 * else: what it prints and its exit code must be `main`'s for every kind of command line.
 */
const DIST = join(__dirname, '..', 'dist');
const ENTRY = join(DIST, 'main.js');
const CLI = join(DIST, 'lexicon-cli.js');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lexicon-built-'));
  writeFileSync(join(dir, 'x.aff'), 'SET UTF-8\nPFX U Y 1\nPFX U 0 un .\nSFX S Y 1\nSFX S 0 s .\nSFX L N 1\nSFX L 0 lé .\n');
  const entries = Array.from({ length: 500 }, (_, i) => `fête${i}/USL`).join('\n');
  writeFileSync(join(dir, 'small.dic'), `500\n${entries}\n`);
  // Past the size from which the expansion runs in the bounded worker (1 MiB); blank lines are no entries.
  writeFileSync(join(dir, 'large.dic'), `500\n${entries}\n${'\n'.repeat(1 << 20)}`);
  writeFileSync(join(dir, 'record-modules.js'), "process.on('exit', () => require('fs').writeFileSync(process.env.RECORD_MODULES, JSON.stringify(Object.keys(require.cache))));\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function built(argv: readonly string[]): { status: number | null; out: string; err: string; loaded: string[] } {
  const record = join(dir, 'modules.json');
  rmSync(record, { force: true });
  const run = spawnSync(process.execPath, ['-r', join(dir, 'record-modules.js'), ENTRY, ...argv], { encoding: 'utf8', env: { ...process.env, RECORD_MODULES: record } });
  const loaded = (JSON.parse(readFileSync(record, 'utf8')) as string[]).filter((file) => file.startsWith(DIST));
  return { status: run.status, out: run.stdout, err: run.stderr, loaded };
}

async function inProcess(argv: readonly string[]): Promise<{ status: number; out: string; err: string }> {
  const io = capture();
  const status = await main(argv, io);
  return { status, out: io.out(), err: io.err() };
}

describe('the built lexicon command', () => {
  const file = (name: string): string => join(dir, name);

  it('prints what main prints, with its exit code, loading the CLI in this thread except for a large expansion', async () => {
    const cases: [readonly string[], 'worker' | 'here'][] = [
      [[], 'here'],
      [['--help'], 'here'],
      [['fetch', 'apertium', 'x.dix'], 'here'],
      [['expand', 'gf', 'x'], 'here'],
      [['expand', 'hunspell', 'a.aff'], 'here'],
      [['expand', 'hunspell', file('x.aff'), file('large.dic'), '--fast'], 'here'],
      [['expand', 'hunspell', file('x.aff'), file('large.dic'), '--max-forms-per-entry=0'], 'here'],
      [['import', 'hunspell', file('x.aff'), file('large.dic'), '--max-forms-per-entry=9'], 'here'],
      [['expand', 'hunspell', file('x.aff'), file('small.dic')], 'here'],
      [['expand', 'hunspell', file('missing.aff'), file('small.dic')], 'here'],
      [['expand', 'hunspell', file('x.aff'), file('large.dic')], 'worker'],
      [['expand', 'hunspell', file('x.aff'), file('large.dic'), '--strict'], 'worker'],
      [['expand', 'hunspell', file('x.aff'), file('large.dic'), '--max-forms-per-entry=3'], 'worker'],
      [['expand', 'hunspell', file('missing.aff'), file('large.dic')], 'worker'],
    ];
    for (const [argv, where] of cases) {
      const { loaded, ...result } = built(argv);
      expect({ argv, ...result }).toEqual({ argv, ...(await inProcess(argv)) });
      expect({ argv, loaded }).toEqual({ argv, loaded: where === 'worker' ? [ENTRY] : [ENTRY, CLI] });
    }
    // The cases reach every exit code the expansion has.
    expect(new Set(await Promise.all(cases.map(async ([argv]) => (await inProcess(argv)).status)))).toEqual(new Set([0, 1, 2]));
  });
});
