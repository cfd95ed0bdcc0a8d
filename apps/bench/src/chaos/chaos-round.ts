import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase } from '@paradigm/persistence';
import { REBUILT_QUEUE_SUMMARY } from '@paradigm/recompute';
import { applyEdit, describeEdit } from './chaos-edits';
import { type Plan, type PlannedProcess, type ProcessKind, zeroPerKind } from './chaos-plan';
import { type FormsDifference, formsDifference } from './forms-difference';
import { type ParadigmProcess, startParadigm } from './paradigm-process';
import { judgeEnd } from './process-end';

/** Where and how a round runs. */
export interface RoundOptions {
  /** A PostgreSQL database of the round's own (emptied by the starting seed; migrated by the first process). */
  readonly url: string;
  /** `node` arguments before the `paradigm` ones (see `paradigmCommand`). */
  readonly command: readonly string[];
  /** Where the processes start: the workspace root, which the plan's file arguments are relative to. */
  readonly root: string;
  /** Receives the round's log lines. */
  readonly log: (line: string) => void;
  /** Logs every edit too (else only their counts). */
  readonly verbose?: boolean;
}

/** What a round did and found. */
export interface RoundResult {
  readonly difference: FormsDifference;
  /** Processes that ended otherwise than {@link judgeEnd} expects, with their standard error. */
  readonly unexpectedExits: readonly string[];
  readonly started: number;
  /** Processes of each kind that exited 0: the kinds that really ran beside the others, not only started. */
  readonly completed: Readonly<Record<ProcessKind, number>>;
  readonly signalled: { readonly SIGKILL: number; readonly SIGTERM: number };
  /** `run` processes (`--follow` or not) that found most of the lexicon queued and rebuilt every lexeme's forms, as their summaries say. */
  readonly rebuiltRuns: number;
  readonly edits: { readonly applied: number; readonly refused: number };
}

/** A longer stop than this for a process the round waits for is a hang: it is killed and named. */
const WAIT_FOR_END_MS = 120_000;

/**
 * Runs `plan` on the database at `options.url`: loads the synthetic lexicon and computes its forms,
 * then plays the steps at their times (edits one after another on a connection of the round's own;
 * processes started and signalled by slot), stops what still runs (a `run --follow` by the plan's stop
 * signal; the others are waited for), drains the queues with `paradigm run` and compares `forms` with
 * what the lexicon generates.
 */
export async function runRound(plan: Plan, options: RoundOptions): Promise<RoundResult> {
  const { url, command, root, log } = options;
  const unexpectedExits: string[] = [];
  const mustSucceed = async (args: readonly string[]) => {
    const ended = await startParadigm(command, args, url, root).exited;
    if (judgeEnd(ended, undefined).state === 'unexpected') throw new Error(`paradigm ${args.join(' ')} exited ${ended.code ?? ended.signal}:\n${ended.stderr}`);
  };
  await mustSucceed(['seed', '--replace', '--lexemes', String(plan.lexemes), '--seed', String(plan.seed)]);
  await mustSucceed(['recompute', '--all', '--progress', 'none']);

  const db = await openDatabase({ url, maxConnections: 2, migrate: false });
  try {
    const start = performance.now();
    const at = () => `+${((performance.now() - start) / 1000).toFixed(3)}s`;
    const slots: Array<{ process: ParadigmProcess; planned: PlannedProcess; number: number; signalled?: NodeJS.Signals } | undefined> = [];
    const exits: Promise<void>[] = [];
    let started = 0;
    const completed = zeroPerKind();
    let rebuiltRuns = 0;
    const signalled = { SIGKILL: 0, SIGTERM: 0 };
    const edits = { applied: 0, refused: 0 };
    const appliedByKind = new Map<string, number>();
    const send = (slot: { process: ParadigmProcess; number: number; signalled?: NodeJS.Signals }, signal: 'SIGKILL' | 'SIGTERM', why: string) => {
      // A SIGTERM after a SIGKILL not yet reaped (which takes up to half a second under load, also at the
      // end of the round) changes nothing: the process dies of the SIGKILL.
      if (slot.signalled !== 'SIGKILL') slot.signalled = signal;
      signalled[signal] += 1;
      log(`  ${at()} #${slot.number} ${signal}${why}`);
      slot.process.child.kill(signal);
    };
    const watch = (number: number, planned: PlannedProcess, running: ParadigmProcess, signal: () => NodeJS.Signals | undefined) =>
      running.exited.then((ended) => {
        const how = ended.signal ?? `exit ${ended.code}`;
        const verdict = judgeEnd(ended, signal());
        if (ended.code === 0) completed[planned.kind] += 1;
        if (planned.args[0] === 'run' && ended.stderr.includes(REBUILT_QUEUE_SUMMARY)) rebuiltRuns += 1;
        log(`  ${at()} #${number} ${planned.name}: ${how}${verdict.state === 'expected' ? ` (${verdict.why})` : ' UNEXPECTED'}`);
        if (verdict.state === 'unexpected') {
          const exit = `#${number} paradigm ${planned.args.join(' ')}: ${how}${signal() ? ` after ${signal()}` : ''}\n${lastLines(ended.stderr, 12)}`;
          unexpectedExits.push(exit);
          log(`  ${exit}`);
        }
      });

    for (const step of plan.steps) {
      const wait = start + step.atMs - performance.now();
      if (wait > 0) await sleep(wait);
      const slot = step.kind === 'edit' ? undefined : slots[step.slot];
      if (step.kind === 'edit') {
        const refused = await applyEdit(db, step.edit, workbenchUrl(slots));
        if (refused) edits.refused += 1;
        else {
          edits.applied += 1;
          appliedByKind.set(step.edit.kind, (appliedByKind.get(step.edit.kind) ?? 0) + 1);
        }
        if (options.verbose) log(`  ${at()} edit ${describeEdit(step.edit)}${refused ? `: refused (${refused})` : ''}`);
      } else if (step.kind === 'start') {
        if (slot && !slot.process.ended()) continue;
        const number = ++started;
        const running = startParadigm(command, step.process.args, url, root);
        const entry = { process: running, planned: step.process, number, signalled: undefined as NodeJS.Signals | undefined };
        slots[step.slot] = entry;
        log(`  ${at()} #${number} [slot ${step.slot}] start paradigm ${step.process.args.join(' ')}`);
        exits.push(watch(number, step.process, running, () => entry.signalled));
      } else if (slot && !slot.process.ended()) {
        send(slot, step.signal, '');
      }
    }

    log(`  ${at()} stopping: ${edits.applied} edits applied (${describeCounts(Object.fromEntries(appliedByKind))}), ${edits.refused} refused`);
    await Promise.all(
      slots.map(async (slot, index) => {
        if (!slot || slot.process.ended()) return;
        if (slot.planned.follows) {
          send(slot, plan.stopSignals[index]!, ' (end of round)');
        } else {
          const ended = await Promise.race([slot.process.exited, sleep(WAIT_FOR_END_MS, undefined, { ref: false })]);
          if (!ended) {
            unexpectedExits.push(`#${slot.number} paradigm ${slot.planned.args.join(' ')}: still running after ${WAIT_FOR_END_MS / 1000} s; killed`);
            slot.signalled = 'SIGKILL';
            slot.process.child.kill('SIGKILL');
          }
        }
      }),
    );
    await Promise.all(exits);

    const drain = await startParadigm(command, ['run', '--progress', 'none'], url, root).exited;
    log(`  ${at()} drained: paradigm run exit ${drain.code}`);
    if (judgeEnd(drain, undefined).state === 'unexpected') unexpectedExits.push(`drain: paradigm run: exit ${drain.code ?? drain.signal}\n${lastLines(drain.stderr, 12)}`);
    return { difference: await formsDifference(db), unexpectedExits, started, completed, signalled, rebuiltRuns, edits };
  } finally {
    await db.close();
  }
}

/** `kind N` for the kinds counted, e.g. `run 2, import 1`; `none` when every count is 0. */
export function describeCounts(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts).filter(([, n]) => n > 0).map(([kind, n]) => `${kind} ${n}`).join(', ') || 'none';
}

/** The address of a `serve` still running in `slots` that has printed it, if any. */
function workbenchUrl(slots: ReadonlyArray<{ readonly process: ParadigmProcess; readonly planned: PlannedProcess } | undefined>): string | undefined {
  for (const slot of slots) {
    if (slot?.planned.kind !== 'serve' || slot.process.ended()) continue;
    const url = / at (http:\/\/\S+) \(Ctrl-C/.exec(slot.process.stdout())?.[1];
    if (url) return url;
  }
  return undefined;
}

/** The last `n` lines of `text` that are not a stack frame, indented. */
function lastLines(text: string, n: number): string {
  return text.trimEnd().split('\n').filter((line) => !/^\s+at /.test(line)).slice(-n).map((line) => `    ${line}`).join('\n');
}
