import { Rng } from '@paradigm/lexicons';
import { drawEdit, type Edit } from './chaos-edits';

/** The kinds of process the soak starts, as the round counts them. */
export const PROCESS_KINDS = ['run --follow', 'serve', 'run', 'recompute --all', 'recompute --all --shared', 'import', 'load', 'seed'] as const;
export type ProcessKind = (typeof PROCESS_KINDS)[number];

/** A count per kind of process, every one 0. */
export function zeroPerKind(): Record<ProcessKind, number> {
  return Object.fromEntries(PROCESS_KINDS.map((kind) => [kind, 0])) as Record<ProcessKind, number>;
}

/** A process the soak starts: what it is called in the log, and its `paradigm` arguments. */
export interface PlannedProcess {
  readonly kind: ProcessKind;
  readonly name: string;
  readonly args: readonly string[];
  /** Runs until stopped (`run --follow`): the end of the round stops it; the others are waited for. */
  readonly follows: boolean;
}

/** One step of a round, at `atMs` after its start. */
export type Step =
  | { readonly atMs: number; readonly kind: 'start'; readonly slot: number; readonly process: PlannedProcess }
  | { readonly atMs: number; readonly kind: 'signal'; readonly slot: number; readonly signal: 'SIGKILL' | 'SIGTERM' }
  | { readonly atMs: number; readonly kind: 'edit'; readonly edit: Edit };

/** What a round does, drawn from its seed alone, so a failing round runs again with the same steps. */
export interface Plan {
  readonly seed: number;
  /** The synthetic lexicon the round starts from (`paradigm seed --lexemes N --seed S`, then `recompute --all`). */
  readonly lexemes: number;
  readonly steps: readonly Step[];
  /** How the end of the round stops each process still running (by slot): SIGTERM, or SIGKILL. */
  readonly stopSignals: readonly ('SIGKILL' | 'SIGTERM')[];
}

/** Options of {@link planRound}. */
export interface PlanOptions {
  /** Processes at once (slots); a start in a busy slot is skipped. */
  readonly slots: number;
  /** How long the steps last. */
  readonly durationMs: number;
  /** Lexemes of the starting lexicon. */
  readonly lexemes: number;
  /**
   * Also runs a `serve` in a slot of its own (number `slots`) from the start, which only one signal of
   * the plan reaches (in the round's second half; then it starts again): the workbench needs seconds to
   * start, longer than a process in the other slots usually lives, so its API edits would seldom land.
   */
  readonly workbench?: boolean;
  /** Files of the dictionaries an import step may load, relative to the workspace root. */
  readonly dictionaries: { readonly hunspell: readonly [string, string]; readonly apertium: string; readonly patterns: readonly string[]; readonly tsv: string };
}

/**
 * Draws a round's steps from `seed`: about every 10-120 ms an edit (three in four), a start of a
 * random process in a random slot, or a signal (SIGKILL two times in three, else SIGTERM) to a random
 * slot. The processes: `run --follow`, `serve` (the workbench, whose API the `workbench-pattern` edits use), `run`, `recompute --all` (`--shared` or not) and the bulk loads
 * (`import hunspell|apertium --replace` of real dictionaries, `load` of the docs' example lexicon
 * with `--replace` or over the lexicon there, `seed --replace` of another synthetic one); `run` and `recompute` with a random batch
 * size and concurrency, each process with only the options its command takes.
 */
export function planRound(seed: number, options: PlanOptions): Plan {
  const rng = new Rng(seed);
  const drawing = { ...options, extras: extrasStream(seed) };
  const steps: Step[] = [];
  for (let atMs = 0; ; ) {
    atMs += rng.between(10, 120);
    if (atMs >= options.durationMs) break;
    const roll = rng.next();
    if (roll < 0.74) steps.push({ atMs, kind: 'edit', edit: drawEdit(rng) });
    else if (roll < 0.88) steps.push({ atMs, kind: 'start', slot: rng.int(options.slots), process: drawProcess(rng, drawing) });
    else steps.push({ atMs, kind: 'signal', slot: rng.int(options.slots), signal: rng.next() < 0.67 ? 'SIGKILL' : 'SIGTERM' });
  }
  const stopSignals = Array.from({ length: options.slots }, (): 'SIGKILL' | 'SIGTERM' => (rng.next() < 0.5 ? 'SIGKILL' : 'SIGTERM'));
  // Drawn after the rest, so a seed's other steps are the same with and without the workbench.
  if (options.workbench) {
    const slot = options.slots;
    const signalAt = rng.between(Math.floor(options.durationMs / 2), options.durationMs);
    const signal = rng.next() < 0.67 ? 'SIGKILL' : 'SIGTERM';
    const rebuild = () => drawRunExtras(drawing.extras, options.lexemes);
    steps.push({ atMs: 0, kind: 'start', slot, process: serve(rebuild()) }, { atMs: signalAt, kind: 'signal', slot, signal });
    if (signalAt + 500 < options.durationMs) steps.push({ atMs: signalAt + 500, kind: 'start', slot, process: serve(rebuild()) });
    steps.sort((a, b) => a.atMs - b.atMs);
    stopSignals.push(rng.next() < 0.5 ? 'SIGKILL' : 'SIGTERM');
  }
  return { seed, lexemes: options.lexemes, steps, stopSignals };
}

/**
 * The workbench on a free port, computing what its saves (and every other client's edits) queue itself,
 * as `run --follow` does, and like it rebuilding a queue of most of the lexicon from `extras` (its `--rebuild-from`) on.
 */
function serve(extras: readonly string[]): PlannedProcess {
  return { kind: 'serve', name: ['serve', ...extras].join(' '), args: ['serve', '--port', '0', ...extras], follows: true };
}

/**
 * The stream a round's extra options are drawn from: options added to a process once its kind and
 * tuning are drawn, so that each seed's steps stay what they are whatever options join the plan.
 */
export function extrasStream(seed: number): Rng {
  return new Rng(seed ^ 0x5eed_e7a5);
}

/**
 * `run`'s and `serve`'s extra options: half of them rebuild a queue of most of the lexicon from a few lexemes on, as
 * they do from 10,000 on a large lexicon, so that a pattern edit most lexemes reach starts a rebuild.
 */
export function drawRunExtras(extras: Rng, lexemes: number): string[] {
  return extras.next() < 0.5 ? ['--rebuild-from', String(extras.between(1, Math.max(1, Math.floor(lexemes / 4))))] : [];
}

function drawProcess(rng: Rng, options: PlanOptions & { readonly extras: Rng }): PlannedProcess {
  const roll = rng.next();
  const { hunspell, apertium, patterns, tsv } = options.dictionaries;
  // Only `run` and `recompute` take the engine's tuning; `import` takes --progress alone, `load` and `seed` neither
  // (an option a command does not take ends it with exit 2 before it touches the database).
  const engine = (kind: ProcessKind, args: string[], follows = false): PlannedProcess => ({
    kind,
    name: args.join(' '),
    args: [...args, '--batch-size', String(rng.pick([3, 10, 50, 1000])), '--concurrency', String(rng.between(1, 2)), '--progress', 'none'],
    follows,
  });
  const bulk = (kind: ProcessKind, name: string, args: string[]): PlannedProcess => ({ kind, name, args, follows: false });
  const rebuild = () => drawRunExtras(options.extras, options.lexemes);
  if (roll < 0.24) return engine('run --follow', ['run', '--follow', ...rebuild()], true);
  if (roll < 0.3) return serve(rebuild());
  if (roll < 0.4) return engine('run', ['run', ...rebuild()]);
  if (roll < 0.58) return engine('recompute --all', ['recompute', '--all']);
  if (roll < 0.76) return engine('recompute --all --shared', ['recompute', '--all', '--shared']);
  if (roll < 0.82) return bulk('import', 'import hunspell --replace', ['import', 'hunspell', ...hunspell, '--replace', '--progress', 'none']);
  if (roll < 0.88) return bulk('import', 'import apertium --replace', ['import', 'apertium', apertium, '--replace', '--progress', 'none']);
  // Without --replace, a load updates the lexemes of the same ids and the patterns of the same names in place: one client's edit of many lexemes.
  if (roll < 0.91) return bulk('load', 'load --replace (docs/examples)', ['load', ...patterns, tsv, '--replace']);
  if (roll < 0.94) return bulk('load', 'load (docs/examples)', ['load', ...patterns, tsv]);
  const lexemes = rng.between(Math.ceil(options.lexemes / 2), options.lexemes);
  return bulk('seed', `seed --replace --lexemes ${lexemes}`, ['seed', '--replace', '--lexemes', String(lexemes), '--seed', String(rng.between(1, 1000))]);
}
