import { isDatabaseUnavailable, rootMessage, serverError } from '@paradigm/recompute';
import { CommandFailure } from './command-failure';
import { EXIT } from './context';

// Class 53, insufficient resources: 53100 disk full, 53200 out of memory, 53300 too many connections.
const INSUFFICIENT_RESOURCES = /^53/;

/**
 * The failure (exit 3) for a database that failed a command part way: it went away, its disk filled, or
 * it refused a statement. The commands that open the database through `withDatabase` write in one
 * transaction (`load`, `seed`) or not at all, so the database is as it was before the command.
 * `undefined` when `error` is no database error (a bug, or a {@link CommandFailure} of the command's own).
 */
export function databaseFailure(description: string, error: unknown): CommandFailure | undefined {
  if (error instanceof CommandFailure) return undefined;
  const state = serverError(error)?.code;
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
