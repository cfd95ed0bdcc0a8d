import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src';
import { capture } from './support/capture';
import { runParadigm } from './support/paradigm-process';

// `paradigm expand hunspell` of a large dictionary runs in a worker thread whose young generation is
// bounded (peak RSS), started from the same entry script: what it prints and its exit code must be
// `main`'s, and the thread that starts it loads none of the importers.
const PRELOAD = ['--require', join(__dirname, 'support/report-loaded-packages.js')].join(' ');

describe('paradigm expand hunspell of a large dictionary', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paradigm-bounded-'));
    writeFileSync(join(dir, 'x.aff'), 'SET UTF-8\nPFX U Y 1\nPFX U 0 un .\nSFX S Y 1\nSFX S 0 s .\nSFX L N 1\nSFX L 0 lé .\n');
    const entries = Array.from({ length: 500 }, (_, i) => `fête${i}/USL`).join('\n');
    writeFileSync(join(dir, 'small.dic'), `500\n${entries}\n`);
    // Past the size from which the expansion runs in the bounded worker (1 MiB); blank lines are no entries.
    writeFileSync(join(dir, 'large.dic'), `500\n${entries}\n${'\n'.repeat(1 << 20)}`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string): string => join(dir, name);

  async function inProcess(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const io = capture();
    const code = await main(argv, io);
    return { code, stdout: io.out(), stderr: io.err() };
  }

  it('prints what main prints, with its exit code, in a worker only for a large dictionary', async () => {
    const cases: [readonly string[], 'worker' | 'here'][] = [
      [['expand', 'hunspell', file('x.aff'), file('small.dic')], 'here'],
      [['expand', 'apertium', file('large.dic')], 'here'],
      [['expand', 'hunspell', file('x.aff'), file('large.dic')], 'worker'],
      [['expand', 'hunspell', file('x.aff'), file('large.dic'), '--strict'], 'worker'],
      [['expand', 'hunspell', file('x.aff'), file('large.dic'), '--max-forms-per-entry', '3'], 'worker'],
      [['expand', 'hunspell', file('x.aff'), file('large.dic'), '--max-forms-per-entry', '0'], 'worker'],
      [['expand', 'hunspell', file('missing.aff'), file('large.dic')], 'worker'],
    ];
    for (const [argv, where] of cases) {
      const ended = await runParadigm(argv, { NODE_OPTIONS: PRELOAD });
      const main = /^loaded packages: (.*)\n/m.exec(ended.stderr);
      const worker = /^loaded packages in a worker: (.*)\n/m.exec(ended.stderr);
      const stderr = ended.stderr.replace(/^loaded packages.*\n/gm, '');
      expect({ argv, code: ended.code, stdout: ended.stdout, stderr }).toEqual({ argv, ...(await inProcess(argv)) });
      const lexicons = where === 'worker' ? [[], ['@paradigm/lexicons']] : [['@paradigm/lexicons'], null];
      expect({ argv, loaded: [JSON.parse(main![1]!), worker && JSON.parse(worker[1]!)] }).toEqual({ argv, loaded: lexicons });
    }
    // The cases reach every exit code the expansion has.
    expect(new Set(await Promise.all(cases.map(async ([argv]) => (await inProcess(argv)).code)))).toEqual(new Set([0, 1, 2]));
  });
});
