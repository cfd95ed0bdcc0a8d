import { type Queryable, withConnection } from '../connection/with-connection';

/**
 * The stored forms were computed by another generation of paradigm-core than the one asking: a later
 * one (this program is older: upgrade it before it writes forms here), or, for a check inside a job, an
 * earlier one that no job of this generation has taken over yet ({@link raiseFormsGeneration} does).
 */
export class FormsGenerationError extends Error {
  constructor(
    /** `lexicon_settings.forms_generation`; null when none is recorded. */
    readonly stored: number | null,
    readonly own: number,
  ) {
    super(
      stored !== null && stored > own
        ? `the stored forms are computed by a later paradigm (forms generation ${stored}); this one computes generation ${own}, ` +
            'whose forms may differ. Nothing was changed. Upgrade paradigm to a version at least as recent as the one that last computed them.'
        : `the stored forms are of forms generation ${stored ?? 'unrecorded'}, and this job computes generation ${own}; ` +
            'nothing was changed. Run it again: it queues every lexeme to be computed anew first.',
    );
    this.name = 'FormsGenerationError';
  }
}

/**
 * The generation of paradigm-core (its `GENERATION`) that the stored forms are computed with
 * (`lexicon_settings.forms_generation`, the `forms-generation` migration), or null when none is
 * recorded (forms computed before generations were recorded, or none yet).
 */
export function readFormsGeneration(target: Queryable): Promise<number | null> {
  return withConnection(target, async (conn) => {
    const { rows } = await conn.query<{ generation: number | null }>('SELECT forms_generation AS generation FROM lexicon_settings');
    return rows[0]!.generation;
  });
}

/** What {@link raiseFormsGeneration} found. */
export interface FormsGenerationRaise {
  /** The generation recorded before; null when none was. */
  readonly previous: number | null;
  /** Whether it was raised to the caller's: every pattern is then queued as changed. */
  readonly raised: boolean;
}

/**
 * Makes `generation` the forms' generation, before a job of that generation computes any form: when
 * the recorded one is earlier (or none), it is raised, and the migration's trigger queues every pattern
 * as changed in the same statement, so every lexeme is computed again by this generation (nothing to do
 * for an empty lexicon). A later one recorded is refused ({@link FormsGenerationError}): this program
 * would write forms that the later one corrected. The same generation costs one read.
 */
export function raiseFormsGeneration(target: Queryable, generation: number): Promise<FormsGenerationRaise> {
  return withConnection(target, async (conn) => {
    const previous = await readFormsGeneration(conn);
    if (previous === generation) return { previous, raised: false };
    if (previous === null || previous < generation) {
      // Under the row's lock the condition is tested again: of two jobs raising it at once, one does.
      const { rowCount } = await conn.query('UPDATE lexicon_settings SET forms_generation = $1 WHERE forms_generation IS NULL OR forms_generation < $1', [generation]);
      if (rowCount > 0) return { previous, raised: true };
    }
    const now = await readFormsGeneration(conn);
    if (now !== generation) throw new FormsGenerationError(now, generation);
    return { previous, raised: false };
  });
}

/**
 * Inside a job's transaction, where it reads what it computes from (the patterns, the form limit):
 * throws {@link FormsGenerationError} unless the recorded generation is `generation`, so a job never
 * writes forms once a later generation has taken the database over (its raise queued every pattern, and
 * moved `patterns_version`, so what a job of the old generation computed before is computed again).
 */
export async function expectFormsGeneration(target: Queryable, generation: number): Promise<void> {
  const stored = await readFormsGeneration(target);
  if (stored !== generation) throw new FormsGenerationError(stored, generation);
}
