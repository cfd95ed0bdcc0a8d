import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countLexemes, type Database, loadLexicon, openDatabase, readParadigm } from '@paradigm/persistence';
import { createTestDatabase, testAdminUrl, testDatabaseName, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { benchTarget } from '../src/seed/bench-database';
import { findWorkspaceRoot } from '../src/shared/workspace-root';

const ROOT = findWorkspaceRoot();

/** The URL of the PostgreSQL test database `createTestDatabase('postgres', name)` made. */
function testDatabaseUrl(name: string): string {
  const url = new URL(testAdminUrl());
  url.pathname = `/${testDatabaseName(name)}`;
  return url.toString();
}

const USER_LEXICON = {
  patterns: [{ name: 'noun', source: 'pattern noun\nrule => N;SG\nrule suffix +s => N;PL\n' }],
  lexemes: [{ id: 1, lemma: 'mine', patterns: ['noun'] }, { id: 2, lemma: 'yours', patterns: ['noun'] }],
};

/** Runs a runbook command from the workspace root with `env`; returns its exit code and output. */
function run(args: readonly string[], env: Record<string, string>): { status: number | null; output: string } {
  const result = spawnSync(args[0]!, args.slice(1), { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0', ...env }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const TSX = [process.execPath, '--import', 'tsx'];

describe('the benchmark database is never the user\'s by default', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('is paradigm_bench on the server DATABASE_URL names, and .data/bench-pglite without one', () => {
    process.env = { ...saved, DATABASE_URL: 'postgres://me:secret@db.example:5433/mine?sslmode=require' };
    delete process.env.PARADIGM_BENCH_DATABASE_URL;
    delete process.env.PARADIGM_BENCH_DATA_DIR;
    expect(benchTarget()).toEqual({
      dialect: 'postgres',
      url: 'postgres://me:secret@db.example:5433/paradigm_bench?sslmode=require',
      adminUrl: 'postgres://me:secret@db.example:5433/mine?sslmode=require',
    });
    process.env.DATABASE_URL = '';
    expect(benchTarget()).toEqual({ dialect: 'pglite', dataDir: join(ROOT, '.data', 'bench-pglite') });
    process.env.PARADIGM_BENCH_DATA_DIR = '/tmp/elsewhere';
    expect(benchTarget()).toEqual({ dialect: 'pglite', dataDir: '/tmp/elsewhere' });
  });
});

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: the runbook commands seed and recompute the benchmark database and leave the user's lexicon as it was`, () => {
    let user: Database;
    /** The PostgreSQL benchmark database, held open so the harness drops it (closing drops it) only at the end. */
    let benchHolder: Database | undefined;
    let env: Record<string, string>;
    let bench: () => Promise<Database>;
    const dirs: string[] = [];
    beforeAll(async () => {
      if (dialect === 'postgres') {
        user = await createTestDatabase('postgres', __filename);
        benchHolder = await createTestDatabase('postgres', `${__filename}.bench`);
        env = { DATABASE_URL: testDatabaseUrl(__filename), PARADIGM_BENCH_DATABASE_URL: testDatabaseUrl(`${__filename}.bench`) };
        bench = () => openDatabase({ url: env.PARADIGM_BENCH_DATABASE_URL!, maxConnections: 1 });
      } else {
        const userDir = mkdtempSync(join(tmpdir(), 'paradigm-user-'));
        const benchDir = mkdtempSync(join(tmpdir(), 'paradigm-bench-'));
        dirs.push(userDir, benchDir);
        user = await openDatabase({ dialect: 'pglite', dataDir: userDir });
        env = { DATABASE_URL: '', PARADIGM_DATA_DIR: userDir, PARADIGM_BENCH_DATA_DIR: benchDir };
        bench = () => openDatabase({ dialect: 'pglite', dataDir: benchDir });
      }
      await loadLexicon(user, USER_LEXICON);
      // The commands run in other processes; PGlite allows one process per folder.
      if (dialect === 'pglite') await user.close();
    });
    afterAll(async () => {
      if (dialect === 'postgres') await user.close();
      await benchHolder?.close();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    });

    async function userRows(): Promise<unknown> {
      const db = dialect === 'postgres' ? user : await openDatabase({ dialect: 'pglite', dataDir: env.PARADIGM_DATA_DIR! });
      try {
        return { lexemes: await countLexemes(db), mine: await readParadigm(db, 'mine') };
      } finally {
        if (dialect === 'pglite') await db.close();
      }
    }

    it('seed-db.ts, run-worker.ts and the recompute that pnpm start runs', async () => {
      const before = await userRows();
      expect(before).toMatchObject({ lexemes: 2 });
      const seed = run([...TSX, 'scripts/benchmarks/phase4/seed-db.ts', '--lexemes', '40'], env);
      expect([seed.status, seed.output]).toEqual([0, expect.stringContaining('seed: 40 lexemes, ')]);
      const artifact = join(mkdtempSync(join(tmpdir(), 'paradigm-artifact-')), 'run.json');
      dirs.push(join(artifact, '..'));
      const worker = run([...TSX, 'scripts/benchmarks/phase4/run-worker.ts', '--limit', '10', '--progress', 'none', '--out', artifact], env);
      expect([worker.status, worker.output]).toEqual([0, expect.stringContaining('recompute: 10 lexemes, ')]);
      const recompute = run([...TSX, 'apps/bench/src/seed/on-bench-database.ts', ...TSX, 'apps/worker/src/main.ts', 'recompute', '--all', '--progress', 'none'], env);
      expect([recompute.status, recompute.output]).toEqual([0, expect.stringContaining('recompute: 40 lexemes, ')]);
      expect(await userRows()).toEqual(before);
      const db = await bench();
      try {
        expect(await countLexemes(db)).toBe(40);
      } finally {
        await db.close();
      }
      // Four Node processes started through tsx, one after the other: minutes when the two cores are shared.
    }, 900_000);
  });
}
