import { compileGrammar } from '@paradigm/core';
import { DELAY_VARIABLE } from '@paradigm/recompute';
import { expectedForms, formsInTable, lexemes, PATTERNS, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';

const ENTRIES = lexemes(40);
const FLAGS = ['recompute', '--all', '--batch-size', '4', '--progress', 'none'];

describe('two `recompute --all` processes started together (PostgreSQL)', () => {
  const database = useLexiconDatabase('postgres', __filename, ENTRIES);
  const url = testDatabaseUrl(`${__filename}-postgres`);

  it('compute every lexeme once between them: the second waits for the first and finds the work done', async () => {
    // 1.5 s per page of 4 lexemes (15 s in all): whichever process starts rebuilding first is still at it
    // when the other one, however slow to start, asks for the rebuild lock.
    const workers = [spawnWorker(FLAGS, { DATABASE_URL: url, [DELAY_VARIABLE]: '1500' }), spawnWorker(FLAGS, { DATABASE_URL: url, [DELAY_VARIABLE]: '1500' })];
    const exits = await Promise.all(workers.map((worker) => worker.exited));
    expect(exits.map((exit) => exit.code)).toEqual([0, 0]);
    const summaries = workers.map((worker) => worker.stdout()).sort();
    expect(summaries[0]).toMatch(/^recompute: 0 lexemes, 0 forms .*\nAnother `recompute --all` rebuilt every form while this one waited for it/);
    expect(summaries[1]).toMatch(/^recompute: 40 lexemes, /);
    expect(await formsInTable(database())).toEqual(expectedForms(compileGrammar(PATTERNS).grammar, ENTRIES));
  });
});
