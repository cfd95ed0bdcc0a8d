import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { workspaceRoot } from './workspace-root';

/**
 * `DATABASE_URL` from the environment, else from `.env` at the workspace root, else undefined (which
 * selects embedded PGlite). `.env` is parsed, not loaded, so it never overrides the environment.
 */
export function databaseUrlFromEnvironment(root: string = workspaceRoot()): string | undefined {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return fromEnv;
  const envFile = join(root, '.env');
  if (!existsSync(envFile)) return undefined;
  return parseEnv(readFileSync(envFile, 'utf8')).DATABASE_URL || undefined;
}

/** `postgres://user:secret@host:5432/db?x=y` -> `postgres://user@host:5432/db`: safe to print. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : '';
    const port = parsed.port || '5432';
    return `${parsed.protocol}//${user}${parsed.hostname}:${port}${parsed.pathname}`;
  } catch {
    throw new Error(`DATABASE_URL is not a valid URL (got ${JSON.stringify(url.replace(/:[^:@/]*@/, ':***@'))}); expected postgres://user@host:5432/database.`);
  }
}
