import type { Database } from '../connection/database';
import { type SessionHolding, sessionHolding } from './session-holding';

/** A session that has read `forms` in a transaction it keeps open until {@link ReaderHoldingForms.release}. */
export type ReaderHoldingForms = SessionHolding;

/**
 * Another session of `db`, named `application`, that reads `forms` in a transaction and keeps it open,
 * as a psql session left open does: it holds `forms` against any command that needs it exclusively.
 */
export function readerHoldingForms(db: Database, application: string): Promise<ReaderHoldingForms> {
  return sessionHolding(db, application, 'SELECT count(*) FROM forms');
}
