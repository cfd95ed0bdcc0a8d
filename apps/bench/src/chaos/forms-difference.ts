import type { Database } from '@paradigm/persistence';
import { expectedFromDatabase, formsInTable, type FormRow } from '@paradigm/recompute/testing';
import { queryRows } from '../shared/query-rows';

/** How `forms` differs from what the lexicon generates, once the queues are drained. */
export interface FormsDifference {
  /** Rows in `forms` that the lexicon does not generate (`lexeme_id|pattern_id|cell|form`). */
  readonly extra: readonly FormRow[];
  /** Rows the lexicon generates that `forms` lacks. */
  readonly missing: readonly FormRow[];
  /** What the queues still hold (both 0 after a drain). */
  readonly queued: { readonly lexemes: number; readonly patterns: number };
  /** Lexemes in `recompute_failures`, whose old forms the rule lets stay. */
  readonly failed: number;
  readonly rows: number;
}

/**
 * Compares `forms` with what paradigm-core generates for the lexicon in `db` (the helper the engine's
 * tests compare with), as docs/guarantees.md states the rule: every lexeme but those listed in
 * `recompute_failures` (which keep their last good forms) has exactly its generated rows.
 */
export async function formsDifference(db: Database): Promise<FormsDifference> {
  const failed = new Set((await queryRows<{ id: number }>(db, 'SELECT lexeme_id AS id FROM recompute_failures')).map((row) => String(row.id)));
  const counted = (rows: readonly FormRow[]) => rows.filter((row) => !failed.has(row.slice(0, row.indexOf('|'))));
  const actual = counted(await formsInTable(db));
  const expected = counted(await expectedFromDatabase(db));
  const [queued] = await queryRows<{ lexemes: number; patterns: number }>(
    db,
    'SELECT (SELECT count(*) FROM recompute_queue)::int AS lexemes, (SELECT count(*) FROM recompute_pattern_queue)::int AS patterns',
  );
  return { extra: minus(actual, expected), missing: minus(expected, actual), queued: queued!, failed: failed.size, rows: actual.length };
}

/** Whether `difference` breaks the rule. */
export function breaksTheRule(difference: FormsDifference): boolean {
  return difference.extra.length > 0 || difference.missing.length > 0 || difference.queued.lexemes > 0 || difference.queued.patterns > 0;
}

/** The rows of sorted `a` not in sorted `b`, counting duplicates (a row twice in `forms` is one extra). */
function minus(a: readonly FormRow[], b: readonly FormRow[]): FormRow[] {
  const out: FormRow[] = [];
  let j = 0;
  for (const row of a) {
    while (j < b.length && b[j]! < row) j++;
    if (j < b.length && b[j] === row) j++;
    else out.push(row);
  }
  return out;
}
