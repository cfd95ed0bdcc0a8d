import { isDatabaseUnavailable, rootMessage } from '@paradigm/recompute';
import { CommandFailure } from './command-failure';
import { EXIT } from './context';

// PostgreSQL's SQLSTATE codes (PGlite raises the same): five characters, the class first; Node's own
// error codes (EPIPE, ECONNRESET) are not among them.
const SQLSTATE = /^(?:[0-9][0-9A-Z]|HV|P0|XX|F0)[0-9A-Z]{3}$/;
// Class 53, insufficient resources: 53100 disk full, 53200 out of memory, 53300 too many connections.
const INSUFFICIENT_RESOURCES = /^53/;

/** The SQLSTATE of the server's error in `error`'s cause chain, if there is one. */
function serverState(error: unknown): string | undefined {
  // Duck-typed: PGlite's errors may come from another realm.
  for (let e: unknown = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    const { code } = e as { code?: unknown };
    if (typeof code === 'string' && SQLSTATE.test(code)) return code;
  }
  return undefined;
}

/**
 * The failure (exit 3) for a database that failed a command part way: it went away, its disk filled, or
 * it refused a statement. The commands that open the database through `withDatabase` write in one
 * transaction (`load`, `seed`) or not at all, so the database is as it was before the command.
 * `undefined` when `error` is no database error (a bug, or a {@link CommandFailure} of the command's own).
 */
export function databaseFailure(description: string, error: unknown): CommandFailure | undefined {
  if (error instanceof CommandFailure) return undefined;
  const state = serverState(error);
  const unavailable = isDatabaseUnavailable(error);
  if (state === undefined && !unavailable) return undefined;
  const fix = unavailable
    ? 'Check that the database server is running and reachable'
    : state !== undefined && INSUFFICIENT_RESOURCES.test(state)
      ? 'Free disk space (or memory) where the database is'
      : 'Fix the cause';
  return new CommandFailure(
    EXIT.database,
    `the database ${description} failed: ${rootMessage(error)}${state ? ` (SQLSTATE ${state})` : ''}. Nothing was changed: the command's transaction was rolled back. ${fix}, then run the command again.`,
  );
}
