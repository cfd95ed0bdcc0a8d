import { join } from 'node:path';
import { readerHoldingForms } from '@paradigm/persistence/testing';
import { formsInTable } from '@paradigm/recompute/testing';
import { startParadigm } from './support/paradigm-process';
import { SMALL_DICTIONARY_FORMS, writeSmallDictionary } from './support/small-dictionary';
import { useSmallDictionaryDatabase } from './support/small-dictionary-database';
import { until } from './support/until';

const EXAMPLES = join(__dirname, '../../../docs/examples');

// A command waiting for the lexicon's tables behind another session's open transaction (an import or
// a load replacing the lexicon; a full rebuild's swap) says that Ctrl-C stops it and changes nothing:
// one Ctrl-C ends the wait, rolls back, says so and exits 130, while that session still holds the
// tables (not after the grace period, with the server left to roll it back). On PostgreSQL.
describe('paradigm commands waiting for the lexicon, interrupted', () => {
  const { db: database, url: databaseUrl, dir } = useSmallDictionaryDatabase(__filename);

  /** The last lines the command prints, given its database's description. */
  type LastLine = (database: string) => RegExp;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const rolledBack = (command: string, what: string): LastLine => (database) => new RegExp(`(?:^|\n)paradigm: ${command} interrupted: it rolled back, ${what} were in ${escape(database)}$`);

  const commands: readonly [string, () => string[], LastLine][] = [
    ['import', () => {
      const { aff, dic } = writeSmallDictionary(dir);
      return ['import', 'hunspell', aff, dic, '--replace'];
    }, rolledBack('import', 'the old lexicon and forms are as they')],
    ['import --no-recompute', () => {
      const { aff, dic } = writeSmallDictionary(dir);
      return ['import', 'hunspell', aff, dic, '--replace', '--no-recompute'];
    }, rolledBack('import', 'the old lexicon and forms are as they')],
    ['load --replace', () => ['load', join(EXAMPLES, 'english.patterns'), join(EXAMPLES, 'conlang.patterns'), join(EXAMPLES, 'lexemes.tsv'), '--replace'],
      rolledBack('load', 'the lexicon and forms are as they')],
    // A full rebuild's swap waiting for `forms`: the rebuild rolls back, and its report says so.
    ['recompute --all', () => ['recompute', '--all'],
      (database) =>
        new RegExp(
          `\\nparadigm: recompute \\(interrupted\\): 0 lexemes, 0 forms in .*; ${escape(database)}\\n` +
            'The rebuild stopped before the new table was swapped in: every form is as it was before it, and nothing it computed was kept\\.$',
        )],
  ];

  it.each(commands)('%s ends its wait at Ctrl-C, having changed nothing', async (_command, args, lastLine) => {
    const reader = await readerHoldingForms(database(), 'lexicon-reader');
    try {
      const running = startParadigm([...args(), '--progress', 'none'], { DATABASE_URL: databaseUrl() });
      await until('the command to say whom it waits for', async () => running.stderr().includes('changes nothing.'));
      running.child.kill('SIGINT');
      const ended = await running.ended;
      expect(ended.code).toBe(130);
      expect(ended.stderr.endsWith('\n')).toBe(true);
      expect(ended.stderr.trimEnd()).toMatch(lastLine(database().description));
    } finally {
      await reader.release();
    }
    expect(await formsInTable(database())).toEqual(SMALL_DICTIONARY_FORMS);
  }, 5 * 60_000);
});
