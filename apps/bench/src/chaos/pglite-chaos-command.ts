/**
 * The embedded database's crash soak (`nx run bench:chaos -- --pglite --rounds N --seed S`): PGlite is one
 * process's, so each round kills one `paradigm` process on a PGlite folder of its own, at a moment drawn
 * from the round's seed, and then checks that the next processes open the folder and find the promise
 * kept (docs/guarantees.md). Round r runs seed S + r; its victim, kill moment and edits come from that
 * seed alone, so `--rounds 1 --seed <its seed>` plays a failing round again (the processes' timing still
 * varies from run to run). Exits 1 if any round broke the promise, keeping its folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { intFlag, type ParsedArgs, rejectUnknownFlags, stringFlag } from '../cli/args';
import { loadAverage } from '../shared/provenance';
import { findWorkspaceRoot } from '../shared/workspace-root';
import { chaosDictionaries } from './chaos-dictionaries';
import { describeCounts } from './chaos-round';
import { paradigmCommand } from './paradigm-process';
import { planPgliteRound, type VictimKind } from './pglite-plan';
import { type PgliteSoak, runPgliteRound } from './pglite-round';

const FLAGS = ['pglite', 'rounds', 'seed', 'lexemes', 'dir', 'source'];

export async function pgliteChaosCommand(args: ParsedArgs): Promise<number> {
  rejectUnknownFlags(args, FLAGS, 'chaos --pglite');
  const rounds = intFlag(args, 'rounds', 20);
  const firstSeed = intFlag(args, 'seed', 1);
  const lexemes = intFlag(args, 'lexemes', 200);
  const work = args.flags.has('dir') ? stringFlag(args, 'dir', '') : mkdtempSync(join(tmpdir(), 'paradigm-pglite-chaos-'));
  const root = findWorkspaceRoot();
  const soak: PgliteSoak = { command: paradigmCommand(root, args.flags.has('source')), root, work, lexemes, log, starts: new Map(), whole: new Map() };
  log(`PGlite crash soak in ${work}: ${rounds} rounds from seed ${firstSeed}, ${lexemes} lexemes`);

  const failing: number[] = [];
  const victims: Record<string, number> = {};
  const killedByKind: Record<string, number> = {};
  let killed = 0;
  let reopenKilled = 0;
  const afterVictim: Record<string, number> = {};
  let replayed = 0;
  let saved = 0;
  const dictionaries = chaosDictionaries();
  for (let round = 0; round < rounds; round++) {
    const seed = firstSeed + round;
    const plan = planPgliteRound(seed, lexemes, dictionaries);
    const result = await runPgliteRound(plan, soak);
    const kind: VictimKind = plan.victim.kind;
    victims[kind] = (victims[kind] ?? 0) + 1;
    if (result.killed) {
      killed += 1;
      killedByKind[kind] = (killedByKind[kind] ?? 0) + 1;
    }
    reopenKilled += result.reopenKilled;
    afterVictim[result.afterVictim] = (afterVictim[result.afterVictim] ?? 0) + 1;
    if (result.beforeDrain === 'in production' || result.beforeDrain === 'in crash recovery') replayed += 1;
    saved += result.saved;
    const what =
      `round ${round + 1}/${rounds} seed ${seed} (load ${loadAverage()[0]}): paradigm ${plan.victim.args.join(' ')} on ${plan.victim.start}, ` +
      `${result.killed ? 'killed' : 'ended'} after ${(result.endedAfterMs / 1000).toFixed(2)} s${plan.victim.kind === 'serve' ? ` (${result.saved} saves answered)` : ''}; ` +
      `pg_control ${result.afterVictim}; ${result.reopenKilled} of ${plan.reopenKills.length} reopening runs killed; drain started on ${result.beforeDrain}`;
    if (result.problems.length > 0) {
      failing.push(seed);
      log(`${what}\n  FAIL seed ${seed}, folder ${result.folder} kept:`);
      for (const problem of result.problems) log(`    ${problem}`);
    } else {
      log(`${what}; ok: ${result.difference!.rows} forms exact`);
      rmSync(result.folder, { recursive: true, force: true });
    }
  }
  log(
    `${rounds} rounds from seed ${firstSeed}: victims ${describeCounts(victims)}; SIGKILL reached ${killed} (${describeCounts(killedByKind)}), the others ended first; ` +
      `pg_control after the victim: ${describeCounts(afterVictim)}; ${reopenKilled} runs killed while reopening; ${replayed} drains opened a folder killed open (WAL replayed); ${saved} workbench saves answered; ` +
      `${failing.length ? `${failing.length} rounds failed: seeds ${failing.join(', ')}` : 'every round opened, drained to exact forms, kept its lexicon whole and ran the next command'}`,
  );
  if (failing.length === 0 && !args.flags.has('dir')) rmSync(work, { recursive: true, force: true });
  return failing.length > 0 ? 1 : 0;
}

function log(line: string): void {
  console.log(line);
}
