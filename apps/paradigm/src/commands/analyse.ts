import { analyseForm } from '@paradigm/persistence';
import { addDatabaseOptions, withExistingDatabase } from '../cli/database-options';
import { EXIT } from '../cli/context';
import type { Register } from '../cli/register';
import { fieldText } from '../format/field-text';

/** `paradigm analyse WORD... [--ignore-case] [--json]`. */
export const registerAnalyse: Register = (program, context, act) =>
  addDatabaseOptions(
    program
      .command('analyse')
      .alias('analyze')
      .summary('Print the lexeme, cell, pattern and analysis of each word')
      .description(
        'Print every reading of each word among the stored forms, one per line: WORD, lexeme id, lemma, cell, pattern, analysis ' +
          '(tab-separated; a field holding a tab, line break or other control character is printed as a JSON string, "a\\tb"). ' +
          'A word with none prints WORD and "*". Exits 1 when a word has no reading.',
      )
      .argument('<words...>', 'surface forms')
      .option('--ignore-case', 'compare lower-cased (reads every stored form: slow on large lexicons)')
      .option('--json', 'print {word, analyses} objects as JSON'),
  ).action(
    act(async (words: string[], flags: { ignoreCase?: boolean; json?: boolean; dataDir?: string }) =>
      withExistingDatabase(flags, context, async (db) => {
        const results = [];
        for (const word of words) results.push({ word, analyses: await analyseForm(db, word, { ignoreCase: flags.ignoreCase === true }) });
        if (flags.json) await context.stdout(`${JSON.stringify(results, null, 2)}\n`);
        else {
          const lines = results.flatMap(({ word, analyses }) =>
            analyses.length === 0
              ? [`${fieldText(word)}\t*`]
              : analyses.map((a) => [fieldText(a.form), a.lexemeId, fieldText(a.lemma), fieldText(a.cell), fieldText(a.pattern), fieldText(a.analysis)].join('\t')),
          );
          await context.stdout(`${lines.join('\n')}\n`);
        }
        return results.every((r) => r.analyses.length > 0) ? EXIT.ok : EXIT.problems;
      }),
    ),
  );
