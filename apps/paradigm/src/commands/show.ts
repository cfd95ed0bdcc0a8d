import { readParadigm } from '@paradigm/persistence';
import { addDatabaseOptions, withExistingDatabase } from '../cli/database-options';
import { EXIT } from '../cli/context';
import type { Register } from '../cli/register';
import { paradigmTable } from '../format/paradigm-table';

/** `paradigm show LEXEME [--json]`. */
export const registerShow: Register = (program, context, act) =>
  addDatabaseOptions(
    program
      .command('show')
      .summary("Print a lexeme's paradigm as a table")
      .description(
        "Print a lexeme's stored paradigm: one row per cell in the author's rule order, one column per pattern. Text holding a tab, line break " +
          'or other control character is printed as a JSON string ("a\\tb").',
      )
      .argument('<lexeme>', 'a lexeme id, or a lemma (every lexeme with that lemma is shown)')
      .option('--json', 'print the paradigms as JSON'),
  ).action(
    act(async (key: string, flags: { json?: boolean; dataDir?: string }) =>
      withExistingDatabase(flags, context, async (db) => {
        const paradigms = await readParadigm(db, key);
        if (flags.json) await context.stdout(`${JSON.stringify(paradigms, null, 2)}\n`);
        else await context.stdout(paradigms.map(paradigmTable).join('\n'));
        if (paradigms.length > 0) return EXIT.ok;
        context.stderr(`paradigm: no lexeme has the id or lemma ${JSON.stringify(key)} in ${db.description}\n`);
        return EXIT.problems;
      }),
    ),
  );
