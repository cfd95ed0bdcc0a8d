import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Rng } from '@paradigm/lexicons';
import { type Database, openDatabase } from '@paradigm/persistence';
import { saveThroughWorkbenchApi, toggleExtraRule } from './chaos-edits';
import { type ClusterState, clusterState } from './cluster-state';
import { breaksTheRule, type FormsDifference, formsDifference } from './forms-difference';
import { type LexiconState, lexiconState, sameLexicon } from './lexicon-state';
import { type Ended, type ParadigmProcess, startParadigm } from './paradigm-process';
import type { PglitePlan, StartingFolder, Victim } from './pglite-plan';
import { judgeEnd } from './process-end';

/** What the rounds of one soak share: where they run, and what each kind of victim takes and leaves when nothing kills it. */
export interface PgliteSoak {
  /** `node` arguments before the `paradigm` ones (see `paradigmCommand`). */
  readonly command: readonly string[];
  /** The workspace root: where the processes start, and what the plan's file arguments are relative to. */
  readonly root: string;
  /** A folder of the soak's own: the starting folders and each round's folder are made in it. */
  readonly work: string;
  /** Lexemes of the synthetic lexicon the starting folders hold. */
  readonly lexemes: number;
  readonly log: (line: string) => void;
  /** The starting folders made so far, with their lexicon. */
  readonly starts: Map<StartingFolder, Start>;
  /** Per kind of victim and starting folder: how long it took to end on its own, and the lexicon it left. */
  readonly whole: Map<string, { readonly ms: number; readonly lexicon: LexiconState }>;
}

/** A starting folder (none for `new`) and its lexicon (none before the first migration). */
interface Start {
  readonly folder: string | undefined;
  readonly lexicon: LexiconState | undefined;
}

/** What a round did and found. */
export interface PgliteRoundResult {
  /** Whether the SIGKILL reached the victim (else it had ended on its own). */
  readonly killed: boolean;
  /** After how many milliseconds the victim was killed, or ended. */
  readonly endedAfterMs: number;
  /** What `pg_control` recorded once the victim ended: `in production` when it was killed with the database open. */
  readonly afterVictim: ClusterState;
  /** What it recorded when the draining `paradigm run` started, after the reopening kills: `in production` or `in crash recovery` means that run replayed the WAL. */
  readonly beforeDrain: ClusterState;
  /** How many of the plan's `run` processes the kills reached while they opened the folder. */
  readonly reopenKilled: number;
  /** Pattern saves through the workbench that were answered (a `serve` victim only). */
  readonly saved: number;
  /** What broke the promise: a process that ended otherwise than it may, a folder that did not open, forms not exact, a lexicon half changed. Empty when the round passed. */
  readonly problems: readonly string[];
  /** The folder's forms against what its lexicon generates, after `paradigm run` drained the queue (undefined if the folder did not open). */
  readonly difference: FormsDifference | undefined;
  /** The round's folder: deleted by the caller when the round passed, kept to look at otherwise. */
  readonly folder: string;
}

/** How long a `serve` victim receives pattern saves after it prints its address (the window its kill falls in). */
const SERVE_EDIT_MS = 3000;
/** A longer end than this for a process the soak waits for is a hang: it is killed and named. */
const WAIT_FOR_END_MS = 300_000;

/**
 * Runs `plan` in a folder of its own: a copy of its starting folder (none for `new`); starts the victim
 * and sends it SIGKILL `plan.killAt` of its kind's whole time after starting it (a `serve` receives
 * pattern saves through the workbench API meanwhile); starts `paradigm run` and kills it likewise for
 * each `plan.reopenKills`; then checks the promise: `paradigm run` opens the folder and drains the queue,
 * the forms are exactly what the lexicon generates, the lexicon is as it was before the victim or as the
 * victim makes it when it ends on its own (a `serve`'s answered saves all kept), and `paradigm migrate`
 * runs after that.
 */
export async function runPgliteRound(plan: PglitePlan, soak: PgliteSoak): Promise<PgliteRoundResult> {
  const { victim } = plan;
  const folder = join(soak.work, `round-${plan.seed}`);
  rmSync(folder, { recursive: true, force: true });
  const start = await startingFolder(soak, victim.start);
  const whole = await wholeRun(soak, victim);
  if (start.folder) cpSync(start.folder, folder, { recursive: true });
  const problems: string[] = [];
  const dataDir = { dataDir: folder };
  const run = (args: readonly string[]) => startParadigm(soak.command, args, dataDir, soak.root);

  const started = performance.now();
  const process = run(victim.args);
  const killAfterMs = plan.killAt * whole.ms;
  const saves = victim.kind === 'serve' ? sendPatternSaves(process, plan.editSeed) : undefined;
  const ended = await killAfter(process, killAfterMs);
  const endedAfterMs = performance.now() - started;
  const killed = ended.signal === 'SIGKILL';
  if (!killed) expectEnd(problems, `victim paradigm ${victim.args.join(' ')}`, ended);
  const afterVictim = clusterState(folder);
  const edits = saves ? await saves : undefined;

  let reopenKilled = 0;
  const reopen = plan.reopenKills.length > 0 ? await reopenRun(soak) : undefined;
  for (const fraction of plan.reopenKills) {
    const reopened = await killAfter(run(['run', '--progress', 'none']), fraction * reopen!.ms);
    if (reopened.signal === 'SIGKILL') reopenKilled += 1;
    else expectEnd(problems, 'paradigm run (reopening)', reopened);
  }

  const beforeDrain = clusterState(folder);
  const drained = await killAfter(run(['run', '--progress', 'none']), WAIT_FOR_END_MS);
  expectEnd(problems, 'paradigm run (drain)', drained);
  let difference: FormsDifference | undefined;
  try {
    const found = await inFolder(folder, async (db) => ({ difference: await formsDifference(db), lexicon: await lexiconState(db) }));
    difference = found.difference;
    if (breaksTheRule(difference)) {
      problems.push(
        `forms not exact: ${difference.extra.length} extra, ${difference.missing.length} missing, queued ${difference.queued.lexemes} lexemes and ${difference.queued.patterns} patterns` +
          `${difference.extra.length ? `; first extra ${difference.extra[0]}` : ''}${difference.missing.length ? `; first missing ${difference.missing[0]}` : ''}`,
      );
    }
    const allowed = edits ? edits.allowed(start.lexicon!) : [start.lexicon, whole.lexicon].filter((state) => state !== undefined);
    if (!allowed.some((state) => sameLexicon(state, found.lexicon))) problems.push(`lexicon neither as before nor as ${victim.kind} leaves it${describeLexiconChange(start.lexicon, found.lexicon)}`);
  } catch (error) {
    problems.push(`opening the folder in the soak's process failed: ${(error as Error).message}`);
  }
  const next = await killAfter(run(['migrate']), WAIT_FOR_END_MS);
  expectEnd(problems, 'paradigm migrate (next command)', next);
  return { killed, endedAfterMs, afterVictim, beforeDrain, reopenKilled, saved: edits?.saved ?? 0, problems, difference, folder };
}

/** Which patterns changed between `before` and `after`, for a round's log. */
function describeLexiconChange(before: LexiconState | undefined, after: LexiconState): string {
  if (!before) return '';
  const changed = Object.keys({ ...before.patterns, ...after.patterns }).filter((name) => before.patterns[name] !== after.patterns[name]);
  return ` (lexemes ${before.lexemes === after.lexemes ? 'as before' : 'changed'}; patterns changed: ${changed.slice(0, 5).join(', ') || 'none'})`;
}

/** Adds a problem unless `ended` is an end its process may have on its own (exit 0, or 1 with the summary of failed lexemes). */
function expectEnd(problems: string[], what: string, ended: Ended): void {
  if (judgeEnd(ended, undefined).state === 'expected') return;
  const stderr = ended.stderr.trimEnd().split('\n').filter((line) => !/^\s+at /.test(line)).slice(-6).join(' | ');
  problems.push(`${what} ended ${ended.signal ?? `with exit ${ended.code}`}: ${stderr}`);
}

/** Sends `process` SIGKILL `ms` after now unless it ends first; resolves to how it ended. */
async function killAfter(process: ParadigmProcess, ms: number): Promise<Ended> {
  const timer = setTimeout(() => process.child.kill('SIGKILL'), ms);
  try {
    return await process.exited;
  } finally {
    clearTimeout(timer);
  }
}

/** Opens the PGlite folder in this process, runs `work`, closes it. */
async function inFolder<T>(dataDir: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase({ dialect: 'pglite', dataDir, migrate: false });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** The starting folder `start`, made the first time it is asked for (`paradigm seed`, then `recompute --all` for `computed`). */
async function startingFolder(soak: PgliteSoak, start: StartingFolder): Promise<Start> {
  const made = soak.starts.get(start);
  if (made) return made;
  if (start === 'new') return { folder: undefined, lexicon: undefined };
  const folder = join(soak.work, `start-${start}`);
  rmSync(folder, { recursive: true, force: true });
  const steps = [['seed', '--lexemes', String(soak.lexemes), '--seed', '1'], ...(start === 'computed' ? [['recompute', '--all', '--progress', 'none']] : [])];
  for (const args of steps) await mustEnd(soak, args, folder);
  const lexicon = await inFolder(folder, lexiconState);
  soak.starts.set(start, { folder, lexicon });
  soak.log(`  made the starting folder ${start} (${soak.lexemes} lexemes)`);
  return { folder, lexicon };
}

/** `paradigm ARGS` on `folder`, which must end on its own with exit 0 (or 1 with the summary of failed lexemes). */
async function mustEnd(soak: PgliteSoak, args: readonly string[], folder: string): Promise<number> {
  const started = performance.now();
  const ended = await killAfter(startParadigm(soak.command, args, { dataDir: folder }, soak.root), WAIT_FOR_END_MS);
  const problems: string[] = [];
  expectEnd(problems, `paradigm ${args.join(' ')}`, ended);
  if (problems.length > 0) throw new Error(problems[0]);
  return performance.now() - started;
}

function wholeKey(kind: string, start: StartingFolder): string {
  return `${kind} on ${start}`;
}

/** How long a whole `paradigm run` on `computed` takes (measured the first time): the time the reopening kills are drawn in. */
async function reopenRun(soak: PgliteSoak): Promise<{ ms: number }> {
  const key = wholeKey('reopen', 'computed');
  return soak.whole.get(key) ?? measure(soak, key, (await startingFolder(soak, 'computed')).folder, ['run', '--progress', 'none']);
}

/**
 * How long `victim`'s kind takes on its starting folder when nothing kills it, and the lexicon it
 * leaves: measured the first time, on a copy of the starting folder (for `serve`, until it prints its
 * address, plus {@link SERVE_EDIT_MS}).
 */
async function wholeRun(soak: PgliteSoak, victim: Victim): Promise<{ ms: number; lexicon: LexiconState | undefined }> {
  const key = wholeKey(victim.kind, victim.start);
  const known = soak.whole.get(key);
  if (known) return known;
  const start = await startingFolder(soak, victim.start);
  return measure(soak, key, start.folder, victim.args, victim.kind === 'serve');
}

async function measure(soak: PgliteSoak, key: string, from: string | undefined, args: readonly string[], serve = false): Promise<{ ms: number; lexicon: LexiconState }> {
  const folder = join(soak.work, 'measure');
  rmSync(folder, { recursive: true, force: true });
  if (from) cpSync(from, folder, { recursive: true });
  let ms: number;
  if (serve) {
    const started = performance.now();
    const serving = startParadigm(soak.command, args, { dataDir: folder }, soak.root);
    const address = await workbenchAddress(serving);
    if (!address) throw new Error(`paradigm ${args.join(' ')} ended before printing its address: ${serving.stderr()}`);
    ms = performance.now() - started + SERVE_EDIT_MS;
    serving.child.kill('SIGTERM');
    await serving.exited;
  } else {
    ms = await mustEnd(soak, args, folder);
  }
  const lexicon = await inFolder(folder, lexiconState);
  rmSync(folder, { recursive: true, force: true });
  const measured = { ms, lexicon };
  soak.whole.set(key, measured);
  soak.log(`  ${key}: ${(ms / 1000).toFixed(2)} s when nothing kills it`);
  return measured;
}

/** The address `serve` prints once it listens, or undefined if it ends first. */
async function workbenchAddress(serving: ParadigmProcess): Promise<string | undefined> {
  for (;;) {
    const url = / at (http:\/\/\S+) \(Ctrl-C/.exec(serving.stdout())?.[1];
    if (url) return url;
    if (serving.ended()) return undefined;
    await sleep(20);
  }
}

/** The pattern saves a `serve` victim received, and the lexicons it may leave. */
interface PatternSaves {
  readonly saved: number;
  /** The lexicon before with every answered save, and also with the save in flight when the server died (it may have committed without answering). */
  allowed(before: LexiconState): LexiconState[];
}

/**
 * Saves patterns through the workbench of `serving` one after another, as its editor does, from when it
 * prints its address until it dies: a pattern drawn from `seed` (by its place in `GET /api/patterns`)
 * gets the soak's extra rule added or removed (`PUT /api/patterns/NAME`).
 */
async function sendPatternSaves(serving: ParadigmProcess, seed: number): Promise<PatternSaves> {
  const rng = new Rng(seed);
  const saved = new Map<string, string>();
  let inFlight: { name: string; source: string } | undefined;
  let answered = 0;
  const address = await workbenchAddress(serving);
  try {
    while (address && !serving.ended()) {
      const list = (await (await fetch(`${address}/api/patterns?limit=50`)).json()) as { patterns: { name: string }[] };
      if (list.patterns.length === 0) break;
      const name = list.patterns[rng.int(list.patterns.length)]!.name;
      const pattern = (await (await fetch(`${address}/api/patterns/${encodeURIComponent(name)}`)).json()) as { source: string };
      inFlight = { name, source: toggleExtraRule(pattern.source) };
      const refused = await saveThroughWorkbenchApi(address, inFlight.name, inFlight.source);
      if (!refused) {
        saved.set(inFlight.name, inFlight.source);
        answered += 1;
      }
      inFlight = undefined;
    }
  } catch {
    // The server died: a save in flight may or may not have committed.
  }
  return {
    saved: answered,
    allowed: (before) => {
      const withSaves = { ...before, patterns: { ...before.patterns, ...Object.fromEntries(saved) } };
      return inFlight ? [withSaves, { ...withSaves, patterns: { ...withSaves.patterns, [inFlight.name]: inFlight.source } }] : [withSaves];
    },
  };
}
