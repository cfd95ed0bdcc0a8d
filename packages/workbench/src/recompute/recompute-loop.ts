import { type Database, FormsGenerationError, getWriter } from '@paradigm/persistence';
import { formsGenerationRaisedText, GrammarCache, type RebuildThreshold, runQueue, SILENT_PROGRESS } from '@paradigm/recompute';
import type { WorkbenchEvents } from '../events/workbench-events';

/** Options of {@link RecomputeLoop}. */
export interface RecomputeLoopOptions {
  /** How often to look for changes made by other clients when nothing kicked the loop. */
  readonly pollMs: number;
  /** Lexemes per claim: small, so the first forms of a save are written (and announced) early. */
  readonly batchSize?: number;
  /** When the queue is rebuilt instead of drained batch by batch (PostgreSQL only; see `WorkbenchOptions.rebuildFrom`). */
  readonly rebuildFrom: RebuildThreshold | null;
  /**
   * Called with an error the loop survived (it tries again at the next poll), or with the
   * `FormsGenerationError` that ends it: the forms are a later paradigm's, which its own workers compute.
   */
  readonly onError?: (error: unknown) => void;
  /** One line for people: the loop took forms of an earlier paradigm over, and computes every lexeme again. */
  readonly onNotice?: (line: string) => void;
}

/**
 * Drains the recompute queue inside the server process: the only way on embedded PGlite, which one
 * process opens at a time. A save calls {@link RecomputeLoop.kick}, so its forms are recomputed at once
 * instead of at the next poll; each committed batch is published as a `forms` event. On PostgreSQL a
 * queue that holds most of the lexicon is rebuilt instead, as `paradigm run` does, announced by a
 * `rebuilding` event and published as a `rebuilt` one; on PGlite a rebuild would hold the one
 * connection every request of the page needs, so the loop keeps to batches there. The compiled grammar
 * is kept from one drain to the next while the patterns stay as they were: an edit of a lexeme does not
 * compile every pattern again (seconds for Hunspell hu_HU's 22,448 affix classes).
 */
export class RecomputeLoop {
  private readonly abort = new AbortController();
  private wake: (() => void) | undefined;
  private kicked = false;
  private running: Promise<void> | undefined;
  private readonly grammars = new GrammarCache();

  constructor(
    private readonly db: Database,
    private readonly events: WorkbenchEvents,
    private readonly options: RecomputeLoopOptions,
  ) {}

  start(): void {
    this.running ??= this.loop();
  }

  /** Drain now (after a save or an import). */
  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  /** Stops after the batch in flight; safe to call twice. */
  async stop(): Promise<void> {
    this.abort.abort();
    this.wake?.();
    await this.running;
  }

  private async loop(): Promise<void> {
    const writer = getWriter();
    while (!this.abort.signal.aborted) {
      this.kicked = false;
      try {
        const rebuildAt = this.db.dialect === 'postgres' ? this.options.rebuildFrom : null;
        await runQueue(this.db, { follow: false, pollMs: this.options.pollMs, retryFailed: false, rebuildAt }, {
          batchSize: this.options.batchSize ?? 200,
          batchForms: 50_000,
          concurrency: 2,
          writer,
          progress: SILENT_PROGRESS,
          signal: this.abort.signal,
          grammars: this.grammars,
          onBatch: (lexemeIds) => this.events.publish('forms', { lexemeIds }),
          onRebuilding: () => this.events.publish('rebuilding', {}),
          onRebuilt: (report) => this.events.publish('rebuilt', { lexemes: report.lexemes, forms: report.forms }),
          onFormsGenerationRaised: (previous, generation) => this.options.onNotice?.(formsGenerationRaisedText(previous, generation)),
        });
      } catch (error) {
        this.options.onError?.(error);
        // Every later drain would be refused the same way until this server is upgraded.
        if (error instanceof FormsGenerationError) return;
      }
      if (!this.kicked) await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.options.pollMs);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wake = undefined;
        resolve();
      }
      this.wake = done;
      if (this.abort.signal.aborted) done();
    });
  }
}
