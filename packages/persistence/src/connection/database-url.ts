import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { workspaceRoot } from './workspace-root';

/**
 * `DATABASE_URL` from the environment, else from `.env` at the workspace root, else undefined (which
 * selects embedded PGlite). `.env` is parsed, not loaded, so it never overrides the environment; a
 * `DATABASE_URL` set empty in the environment means no server, and `.env` is not read.
 */
export function databaseUrlFromEnvironment(root: string = workspaceRoot()): string | undefined {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv !== undefined) return fromEnv || undefined;
  const envFile = join(root, '.env');
  if (!existsSync(envFile)) return undefined;
  return parseEnv(readFileSync(envFile, 'utf8')).DATABASE_URL || undefined;
}

/** The URL schemes `pg` reads as PostgreSQL. A socket folder goes in `host`: `postgresql:///db?host=/var/run/postgresql`. */
export const POSTGRES_SCHEMES: readonly string[] = ['postgres:', 'postgresql:'];

const EXPECTED = 'expected postgres://user@host:5432/database (or postgresql://...; a Unix socket as postgresql:///database?host=/var/run/postgresql)';

/** The parts of a PostgreSQL URL that messages name; never the password. */
export interface DatabaseAddress {
  /** `postgres://user@host:5432/db`: safe to print. */
  readonly description: string;
  /** Host name, IP address, or socket folder. */
  readonly host: string;
  readonly port: string;
  readonly database: string;
  readonly user: string;
}

/**
 * Checks that `url` is a PostgreSQL URL and names its parts. Throws a one-line error naming what is
 * wrong (not a URL, or another scheme such as `mysql:`) and the expected form.
 */
export function parseDatabaseUrl(url: string): DatabaseAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`DATABASE_URL is not a valid URL (got ${JSON.stringify(url.replace(/:[^:@/]*@/, ':***@'))}); ${EXPECTED}.`);
  }
  if (!POSTGRES_SCHEMES.includes(parsed.protocol)) {
    throw new Error(`DATABASE_URL has the scheme ${JSON.stringify(parsed.protocol)}, which is not PostgreSQL; ${EXPECTED}, or unset it to use the embedded PGlite database.`);
  }
  const user = decodeURIComponent(parsed.username);
  const host = parsed.searchParams.get('host') || decodeURIComponent(parsed.hostname) || 'localhost';
  const port = parsed.searchParams.get('port') || parsed.port || '5432';
  const database = decodeURIComponent(parsed.pathname.slice(1)) || user || 'postgres';
  const shownHost = host.startsWith('/') ? `[${host}]` : parsed.hostname || host;
  return { description: `${parsed.protocol}//${user ? `${user}@` : ''}${shownHost}:${port}${parsed.pathname}`, host, port, database, user };
}

/** `postgres://user:secret@host:5432/db?x=y` -> `postgres://user@host:5432/db`: safe to print. */
export function describeUrl(url: string): string {
  return parseDatabaseUrl(url).description;
}
