import { plural } from '@paradigm/core';
import { migrateToLatest, UnmigratableDatabaseError } from '@paradigm/persistence';
import { CommandFailure } from '../cli/command-failure';
import { EXIT } from '../cli/context';
import { addDatabaseOptions, withDatabase } from '../cli/database-options';
import type { Register } from '../cli/register';

/** `paradigm migrate`. */
export const registerMigrate: Register = (program, context, act) =>
  addDatabaseOptions(
    program
      .command('migrate')
      .summary('Bring the database schema up to date')
      .description(
        'Apply every schema migration the database does not have yet, in order, and name them; running it again changes nothing. ' +
          'The other commands do the same when they open the database; this one says what it applied.',
      ),
  ).action(
    act(async (flags: { dataDir?: string }) =>
      withDatabase(
        flags,
        context,
        async (db) => {
          let applied: readonly string[];
          try {
            ({ applied } = await migrateToLatest(db));
          } catch (error) {
            // Its message names the database and the fix, which is not to run this command again.
            if (error instanceof UnmigratableDatabaseError) throw new CommandFailure(EXIT.database, error.message);
            throw new CommandFailure(EXIT.database, `${(error as Error).message} (in ${db.description}); fix the cause, then run paradigm migrate again`);
          }
          context.stderr(
            applied.length === 0
              ? `paradigm: ${db.description} is up to date: no migration to apply\n`
              : `paradigm: applied ${plural(applied.length, 'migration')} to ${db.description}: ${applied.join(', ')}\n`,
          );
          return EXIT.ok;
        },
        { migrate: false },
      ),
    ),
  );
