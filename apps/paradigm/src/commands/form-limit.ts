import { plural } from '@paradigm/core';
import { InvalidArgumentError } from 'commander';
import { parseFormLimit } from '@paradigm/lexicons';
import { MAX_STORED_LIMIT, readFormLimit, setFormLimit } from '@paradigm/persistence';
import { addDatabaseOptions, withDatabase } from '../cli/database-options';
import { EXIT } from '../cli/context';
import type { Register } from '../cli/register';
import { onSameDatabase, RUN } from './recompute-hints';

/** The limit as the command line gives it: a positive whole number the column holds, or `none`. */
function storedLimit(raw: string): number {
  const limit = parseFormLimit(raw);
  if (limit === undefined || (limit !== Infinity && limit > MAX_STORED_LIMIT)) {
    throw new InvalidArgumentError(`expects a whole number of forms from 1 to ${MAX_STORED_LIMIT}, or none for no limit.`);
  }
  return limit;
}

function shown(limit: number): string {
  return limit === Infinity ? 'none' : String(limit);
}

/** The limit in a sentence: `none`, or `N forms per lexeme`. */
function described(limit: number): string {
  return limit === Infinity ? 'none' : `${plural(limit, 'form')} per lexeme`;
}

/** `paradigm form-limit [N|none]`: prints or sets the lexicon's limit of forms per lexeme. */
export const registerFormLimit: Register = (program, context, act) =>
  addDatabaseOptions(
    program
      .command('form-limit')
      .summary("Print or set the lexicon's limit of forms per lexeme")
      .description(
        'Print the most forms one lexeme may generate (default 100000), or set it. A lexeme that generates more fails with the reason ' +
          '(`paradigm status` lists it) and keeps its old forms: the limit stops a pattern whose continuations multiply from filling the ' +
          'forms table and the memory. It is stored with the lexicon, and a new value counts as a change to every pattern: every lexeme is ' +
          `queued and computed again under it by \`${RUN}\`.`,
      )
      .argument('[limit]', 'a whole number of forms, or none for no limit', storedLimit),
  ).action(
    act(async (limit: number | undefined, flags: { dataDir?: string }) =>
      withDatabase(flags, context, async (db) => {
        const before = await readFormLimit(db);
        if (limit === undefined) {
          await context.stdout(`${shown(before)}\n`);
          return EXIT.ok;
        }
        if (!(await setFormLimit(db, limit))) {
          context.stderr(`paradigm: the form limit of ${db.description} is ${described(limit)} already; nothing changed\n`);
          return EXIT.ok;
        }
        context.stderr(
          `paradigm: the form limit of ${db.description} is now ${described(limit)} (was ${described(before)}); every pattern is queued as changed, ` +
            `so every lexeme's forms are computed again under it by:\n  ${onSameDatabase(RUN, flags.dataDir)}\n`,
        );
        return EXIT.ok;
      }),
    ),
  );
