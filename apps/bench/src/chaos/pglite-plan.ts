import { Rng } from '@paradigm/lexicons';
import { drawRunExtras, extrasStream, type PlanOptions } from './chaos-plan';

/** The commands a PGlite round kills, as the soak counts them. */
export const VICTIM_KINDS = ['import', 'load --replace', 'load', 'seed --replace', 'recompute --all', 'run', 'serve', 'migrate'] as const;
export type VictimKind = (typeof VICTIM_KINDS)[number];

/**
 * The folders a round starts from: `computed`, the synthetic lexicon with its forms; `queued`, the same
 * lexicon with every lexeme queued and no forms (what `paradigm seed` leaves); `new`, no folder at all.
 */
export type StartingFolder = 'computed' | 'queued' | 'new';

/** The command a round kills: its `paradigm` arguments and the folder it runs on. */
export interface Victim {
  readonly kind: VictimKind;
  readonly args: readonly string[];
  readonly start: StartingFolder;
}

/** What a PGlite round does, drawn from its seed alone. */
export interface PglitePlan {
  readonly seed: number;
  readonly victim: Victim;
  /**
   * When the victim gets SIGKILL, as a fraction of how long its kind takes to end on its own (see
   * `pglite-round.ts`): from 0 to 1.25, so that about one round in five lets it finish.
   */
  readonly killAt: number;
  /** Then `paradigm run` is started and killed this many times, each at this fraction of a whole `run`'s time: kills while PGlite opens the folder after the last one. */
  readonly reopenKills: readonly number[];
  /** Seeds the pattern edits a `serve` victim receives through the workbench API. */
  readonly editSeed: number;
}

/** The largest {@link PglitePlan.killAt}: a quarter of the rounds' kills come after a whole run's time. */
const LATEST_KILL = 1.25;

/** Draws round `seed`'s plan; `lexemes` is the size of the synthetic lexicon (`seed --replace` makes one of that size from another seed). */
export function planPgliteRound(seed: number, lexemes: number, dictionaries: PlanOptions['dictionaries']): PglitePlan {
  const rng = new Rng(seed);
  const kind = rng.pick(VICTIM_KINDS);
  const victim = drawVictim(kind, rng, lexemes, dictionaries, extrasStream(seed));
  const killAt = rng.next() * LATEST_KILL;
  const reopenKills = Array.from({ length: rng.int(3) }, () => rng.next());
  return { seed, victim, killAt, reopenKills, editSeed: rng.int(1_000_000) };
}

function drawVictim(kind: VictimKind, rng: Rng, lexemes: number, dictionaries: PlanOptions['dictionaries'], extras: Rng): Victim {
  const { hunspell, patterns, tsv } = dictionaries;
  const engine = () => ['--batch-size', String(rng.pick([10, 50, 1000])), '--progress', 'none'];
  switch (kind) {
    case 'import':
      return { kind, args: ['import', 'hunspell', ...hunspell, '--replace', '--progress', 'none'], start: 'computed' };
    case 'load --replace':
      return { kind, args: ['load', ...patterns, tsv, '--replace'], start: 'computed' };
    case 'load':
      // Over the synthetic lexicon: the lexemes of the same ids and the patterns of the same names change in place.
      return { kind, args: ['load', ...patterns, tsv], start: 'computed' };
    case 'seed --replace':
      return { kind, args: ['seed', '--replace', '--lexemes', String(lexemes), '--seed', '2'], start: 'computed' };
    case 'recompute --all':
      return { kind, args: ['recompute', '--all', ...engine()], start: rng.pick(['computed', 'queued'] as const) };
    case 'run':
      return { kind, args: ['run', ...drawRunExtras(extras, lexemes), ...engine()], start: 'queued' };
    case 'serve':
      return { kind, args: ['serve', '--port', '0'], start: 'computed' };
    case 'migrate':
      return { kind, args: ['migrate'], start: 'new' };
  }
}
