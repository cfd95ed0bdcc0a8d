import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PostgreSQL's `DBState` by its number in `pg_control` (PostgreSQL 17's `src/include/catalog/pg_control.h`).
 * `in production` after a process ends means it was killed with the database open: the next open replays the WAL.
 */
const STATES = ['starting up', 'shut down', 'shut down in recovery', 'shutting down', 'in crash recovery', 'in archive recovery', 'in production'] as const;
export type ClusterState = (typeof STATES)[number] | 'no database';

/** Where `state` sits in `pg_control`: after the system identifier (8 bytes) and two 4-byte version numbers. */
const STATE_OFFSET = 16;

/** The state `pg_control` of the PGlite folder `dataDir` records, or `no database` when it has none yet. */
export function clusterState(dataDir: string): ClusterState {
  let control: Buffer;
  try {
    control = readFileSync(join(dataDir, 'global', 'pg_control'));
  } catch {
    return 'no database';
  }
  const state = STATES[control.readUInt32LE(STATE_OFFSET)];
  if (!state) throw new Error(`${join(dataDir, 'global', 'pg_control')} records an unknown state ${control.readUInt32LE(STATE_OFFSET)}`);
  return state;
}
