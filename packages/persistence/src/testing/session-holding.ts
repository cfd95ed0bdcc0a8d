import type { Database } from '../connection/database';
import { withConnection } from '../connection/with-connection';

/** A session that ran a statement in a transaction it keeps open until {@link SessionHolding.release}. */
export interface SessionHolding {
  /** Its backend's pid, as a lock-wait notice names it. */
  readonly pid: number;
  /** Commits its transaction and ends the session. Safe to call twice. */
  release(): Promise<void>;
}

/**
 * Another session of `db`, named `application`, that runs `statement` in a transaction and keeps it
 * open, as a psql session left open does: it holds the locks the statement took.
 */
export async function sessionHolding(db: Database, application: string, statement: string): Promise<SessionHolding> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let holding!: (pid: number) => void;
  const held = new Promise<number>((resolve) => (holding = resolve));
  const session = withConnection(db, async (conn) => {
    await conn.query(`SET application_name = '${application}'`);
    await conn.query('BEGIN');
    await conn.query(statement);
    holding((await conn.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid);
    await released;
    await conn.query('COMMIT');
  });
  const pid = await Promise.race([held, session.then(() => Promise.reject(new Error('the session ended before it held its locks')))]);
  return {
    pid,
    release: async () => {
      release();
      await session;
    },
  };
}
