import type { Lexeme } from '@paradigm/core';
import type { FormRows, IdRange } from '@paradigm/persistence';
import type { LexemeFailure } from './lexeme-failure';
import { RowsWithinBudget } from './rows-within-budget';
import type { WorkerGrammar } from './worker-grammar';

/** A batch ready to persist: the lexemes to replace, their new forms (as `R`), and those that failed. */
export interface ComputedBatch<R extends FormRows = FormRows> {
  /** Lexemes whose forms are replaced by `forms`; failed lexemes are not here, so their old forms stay. */
  readonly replaceIds: number[];
  /** In the representation of the writer that will send them (see `FormWriter.newRows`). */
  readonly forms: R;
  readonly failures: LexemeFailure[];
  /** A full recompute's page (or a part of one): every lexeme in this id range is in the batch (see `replaceIdRange`). */
  readonly range?: IdRange;
  /** What this batch was computed from (a part of the page or claim): to check it and to compute parts of it again. */
  readonly source: BatchSource;
}

/** What {@link computeBatches} splits and how. */
export type BatchSource =
  /** A full recompute's page: `lexemes` are every lexeme in `range`, in id order. */
  | { readonly kind: 'range'; readonly lexemes: readonly Lexeme[]; readonly range: IdRange; readonly versions?: ReadonlyMap<number, string> }
  /**
   * Named lexemes (a queue claim, `--lexemes`): `lexemes` are those of `requestedIds` that exist, in id
   * order; an id without a lexeme is replaced by nothing (its forms go).
   */
  | { readonly kind: 'ids'; readonly lexemes: readonly Lexeme[]; readonly requestedIds: readonly number[]; readonly versions?: ReadonlyMap<number, string> };

/**
 * Lexemes generated between two turns of the event loop: about 2,000 forms, a few milliseconds, so the
 * COPY streams of the batches being written keep flowing while the next one is computed on the same
 * thread (computing a 1000-lexeme page in one go blocked the thread for 80-130 ms and stalled them).
 */
export const LEXEMES_PER_SLICE = 100;

/**
 * The most bytes of rows (`FormRows.bytes`) in one batch, whatever `maxForms` allows: a run holds a few
 * batches at once (computed, queued, being written), and rows of long analyses take many times a short
 * form's bytes. Hunspell hu_HU's rows average 136 bytes of COPY text, so 50,000 of them took 11 MB of
 * buffers, and `recompute` of its first 500 lexemes held 57-68 MB of them at once. The synthetic lexicon's
 * batches (1000 lexemes, about 20,000 rows) take 0.5-0.6 MB, the import of fr's (50,000 rows) 1.7-2.7 MB:
 * this splits only batches of long rows.
 */
export const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Generates the forms of a page or a claim as one or more columnar batches of at most about `maxForms`
 * rows and `maxBytes` bytes each, in id order: a batch is closed after the lexeme that takes it to
 * either (a lexeme is never split, so one that alone generates more makes a batch of its own). This is
 * what bounds memory by forms, not only by lexemes: a page of 1000 Hunspell verbs holds far more forms
 * than 1000 nouns.
 *
 * A lexeme with an error outcome (or a pattern the grammar left out) contributes no rows and is not
 * replaced. For a `range` source each batch covers a consecutive part of the range, the last one up to
 * its end, so together they cover it exactly. Ids come out ascending across batches, so locks taken
 * batch after batch in one transaction are still taken in one global order. Each batch carries the
 * part of `source` it was computed from (`versions` shared). With `closeOnFailure`, a lexeme that fails
 * also closes its batch, so that a caller which gives up on failures sees each at once, before the
 * lexemes after it are generated (an import stops after a few; a worker records them and goes on).
 */
export async function* computeBatches<R extends FormRows>(
  grammar: WorkerGrammar,
  source: BatchSource,
  maxForms: number,
  newRows: () => R,
  closeOnFailure = false,
  maxBytes = BATCH_BYTES,
): AsyncGenerator<ComputedBatch<R>> {
  // A page's lexemes are its ids in order; a claim's requested ids are looked up among those that exist.
  const present = source.kind === 'ids' ? new Map(source.lexemes.map((lexeme) => [lexeme.id, lexeme])) : undefined;
  const ids = source.kind === 'range' ? idsOf(source.lexemes) : [...source.requestedIds].sort((a, b) => a - b);
  let batch = emptyBatch(newRows);
  let after = source.kind === 'range' ? source.range.after : 0;
  let start = 0;
  const part = (end: number, last: number): ComputedBatch<R> => {
    if (source.kind === 'range') {
      const range = { after, last };
      return { ...batch, range, source: { ...source, lexemes: source.lexemes.slice(start, end), range } };
    }
    const requestedIds = ids.slice(start, end);
    return { ...batch, source: { ...source, requestedIds, lexemes: requestedIds.flatMap((id) => present!.get(id) ?? []) } };
  };
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i]!;
    const lexeme = present ? present.get(id) : source.lexemes[i];
    if (lexeme) addLexeme(grammar, lexeme, batch);
    else batch.replaceIds.push(id); // requested but gone: replaced by no forms
    const last = i === ids.length - 1;
    if (!last && (batch.forms.count >= maxForms || batch.forms.bytes >= maxBytes || (closeOnFailure && batch.failures.length > 0))) {
      yield part(i + 1, id);
      after = id;
      start = i + 1;
      batch = emptyBatch(newRows);
    }
    if ((i + 1) % LEXEMES_PER_SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (source.kind === 'range') yield part(ids.length, source.range.last);
  else if (batch.replaceIds.length > 0 || batch.failures.length > 0) yield part(ids.length, 0);
}

/**
 * `source` computed as one batch, whatever its number of forms and bytes (a part of a batch being split
 * to find a rejected lexeme: it must come back whole, or the lexemes past a bound would go unwritten).
 */
export async function computeWhole<R extends FormRows>(grammar: WorkerGrammar, source: BatchSource, newRows: () => R): Promise<ComputedBatch<R>> {
  for await (const batch of computeBatches(grammar, source, Infinity, newRows, false, Infinity)) return batch;
  return { ...emptyBatch(newRows), source };
}

/**
 * The lexemes' ids, in a packed array as the claim's sorted copy is. Not `lexemes.map(...)`: once
 * optimized, `map` makes a holey array, and the optimized loop over `ids` was thrown away ("wrong map",
 * `--trace-deopt`) and compiled again a few pages into a rebuild.
 */
function idsOf(lexemes: readonly Lexeme[]): number[] {
  const ids: number[] = [];
  for (let i = 0; i < lexemes.length; i++) ids.push(lexemes[i]!.id);
  return ids;
}

function emptyBatch<R extends FormRows>(newRows: () => R): { replaceIds: number[]; forms: R; failures: LexemeFailure[] } {
  return { replaceIds: [], forms: newRows(), failures: [] };
}

function addLexeme(grammar: WorkerGrammar, lexeme: Lexeme, batch: ReturnType<typeof emptyBatch>): void {
  const { forms } = batch;
  forms.mark();
  const firstRows = new RowsWithinBudget(forms);
  let failure = grammar.generate(lexeme, firstRows);
  if (!failure && firstRows.passedBudget) {
    // Within its limits but more rows than went in: generated again, every row encoded this time.
    forms.rollback();
    forms.mark();
    failure = grammar.generate(lexeme, forms);
  }
  if (failure) {
    // Drop the rows this lexeme already produced before the error: all or nothing per lexeme.
    forms.rollback();
    batch.failures.push(failure);
  } else {
    batch.replaceIds.push(lexeme.id);
  }
}
