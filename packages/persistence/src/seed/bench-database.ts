import { join, resolve } from 'node:path';
import { openDatabase } from '../open/open-database';
import type { Database } from '../connection/database';
import type { OpenOptions } from '../open/open-options';
import { databaseUrlFromEnvironment, describeUrl } from '../connection/database-url';
import { withConnection } from '../connection/with-connection';
import { workspaceRoot } from '../connection/workspace-root';

/** The database name the runbook commands use on the server `DATABASE_URL` names. */
export const BENCH_DATABASE_NAME = 'paradigm_bench';

/**
 * Where the runbook's commands (seeding, benchmark worker runs, the profiler) work. They replace the
 * whole lexicon, so by default they never touch the one `DATABASE_URL`, `.env` or the embedded
 * database hold: on a server, a database of their own ({@link BENCH_DATABASE_NAME}, created if
 * missing) next to the one `DATABASE_URL` names; without a server, the PGlite folder
 * `.data/bench-pglite`. `PARADIGM_BENCH_DATABASE_URL` (a PostgreSQL URL) or `PARADIGM_BENCH_DATA_DIR`
 * (a PGlite folder) choose another target on purpose.
 */
export type BenchTarget =
  | { readonly dialect: 'postgres'; readonly url: string; /** Set when the database may need creating: the URL to connect to for that. */ readonly adminUrl?: string }
  | { readonly dialect: 'pglite'; readonly dataDir: string };

/** The benchmark target the environment selects (see {@link BenchTarget}); decides, creates nothing. */
export function benchTarget(): BenchTarget {
  const env = process.env;
  if (env.PARADIGM_BENCH_DATABASE_URL) return { dialect: 'postgres', url: env.PARADIGM_BENCH_DATABASE_URL };
  if (env.PARADIGM_BENCH_DATA_DIR) return { dialect: 'pglite', dataDir: resolve(env.PARADIGM_BENCH_DATA_DIR) };
  const configured = databaseUrlFromEnvironment();
  if (!configured) return { dialect: 'pglite', dataDir: join(workspaceRoot(), '.data', 'bench-pglite') };
  describeUrl(configured); // a malformed DATABASE_URL is reported here, with its own message
  const url = new URL(configured);
  if (url.pathname === `/${BENCH_DATABASE_NAME}`) return { dialect: 'postgres', url: configured };
  url.pathname = `/${BENCH_DATABASE_NAME}`;
  return { dialect: 'postgres', url: url.toString(), adminUrl: configured };
}

/**
 * The environment a child process (the worker) needs to work on `target`, whatever `.env` says: an
 * empty `DATABASE_URL` means "no server" and keeps `.env` from being read.
 */
export function benchEnvironment(target: BenchTarget): Record<string, string> {
  return target.dialect === 'postgres' ? { DATABASE_URL: target.url } : { PARADIGM_DATA_DIR: target.dataDir, DATABASE_URL: '' };
}

/** `postgres://host:5432/paradigm_bench` or `pglite:/path`: where the runbook works, without secrets. */
export function describeBenchTarget(target: BenchTarget): string {
  return target.dialect === 'postgres' ? describeUrl(target.url) : `pglite:${target.dataDir}`;
}

/**
 * Opens the benchmark database of {@link benchTarget}, creating the `paradigm_bench` database on the
 * server first if it is missing. `options` as in `openDatabase` (its `url`, `dataDir` and `dialect` are
 * the target's).
 */
export async function openBenchDatabase(options: Omit<OpenOptions, 'url' | 'dataDir' | 'dialect'> = {}, target: BenchTarget = benchTarget()): Promise<Database> {
  if (target.dialect === 'pglite') return openDatabase({ ...options, dialect: 'pglite', dataDir: target.dataDir });
  if (target.adminUrl) await createIfMissing(target.adminUrl);
  return openDatabase({ ...options, dialect: 'postgres', url: target.url });
}

async function createIfMissing(adminUrl: string): Promise<void> {
  const admin = await openDatabase({ dialect: 'postgres', url: adminUrl, migrate: false, maxConnections: 1 });
  try {
    await withConnection(admin, async (conn) => {
      const { rows } = await conn.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DATABASE_NAME]);
      if (rows.length > 0) return;
      try {
        await conn.query(`CREATE DATABASE ${BENCH_DATABASE_NAME}`);
      } catch (error) {
        // Another runbook command created it at the same moment: that is what we wanted.
        if ((error as { code?: string }).code !== '42P04') throw error;
      }
    });
  } finally {
    await admin.close();
  }
}
