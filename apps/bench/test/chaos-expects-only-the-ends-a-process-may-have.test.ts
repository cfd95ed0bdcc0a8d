import { createTestDatabase, testDatabaseUrl } from '@paradigm/persistence/testing';
import { DICTIONARIES } from '../src/chaos/chaos-dictionaries';
import { paradigmCommand, startParadigm } from '../src/chaos/paradigm-process';
import { judgeEnd } from '../src/chaos/process-end';
import { findWorkspaceRoot } from '../src/shared/workspace-root';

const ROOT = findWorkspaceRoot();

// The soak's judge of a process's end, on real `paradigm` processes: exit 1 is expected for lexemes
// that failed (docs/examples has one on purpose), not for a refusal the plan never asks for (a seed
// without --replace into a lexicon that is not empty); exit 2, an option the command does not take, never.
describe('postgres: the soak expects only the ends a process may have beside the others', () => {
  it('done, lexemes failed; a refusal and a usage error are unexpected', async () => {
    const name = __filename;
    const db = await createTestDatabase('postgres', name);
    const url = testDatabaseUrl(name);
    const command = paradigmCommand(ROOT);
    const verdict = async (args: readonly string[]) => {
      const ended = await startParadigm(command, args, url, ROOT).exited;
      return { code: ended.code, verdict: judgeEnd(ended, undefined) };
    };
    try {
      expect([
        await verdict(['load', ...DICTIONARIES.patterns, DICTIONARIES.tsv, '--replace']),
        await verdict(['recompute', '--all', '--progress', 'none']),
        await verdict(['seed', '--lexemes', '5']),
        await verdict(['import', 'apertium', DICTIONARIES.apertium, '--replace', '--batch-size', '3', '--progress', 'none']),
      ]).toEqual([
        { code: 0, verdict: { state: 'expected', why: 'done' } },
        { code: 1, verdict: { state: 'expected', why: 'lexemes failed' } },
        { code: 1, verdict: { state: 'unexpected' } },
        { code: 2, verdict: { state: 'unexpected' } },
      ]);
    } finally {
      await db.close();
    }
  });
});
