import { generateForms, lexemeExists } from '@paradigm/persistence';
import { addDatabaseOptions, withExistingDatabase } from '../cli/database-options';
import { EXIT } from '../cli/context';
import type { Register } from '../cli/register';
import { fieldText } from '../format/field-text';

/** `paradigm generate LEMMA CELL`. */
export const registerGenerate: Register = (program, context, act) =>
  addDatabaseOptions(
    program
      .command('generate')
      .summary('Print the forms of one cell of a lexeme')
      .description("Print the stored forms of one cell of a lexeme, one per line, in the author's order. Exits 1 when there is none.")
      .argument('<lexeme>', 'a lemma (every lexeme with it), or a lexeme id')
      .argument('<cell>', 'the cell exactly as the rules write it, e.g. N;PL'),
  ).action(
    act(async (key: string, cell: string, flags: { dataDir?: string }) =>
      withExistingDatabase(flags, context, async (db) => {
        const forms = await generateForms(db, key, cell);
        if (forms.length > 0) {
          await context.stdout(forms.map((f) => `${fieldText(f.form)}\n`).join(''));
          return EXIT.ok;
        }
        if (!(await lexemeExists(db, key))) context.stderr(`paradigm: no lexeme has the id or lemma ${JSON.stringify(key)} in ${db.description}\n`);
        else context.stderr(`paradigm: no stored form of ${JSON.stringify(key)} has the cell ${JSON.stringify(cell)}; \`paradigm show ${key}\` lists its cells\n`);
        return EXIT.problems;
      }),
    ),
  );
