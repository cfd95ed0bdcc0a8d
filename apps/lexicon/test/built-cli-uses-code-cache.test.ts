import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The build writes V8's code cache of the CLI bundle (dist/lexicon-cli.cache) and the built entry
 * (dist/main.js) compiles the bundle from it. What V8 did with the cache is read by a preload that wraps
 * `vm.Script`; the output must be exact whether the cache is accepted, rejected (corrupt) or missing.
 */
const DIST = join(__dirname, '..', 'dist');
const DIX = join(__dirname, 'fixtures', 'small.dix');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lexicon-code-cache-'));
  writeFileSync(join(dir, 'x.aff'), 'SET UTF-8\nPFX U Y 1\nPFX U 0 un .\nSFX S Y 1\nSFX S 0 s .\n');
  writeFileSync(join(dir, 'x.dic'), '2\nfête/US\ndo/U\n');
  // Past the size from which the expansion runs in the bounded worker (1 MiB); blank lines are no entries.
  writeFileSync(join(dir, 'large.dic'), `2\nfête/US\ndo/U\n${'\n'.repeat(1 << 20)}`);
  writeFileSync(
    join(dir, 'spy-vm.js'),
    [
      "const vm = require('node:vm');",
      'const Script = vm.Script;',
      'vm.Script = class extends Script {',
      '  constructor(code, options) {',
      '    super(code, options);',
      "    const given = options && options.cachedData ? 'given' : 'none';",
      "    process.on('exit', () => require('node:fs').writeFileSync(process.env.SPY_VM, JSON.stringify({ cache: given, rejected: this.cachedDataRejected === true })));",
      '  }',
      '};',
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `main.js` of `dist` with the spy; its output, and what V8 did with the cache (null: the bundle was `require`d). */
function run(dist: string, argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { status: number | null; out: string; err: string; cache: { cache: string; rejected: boolean } | null } {
  const record = join(dir, 'spy.json');
  rmSync(record, { force: true });
  const result = spawnSync(process.execPath, ['-r', join(dir, 'spy-vm.js'), join(dist, 'main.js'), ...argv], { cwd: dir, encoding: 'utf8', env: { ...env, SPY_VM: record } });
  let cache = null;
  try {
    cache = JSON.parse(readFileSync(record, 'utf8'));
  } catch {
    // no vm.Script was made
  }
  return { status: result.status, out: result.stdout, err: result.stderr, cache };
}

const HUNSPELL_WORDS = ['fête', 'unfête', 'fêtes', 'unfêtes', 'do', 'undo', ''].join('\n');

describe('the built lexicon command and its code cache', () => {
  it('compiles the bundle from the cache the build wrote, printing lt-expand output and the words exactly', () => {
    const ltExpand = join(dir, 'lt-expand.txt');
    execFileSync('lt-expand', [DIX, ltExpand]);
    expect(run(DIST, ['expand', 'apertium', DIX])).toEqual({ status: 0, out: readFileSync(ltExpand, 'utf8'), err: '', cache: { cache: 'given', rejected: false } });
    expect(run(DIST, ['expand', 'hunspell', join(dir, 'x.aff'), join(dir, 'x.dic')])).toEqual({ status: 0, out: HUNSPELL_WORDS, err: '', cache: { cache: 'given', rejected: false } });
  });

  it('compiles the bundle from the cache in the bounded worker of a large expansion too', () => {
    expect(run(DIST, ['expand', 'hunspell', join(dir, 'x.aff'), join(dir, 'large.dic')])).toEqual({ status: 0, out: HUNSPELL_WORDS, err: '', cache: { cache: 'given', rejected: false } });
  });

  it('loads the database modules from the bundle compiled from the cache (import into an embedded database)', () => {
    const { DATABASE_URL: _server, ...env } = process.env;
    const data = join(dir, 'pglite');
    expect(run(DIST, ['import', 'apertium', DIX], { ...env, PARADIGM_DATA_DIR: data })).toEqual({
      status: 0,
      out: '',
      err:
        `lexicon: imported ${DIX} (apertium) into pglite:${data}: 5 patterns, 3 lexemes, 4 lexeme-pattern links.\n` +
        'The forms table is empty now. Generate the forms (with the same DATABASE_URL or PARADIGM_DATA_DIR, if you set one):\n  paradigm recompute --all\n',
      cache: { cache: 'given', rejected: false },
    });
  });

  it('prints the same when the cache is rejected or missing', () => {
    const copy = join(dir, 'dist');
    cpSync(DIST, copy, { recursive: true });
    const cacheFile = join(copy, 'lexicon-cli.cache');
    writeFileSync(cacheFile, Buffer.alloc(readFileSync(cacheFile).length, 7));
    const argv = ['expand', 'hunspell', join(dir, 'x.aff'), join(dir, 'x.dic')];
    expect(run(copy, argv)).toEqual({ status: 0, out: HUNSPELL_WORDS, err: '', cache: { cache: 'given', rejected: true } });
    rmSync(cacheFile);
    expect(run(copy, argv)).toEqual({ status: 0, out: HUNSPELL_WORDS, err: '', cache: null });
  });
});
