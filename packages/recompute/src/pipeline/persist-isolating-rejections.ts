import type { Connection, FormWriter } from '@paradigm/persistence';
import type { BatchSource, ComputedBatch } from '../compute/compute-batch';
import type { LexemeFailure } from '../compute/lexeme-failure';
import { dataRejection } from '../runtime/database-errors';
import { persistBatch, type PersistOptions } from './persist-batch';

/** What {@link persistIsolatingRejections} wrote. */
export interface PersistOutcome {
  readonly written: number;
  /** Lexemes whose forms were replaced. */
  readonly replaced: number;
  /** Lexemes that failed to generate or whose forms the server refused; their old forms are kept. */
  readonly failures: LexemeFailure[];
}

/**
 * {@link persistBatch} in a savepoint of `tx`. If the server refuses the data (see `dataRejection`: one
 * bad form fails the whole COPY), the savepoint is rolled back and the batch is split in two halves,
 * each computed again with `recompute` and persisted the same way, until the refused lexemes stand
 * alone: each is recorded in `recompute_failures` with the server's message and keeps its old forms,
 * and everything else is written. k refused lexemes among n cost about 2k log2(n) extra writes; a
 * batch with none costs one SAVEPOINT and one RELEASE. Any other error propagates.
 */
export async function persistIsolatingRejections(
  tx: Connection,
  writer: FormWriter,
  batch: ComputedBatch,
  recompute: (source: BatchSource) => Promise<ComputedBatch>,
  options: PersistOptions = {},
): Promise<PersistOutcome> {
  try {
    const written = await tx.transaction((savepoint) => persistBatch(savepoint, batch, options));
    // Sent and read by the server: its buffers can take the next batch's rows (a refused batch's are
    // left to the collector, and its halves computed anew).
    batch.forms.recycle();
    return { written, replaced: batch.replaceIds.length, failures: batch.failures };
  } catch (error) {
    const rejection = dataRejection(error);
    if (rejection === undefined) throw error;
    const halves = split(batch.source);
    if (halves === undefined) return persistRefused(tx, writer, batch, `the database refused its forms: ${rejection.message} (SQLSTATE ${rejection.code})`, error, options);
    const outcomes: PersistOutcome[] = [];
    for (const half of halves) outcomes.push(await persistIsolatingRejections(tx, writer, await recompute(half), recompute, options));
    return {
      written: outcomes.reduce((sum, outcome) => sum + outcome.written, 0),
      replaced: outcomes.reduce((sum, outcome) => sum + outcome.replaced, 0),
      failures: outcomes.flatMap((outcome) => outcome.failures),
    };
  }
}

/** A batch of one lexeme whose forms were refused: its forms stay, the refusal is recorded (and, in a range, orphans go). */
async function persistRefused(tx: Connection, writer: FormWriter, batch: ComputedBatch, reason: string, error: unknown, options: PersistOptions): Promise<PersistOutcome> {
  const lexeme = batch.source.lexemes[0];
  if (lexeme === undefined) throw error; // no lexeme's rows were sent: not a refusal of a lexeme's data
  const failure: LexemeFailure = { lexemeId: lexeme.id, lemma: lexeme.lemma, patternId: undefined, patternName: undefined, reason };
  await persistBatch(tx, { ...batch, replaceIds: [], forms: writer.newRows(), failures: [failure] }, options);
  return { written: 0, replaced: 0, failures: [failure] };
}

/** `source` in two halves (by lexeme for a range, by requested id otherwise), or undefined for one lexeme. */
function split(source: BatchSource): [BatchSource, BatchSource] | undefined {
  if (source.kind === 'range') {
    if (source.lexemes.length < 2) return undefined;
    const middle = Math.floor(source.lexemes.length / 2);
    const cut = source.lexemes[middle - 1]!.id;
    return [
      { ...source, lexemes: source.lexemes.slice(0, middle), range: { after: source.range.after, last: cut } },
      { ...source, lexemes: source.lexemes.slice(middle), range: { after: cut, last: source.range.last } },
    ];
  }
  if (source.requestedIds.length < 2) return undefined;
  const middle = Math.floor(source.requestedIds.length / 2);
  const part = (requestedIds: readonly number[]): BatchSource => {
    const wanted = new Set(requestedIds);
    return { ...source, requestedIds, lexemes: source.lexemes.filter((lexeme) => wanted.has(lexeme.id)) };
  };
  return [part(source.requestedIds.slice(0, middle)), part(source.requestedIds.slice(middle))];
}
