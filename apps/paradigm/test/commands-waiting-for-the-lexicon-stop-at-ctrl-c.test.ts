import { join } from 'node:path';
import { readerHoldingForms } from '@paradigm/persistence/testing';
import { formsInTable } from '@paradigm/recompute/testing';
import { startParadigm } from './support/paradigm-process';
import { SMALL_DICTIONARY_FORMS, writeSmallDictionary } from './support/small-dictionary';
import { useSmallDictionaryDatabase } from './support/small-dictionary-database';
import { until } from './support/until';

const EXAMPLES = join(__dirname, '../../../docs/examples');

// A command waiting for the lexicon's tables behind another session's open transaction says that
// Ctrl-C stops it and changes nothing: one Ctrl-C ends the wait, rolls back, says so and exits 130,
// while that session still holds the tables (not after the grace period, with the server left to roll
// it back). On PostgreSQL.
describe('paradigm commands waiting for the lexicon, interrupted', () => {
  const { db: database, url: databaseUrl, dir } = useSmallDictionaryDatabase(__filename);

  const commands: readonly [string, () => string[], string][] = [
    ['import', () => {
      const { aff, dic } = writeSmallDictionary(dir);
      return ['import', 'hunspell', aff, dic, '--replace'];
    }, 'import interrupted: it rolled back, the old lexicon and forms are as they were'],
    ['import --no-recompute', () => {
      const { aff, dic } = writeSmallDictionary(dir);
      return ['import', 'hunspell', aff, dic, '--replace', '--no-recompute'];
    }, 'import interrupted: it rolled back, the old lexicon and forms are as they were'],
    ['load --replace', () => ['load', join(EXAMPLES, 'english.patterns'), join(EXAMPLES, 'conlang.patterns'), join(EXAMPLES, 'lexemes.tsv'), '--replace'],
      'load interrupted: it rolled back, the lexicon and forms are as they were'],
  ];

  it.each(commands)('%s ends its wait at Ctrl-C, having changed nothing', async (_command, args, said) => {
    const reader = await readerHoldingForms(database(), 'lexicon-reader');
    try {
      const running = startParadigm([...args(), '--progress', 'none'], { DATABASE_URL: databaseUrl() });
      await until('the command to say whom it waits for', async () => running.stderr().includes('changes nothing.'));
      running.child.kill('SIGINT');
      const ended = await running.ended;
      expect(ended.code).toBe(130);
      expect(ended.stderr.endsWith(`paradigm: ${said} in ${database().description}\n`)).toBe(true);
    } finally {
      await reader.release();
    }
    expect(await formsInTable(database())).toEqual(SMALL_DICTIONARY_FORMS);
  }, 5 * 60_000);
});
