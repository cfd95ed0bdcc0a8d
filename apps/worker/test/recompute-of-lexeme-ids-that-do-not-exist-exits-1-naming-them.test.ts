import { lexemes, query, useLexiconDatabase } from '@paradigm/recompute/testing';
import { spawnWorker, testDatabaseUrl } from './support/spawn-worker';

// `worker recompute --lexemes` refuses ids that no lexeme has as `paradigm recompute --lexemes` does:
// exit 1 naming them, nothing computed, the lexemes that exist among the ids left queued too.
describe('worker recompute --lexemes with ids that no lexeme has', () => {
  const database = useLexiconDatabase('postgres', __filename, lexemes(5));
  const url = testDatabaseUrl(`${__filename}-postgres`);
  const state = async () => ({
    forms: await query(database(), 'SELECT count(*)::int AS n FROM forms'),
    queued: await query(database(), 'SELECT lexeme_id FROM recompute_queue ORDER BY lexeme_id'),
  });
  const refusal = (ids: string) =>
    `worker: no lexeme has the ${ids} in ${database().description}; nothing was computed. Give the ids of existing lexemes (paradigm show LEMMA prints each lexeme of a lemma with its id).\n`;
  const recompute = async (ids: string) => {
    const worker = spawnWorker(['recompute', '--lexemes', ids, '--progress', 'none'], { DATABASE_URL: url });
    return { code: (await worker.exited).code, stdout: worker.stdout(), stderr: worker.stderr() };
  };

  it('one unknown id: exit 1 naming it, nothing computed', async () => {
    const before = await state();
    expect(before.forms).toEqual([{ n: 0 }]);
    expect(await recompute('999999')).toEqual({ code: 1, stdout: '', stderr: refusal('id 999999') });
    expect(await state()).toEqual(before);
  });

  it('unknown ids among known ones: exit 1 naming the unknown ones, the known ones not computed either', async () => {
    const before = await state();
    expect(await recompute('999999,1,888888')).toEqual({ code: 1, stdout: '', stderr: refusal('ids 888888, 999999') });
    expect(await state()).toEqual(before);
  });

  it('known ids only: computed, exit 0', async () => {
    const ended = await recompute('1,3');
    expect([ended.code, ended.stderr]).toEqual([0, '']);
    expect(ended.stdout).toMatch(/^recompute: 2 lexemes, [1-9]\d* forms in /);
    expect((await state()).forms).not.toEqual([{ n: 0 }]);
  });
});
