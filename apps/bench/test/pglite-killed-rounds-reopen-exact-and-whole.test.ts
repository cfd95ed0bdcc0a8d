import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testFolderPrefix } from '@paradigm/persistence/testing';
import { DICTIONARIES } from '../src/chaos/chaos-dictionaries';
import { paradigmCommand } from '../src/chaos/paradigm-process';
import { planPgliteRound } from '../src/chaos/pglite-plan';
import { type PgliteSoak, runPgliteRound } from '../src/chaos/pglite-round';
import { findWorkspaceRoot } from '../src/shared/workspace-root';

const ROOT = findWorkspaceRoot();
const LEXEMES = 60;

// The soak of `nx run bench:chaos -- --pglite`, two rounds with fixed seeds on the embedded database:
// one `paradigm` process (the build, which `nx run bench:test` makes first) SIGKILLed at the seed's
// moment, `paradigm run` started and killed while it reopens the folder as the seed says, then the
// promise checked: the folder opens, `paradigm run` drains it to exactly the generated forms, the
// lexicon is as before the victim or as the victim makes it (for `serve`, with every answered save),
// and `paradigm migrate` runs. Each seed kills early enough (an eighth of the victim's whole time or
// less; `serve` runs until killed) that the kill lands while the victim is running, however loaded the machine.
describe('pglite: one paradigm process killed at a seeded moment, then reopened', () => {
  const work = mkdtempSync(join(tmpdir(), `${testFolderPrefix()}pglite-chaos-`));
  const soak: PgliteSoak = { command: paradigmCommand(ROOT), root: ROOT, work, lexemes: LEXEMES, log: () => {}, starts: new Map(), whole: new Map() };
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each([
    [7, 'import', 2],
    [30, 'serve', 1],
  ])('seed %i: %s killed, %i reopening runs killed; the next processes find the promise kept', async (seed, kind, reopens) => {
    const plan = planPgliteRound(seed, LEXEMES, DICTIONARIES);
    expect({ kind: plan.victim.kind, reopens: plan.reopenKills.length, early: plan.victim.kind === 'serve' || plan.killAt < 0.125 }).toEqual({ kind, reopens, early: true });
    const result = await runPgliteRound(plan, soak);
    expect({ problems: result.problems, killed: result.killed }).toEqual({ problems: [], killed: true });
    expect(result.difference!.rows).toBeGreaterThan(0);
    rmSync(result.folder, { recursive: true, force: true });
  }, 900_000);
});
