import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { type DatabaseForProcesses, databaseForProcesses } from './support/database-for-processes';
import { runParadigm } from './support/paradigm-process';

// `paradigm export hunspell` runs in a worker thread whose young generation is bounded (it holds two
// grammars while it generates: peak RSS), started from the same entry script: the files it writes, what
// it prints and its exit code must be `main`'s, and the thread that starts it loads neither the
// database nor the importers. Its Ctrl-C reaches the worker through the main thread (see lexicons'
// signals-reach-a-bounded-worker).
const PRELOAD = ['--require', join(__dirname, 'support/report-loaded-packages.js')].join(' ');
const EXAMPLES = join(__dirname, '../../../docs/examples');
const FILES = ['conlang.patterns', 'english.patterns', 'lexemes.tsv'].map((file) => join(EXAMPLES, file));

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm export hunspell`, () => {
    let database: DatabaseForProcesses;
    let dir: string;
    beforeAll(async () => {
      database = await databaseForProcesses(dialect, __filename, true);
      dir = mkdtempSync(join(tmpdir(), 'paradigm-export-worker-'));
      expect(await database.use((db) => main(['load', ...FILES], capture(db)))).toBe(0);
    }, 5 * 60_000);
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await database.remove();
    });

    async function inProcess(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
      return database.use(async (db) => {
        const io = capture(db);
        const code = await main(argv, io);
        return { code, stdout: io.out(), stderr: io.err() };
      });
    }

    const files = (base: string) => ({ aff: readFileSync(`${base}.aff`, 'utf8'), dic: readFileSync(`${base}.dic`, 'utf8') });

    it('writes and prints what main does, with its exit code, in a worker, and export tsv here', async () => {
      // Each case in two folders of the same name's length: the process's, then main's.
      const cases: [(out: string) => string[], 'worker' | 'here'][] = [
        [(out) => ['export', 'hunspell', join(out, 'x'), '--progress', 'none'], 'worker'],
        // The files exist now.
        [(out) => ['export', 'hunspell', join(out, 'x'), '--progress', 'none'], 'worker'],
        [(out) => ['export', 'hunspell', join(out, 'x'), '--strict', '--force', '--progress', 'none'], 'worker'],
        [(out) => ['export', 'tsv', join(out, 'tsv'), '--progress', 'none'], 'here'],
      ];
      const [proc, here] = [join(dir, 'proc'), join(dir, 'here')];
      for (const folder of [proc, here]) mkdirSync(folder);
      for (const [args, where] of cases) {
        const ended = await runParadigm(args(proc), { ...database.env, NODE_OPTIONS: PRELOAD });
        const main = /^loaded packages: (.*)\n/m.exec(ended.stderr);
        const worker = /^loaded packages in a worker: (.*)\n/m.exec(ended.stderr);
        const stderr = ended.stderr.replace(/^loaded packages.*\n/gm, '').replaceAll(proc, here);
        const argv = args(here);
        expect({ argv, code: ended.code, stdout: ended.stdout, stderr }).toEqual({ argv, ...(await inProcess(argv)) });
        if (argv[1] === 'hunspell') expect(files(join(proc, 'x'))).toEqual(files(join(here, 'x')));
        const exporter = expect.arrayContaining(['@paradigm/persistence', '@paradigm/lexicons']);
        const loaded = where === 'worker' ? [[], exporter] : [exporter, null];
        expect({ argv, loaded: [JSON.parse(main![1]!), worker && JSON.parse(worker[1]!)] }).toEqual({ argv, loaded });
      }
    }, 5 * 60_000);
  });
}
