import type { Database } from '../connection/database';

const OPEN = Symbol.for('paradigm.test.open-databases');

/**
 * The test databases this test file has open, by description. It lives on the file's global object,
 * which the jest environment ({@link ./jest-environment}) reads when the file ends: one still open
 * there fails the file, naming it.
 */
export function openTestDatabases(global: object = globalThis): Set<string> {
  const holder = global as Record<symbol, Set<string> | undefined>;
  return (holder[OPEN] ??= new Set());
}

/** Records `db` as open until its `close()`. */
export function trackOpenTestDatabase(db: Database): Database {
  const open = openTestDatabases();
  open.add(db.description);
  const close = db.close;
  return { ...db, close: () => close().finally(() => open.delete(db.description)) };
}
