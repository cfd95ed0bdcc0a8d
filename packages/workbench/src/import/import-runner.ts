import type { StreamedLexicon } from '@paradigm/lexicons';
import type { Database } from '@paradigm/persistence';
import { DEFAULTS, describeRolledBackImport, importLexicon, type LexiconImport, lockWaitText } from '@paradigm/recompute';
import type { ImportProgress, WorkbenchEvents } from '../events/workbench-events';
import { importProgressEvents } from './import-progress-events';

/**
 * Lexemes per chunk of the import (each chunk's lexemes are copied, then their forms): a `storing`
 * event at least this often, as the workbench's import reported before it wrote the forms too.
 */
const CHUNK_LEXEMES = 5000;

/**
 * One import at a time, as `paradigm import` does it (`importLexicon`): the lexicon and every form it
 * generates replace the old ones in one transaction, publishing its progress as `import` events. A
 * dictionary with entries that cannot be generated, a database error or the server stopping rolls it
 * all back: the old lexicon and forms stay, and nothing is queued. Waiting for the lexicon's tables
 * behind another session's transaction, it names that session (a `waiting` event).
 */
export class ImportRunner {
  private current: Promise<void> | undefined;
  /** Aborted by {@link ImportRunner.stop}: an import in flight, or one started after, rolls back. */
  private readonly abort = new AbortController();
  private last: ImportProgress | undefined;

  /**
   * `onImported` is called after a commit: nothing is queued then, except the whole lexicon when a full
   * rebuild (`recompute --all`) was running beside the import, which the recompute loop then computes.
   */
  constructor(
    private readonly db: Database,
    private readonly events: WorkbenchEvents,
    private readonly onImported: () => void,
  ) {}

  get running(): boolean {
    return this.current !== undefined;
  }

  /** The latest progress of the latest import, if any. */
  get progress(): ImportProgress | undefined {
    return this.last;
  }

  /**
   * Starts importing `lexicon` (already parsed) and announces it; returns the id of that `import` event:
   * every later one tells how this import goes on. {@link stop} waits for its end.
   */
  start(lexicon: StreamedLexicon): number {
    if (this.current) throw new Error('an import is already running');
    const { source, lexemeCount: total } = lexicon;
    const started = this.report({ state: 'storing', source, lexemes: 0, total, forms: 0, failed: 0 });
    this.current = importLexicon(this.db, lexicon, {
      batchForms: DEFAULTS.batchForms,
      chunkLexemes: CHUNK_LEXEMES,
      progress: importProgressEvents(source, total, (progress) => this.report(progress)),
      signal: this.abort.signal,
      onLockWait: (holders) => this.report({ state: 'waiting', source, message: lockWaitText(holders, this.db.description, 'import', 'stopping the workbench stops it') }),
    })
      .then((outcome) => {
        this.report(this.outcome(source, outcome, lexicon.placeOf));
        if (outcome.counts !== undefined) this.onImported();
      })
      .catch((error: Error) => {
        this.report({ state: 'failed', source, message: `the import failed and rolled back, so the old lexicon and forms are as they were: ${error.message}`, failures: [] });
      })
      .finally(() => (this.current = undefined));
    return started;
  }

  /**
   * Stops the import in flight, if any, which rolls it back (the old lexicon and forms stay), as any
   * started later does; resolves once it has. Safe to call twice.
   */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.current;
  }

  private outcome(source: string, outcome: LexiconImport, placeOf: StreamedLexicon['placeOf']): ImportProgress {
    const { counts, report } = outcome;
    if (counts !== undefined) {
      return { state: 'imported', source, patterns: counts.patterns, lexemes: counts.lexemes, forms: report.forms, patternsLeftOut: report.patternProblems };
    }
    if (outcome.rolledBack === 'failed-lexemes') {
      const { failures, summary } = describeRolledBackImport(source, report, this.db.description, placeOf);
      return { state: 'failed', source, message: `${summary} Fix those entries in the dictionary and upload it again.`, failures };
    }
    return { state: 'failed', source, message: `the server stopped during the import, so it rolled back: the old lexicon and forms are as they were in ${this.db.description}.`, failures: [] };
  }

  private report(progress: ImportProgress): number {
    this.last = progress;
    return this.events.publish('import', progress);
  }
}
