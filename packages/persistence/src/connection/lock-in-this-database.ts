/**
 * The condition that a `pg_locks` row (named `alias`, else the view itself) is a lock in this database.
 * `pg_locks` shows the whole server's locks, and neither a relation id nor an advisory key tells one
 * database from another: databases cloned from one template have tables of the same relation ids, and
 * every database Paradigm runs on takes the same advisory keys.
 */
export function lockInThisDatabase(alias?: string): string {
  return `${alias === undefined ? '' : `${alias}.`}database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
}
