import type { Database } from '../connection/database';
import { withConnection } from '../connection/with-connection';

/** A session that has read `forms` in a transaction it keeps open until {@link ReaderHoldingForms.release}. */
export interface ReaderHoldingForms {
  /** Its backend's pid, as a lock-wait notice names it. */
  readonly pid: number;
  /** Commits its transaction and ends the session. Safe to call twice. */
  release(): Promise<void>;
}

/**
 * Another session of `db`, named `application`, that reads `forms` in a transaction and keeps it open,
 * as a psql session left open does: it holds `forms` against any command that needs it exclusively.
 */
export async function readerHoldingForms(db: Database, application: string): Promise<ReaderHoldingForms> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let holding!: (pid: number) => void;
  const held = new Promise<number>((resolve) => (holding = resolve));
  const session = withConnection(db, async (conn) => {
    await conn.query(`SET application_name = '${application}'`);
    await conn.query('BEGIN');
    await conn.query('SELECT count(*) FROM forms');
    holding((await conn.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid);
    await released;
    await conn.query('COMMIT');
  });
  const pid = await Promise.race([held, session.then(() => Promise.reject(new Error('the reader ended before it held forms')))]);
  return {
    pid,
    release: async () => {
      release();
      await session;
    },
  };
}
