import { TEST_DIALECTS } from '@paradigm/persistence/testing';
import { CONNECTION_DEFAULTS, exitCodeOf, runCommand, SILENT_PROGRESS } from '../src';
import { formsInTable, lexemes, useLexiconDatabase } from '../src/testing';

// A recompute of lexeme ids names lexemes: an id that names none is a mistake, and the whole recompute is
// refused before it computes anything, the lexemes that exist among the ids too (`paradigm recompute
// --lexemes` and `worker recompute --lexemes` both end so).
for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: runCommand of a recompute of lexeme ids`, () => {
    const database = useLexiconDatabase(dialect, __filename, lexemes(5));
    const recompute = (ids: number[], log: string[] = []) =>
      runCommand({
        config: { command: 'recompute', selection: { kind: 'ids', ids }, method: 'copy', batchSize: 100, batchForms: 50_000, concurrency: 1 },
        connection: CONNECTION_DEFAULTS,
        open: async () => ({ ...database(), close: async () => undefined }),
        progress: SILENT_PROGRESS,
        shutdownTimeoutMs: 1000,
        log: (line) => log.push(line),
        resume: 'run it again',
      });
    const refusal = (ids: string) =>
      `no lexeme has the ${ids} in ${database().description}; nothing was computed. Give the ids of existing lexemes (paradigm show LEMMA prints each lexeme of a lemma with its id).`;

    it('one id that no lexeme has: refused naming it (exit 1), nothing computed, nothing logged', async () => {
      const log: string[] = [];
      const outcome = await recompute([999999], log);
      expect([outcome, exitCodeOf(outcome), log, await formsInTable(database())]).toEqual([{ kind: 'unknown-lexemes', ids: [999999], message: refusal('id 999999') }, 1, [], []]);
    });

    it('ids no lexeme has among those of lexemes: refused naming the unknown ones, the known ones not computed either', async () => {
      const outcome = await recompute([2, 888888, 999999]);
      expect([outcome, exitCodeOf(outcome), await formsInTable(database())]).toEqual([{ kind: 'unknown-lexemes', ids: [888888, 999999], message: refusal('ids 888888, 999999') }, 1, []]);
    });

    it('ids of lexemes only: computed', async () => {
      const outcome = await recompute([1, 3]);
      expect(outcome).toMatchObject({ kind: 'ran', report: { command: 'recompute', lexemes: 2, failed: 0 } });
      expect(exitCodeOf(outcome)).toBe(0);
      expect(await formsInTable(database())).not.toEqual([]);
    });
  });
}
