import type { OpenOptions } from '@paradigm/persistence';
import { withWorkerSessionSettings, workerSessionSettings } from './session-settings';
import type { ConnectionSettings } from './worker-config';

/**
 * How a program opens the database a run works on: one connection per concurrent batch plus one for
 * reading, the client limits of `connection`, and on PostgreSQL the engine's session settings added to
 * `url` (see {@link workerSessionSettings}). Without `url` (embedded PGlite) the program adds its folder.
 */
export function workerOpenOptions(url: string | undefined, concurrency: number, connection: ConnectionSettings): Pick<OpenOptions, 'url' | 'maxConnections' | 'timeouts'> {
  const withSettings = withWorkerSessionSettings(url, workerSessionSettings(connection));
  return {
    ...(withSettings ? { url: withSettings } : {}),
    maxConnections: concurrency + 1,
    timeouts: { connectTimeoutMs: connection.connectTimeoutMs, queryTimeoutMs: connection.queryTimeoutMs, keepAliveInitialDelayMs: connection.keepAliveMs },
  };
}
