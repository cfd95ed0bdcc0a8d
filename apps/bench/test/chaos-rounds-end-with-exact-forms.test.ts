import { createTestDatabase, testDatabaseUrl } from '@paradigm/persistence/testing';
import { DICTIONARIES } from '../src/chaos/chaos-dictionaries';
import { planRound } from '../src/chaos/chaos-plan';
import { breaksTheRule } from '../src/chaos/forms-difference';
import { runRound } from '../src/chaos/chaos-round';
import { paradigmCommand } from '../src/chaos/paradigm-process';
import { findWorkspaceRoot } from '../src/shared/workspace-root';

const ROOT = findWorkspaceRoot();

// The soak of `nx run bench:chaos`, a few short rounds with fixed seeds: `paradigm` processes (the
// build, which `nx run bench:test` makes first; the source would start each in seconds) started, killed and stopped at the plan's moments beside plain-SQL
// edits, then drained; every round must end with exactly the generated forms and no process ending
// otherwise than judgeEnd expects (done, lexemes failed, stopped by SIGTERM, or killed). Each of these
// seeds starts an import in a slot that nothing started in before and nothing signals after, so the
// import runs beside the others to its end and must exit 0: a planned option `import` does not take
// would end it with exit 2 at once.
describe('postgres: random rounds of paradigm processes, kills and edits', () => {
  it.each([3, 9, 40])('seed %i: once drained, forms are exactly what the lexicon generates, and the import ran', async (seed) => {
    const name = `${__filename}-${seed}`;
    const db = await createTestDatabase('postgres', name);
    try {
      const plan = planRound(seed, { slots: 2, durationMs: 3000, lexemes: 80, dictionaries: DICTIONARIES });
      const log: string[] = [];
      const result = await runRound(plan, { url: testDatabaseUrl(name), command: paradigmCommand(ROOT), root: ROOT, log: (line) => log.push(line) });
      // What ran and was killed when, for a failing round.
      if (result.unexpectedExits.length > 0 || breaksTheRule(result.difference)) console.error(log.join('\n'));
      expect({
        unexpected: result.unexpectedExits,
        importsDone: result.completed.import,
        extra: result.difference.extra,
        missing: result.difference.missing,
        queued: result.difference.queued,
      }).toEqual({
        unexpected: [],
        importsDone: 1,
        extra: [],
        missing: [],
        queued: { lexemes: 0, patterns: 0 },
      });
      expect(result.difference.rows).toBeGreaterThan(0);
      expect(result.started).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  });
});
