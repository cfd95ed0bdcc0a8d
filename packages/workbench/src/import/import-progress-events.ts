import type { ProgressCounts, ProgressReporter } from '@paradigm/recompute';
import type { ImportProgress } from '../events/workbench-events';

/**
 * The progress of `importLexicon` as `storing` {@link ImportProgress}es of the dictionary `source`, one
 * after each batch of forms it copies (a batch is up to 50,000 forms or one chunk of lexemes, so a
 * dictionary of millions of forms sends some hundreds: no throttling needed). Only the counts: how
 * the import ended is reported by its caller, from its outcome.
 */
export function importProgressEvents(source: string, total: number, report: (progress: ImportProgress) => void): ProgressReporter {
  const storing = (counts: ProgressCounts): ImportProgress => ({ state: 'storing', source, lexemes: counts.lexemes, total, forms: counts.forms, failed: counts.failed });
  return {
    // The caller reports the start itself, as soon as the upload is read: the import compiles the
    // patterns and takes the lexicon's locks first, which can take a while.
    start() {},
    update: (counts) => report(storing(counts)),
    finish() {},
  };
}
