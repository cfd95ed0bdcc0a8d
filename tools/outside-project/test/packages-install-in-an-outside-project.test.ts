import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The libraries as another app gets them: `pnpm pack` tarballs (built by the `^build` this project's
// test depends on), installed with npm into a fresh project outside the workspace, then used from
// ESM, CommonJS and TypeScript (`moduleResolution: nodenext`).
const ROOT = join(__dirname, '../../..');
const FIXTURES = join(__dirname, '../fixtures');
const LIBRARIES = ['paradigm-core', 'persistence', 'lexicons', 'recompute', 'workbench'];

let app: string;

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'paradigm-outside-'));
  const packs = join(app, 'packs');
  for (const library of LIBRARIES) {
    execFileSync('pnpm', ['pack', '--pack-destination', packs], { cwd: join(ROOT, 'packages', library), stdio: 'pipe' });
  }
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'outside-app', version: '1.0.0', private: true }));
  const tarballs = readdirSync(packs).map((file) => join(packs, file));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], { cwd: app, stdio: 'pipe' });
  for (const file of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, file), join(app, file));
}, 300_000);

afterAll(() => rmSync(app, { recursive: true, force: true }));

function run(script: string): unknown {
  return JSON.parse(execFileSync(process.execPath, [script], { cwd: app, encoding: 'utf8' }));
}

test('a tarball ships the built entry points and types, not sources or tests', () => {
  const listing = execFileSync('tar', ['tzf', join(app, 'packs', readdirSync(join(app, 'packs')).find((f) => f.includes('core'))!)], { encoding: 'utf8' }).split('\n');
  expect(listing).toEqual(expect.arrayContaining(['package/package.json', 'package/dist/index.js', 'package/dist/index.d.ts', 'package/dist/errors/paradigm-error.js']));
  expect(listing.filter((file) => /^package\/(src|test)\/|jest\.config|\.map$/.test(file))).toEqual([]);
});

test('the workbench tarball ships its server and its built page, not the page sources', () => {
  const listing = execFileSync('tar', ['tzf', join(app, 'packs', readdirSync(join(app, 'packs')).find((f) => f.includes('workbench'))!)], { encoding: 'utf8' }).split('\n');
  expect(listing).toEqual(expect.arrayContaining(['package/dist/index.js', 'package/dist/server/start-workbench.js', 'package/dist/page/index.html']));
  expect(listing.filter((file) => /^package\/(src|test|page)\/|jest\.config|\.map$/.test(file))).toEqual([]);
});

test('an app starts the installed workbench: it serves the page and the API from the package alone', () => {
  expect(run('use-workbench.cjs')).toEqual({
    page: [200, 'text/html; charset=utf-8', 'Paradigm workbench'],
    script: [200, 'application/javascript; charset=utf-8'],
    status: { lexemes: 0, database: true, writesNeedToken: false },
  });
});

test('an ESM app compiles, generates, stores forms in PGlite, expands a dictionary and recomputes a lexicon', () => {
  expect(run('use-packages.mjs')).toEqual({
    errors: 0,
    forms: ['city N;SG', 'cities N;PL'],
    lines: ['cat:cat<n><sg>', 'cats:cat<n><pl>'],
    stored: ['cities'],
    dialect: 'pglite',
    report: { command: 'recompute', lexemes: 2, forms: 3, failed: 0 },
    recomputed: ['1 N;PL cities', '1 N;SG city', '2 N;SG day'],
  });
});

test('a CommonJS app requires every entry point', () => {
  expect(run('use-packages.cjs')).toEqual({
    forms: ['walk V;INF', 'walked V;PST'],
    openDatabase: 'function',
    parseHunspell: 'function',
    testDialects: ['postgres', 'pglite'],
    runWorker: 'function',
    defaultBatchSize: 1000,
    testPatterns: 5,
  });
});

test('a TypeScript app type-checks against the shipped declarations with moduleResolution nodenext', () => {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  // The app's own @types/node, as any Node app has; the libraries' declarations are checked too (no skipLibCheck).
  const config = JSON.parse(require('node:fs').readFileSync(join(app, 'tsconfig.json'), 'utf8'));
  config.compilerOptions.typeRoots = [join(ROOT, 'node_modules/@types')];
  config.compilerOptions.types = ['node'];
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(config));
  const result = (() => {
    try {
      return execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    } catch (error) {
      return (error as { stdout: string }).stdout;
    }
  })();
  expect(result).toBe('');
});
