import { type Database, queueCounts, withConnection } from '@paradigm/persistence';
import type { QueueDepth, WorkbenchEvents } from './workbench-events';

/** Reads the queue's depth. */
export async function readQueueDepth(db: Database): Promise<QueueDepth> {
  const query = queueCounts();
  const { rows } = await withConnection(db, (conn) => conn.query<{ queued: number; pattern_changes: number; failed: number }>(query.text, query.values));
  return { queued: rows[0].queued, patternChanges: rows[0].pattern_changes, failed: rows[0].failed };
}

/**
 * Publishes the queue's depth when it changes, polling only while a page listens: saves and imports by
 * other clients (psql, `paradigm load`) show up too, not only this server's own.
 */
export class QueueWatcher {
  private timer: NodeJS.Timeout | undefined;
  private last = '';
  private reading: Promise<void> | undefined;
  /** A check asked to publish even an unchanged depth (a page just connected) while a read was in flight. */
  private publishAnyway = false;

  constructor(
    private readonly db: Database,
    private readonly events: WorkbenchEvents,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.check(), this.intervalMs);
    this.timer.unref();
  }

  /**
   * Reads the depth now and publishes it if it changed (or if `always`). A check made while a read is in
   * flight joins it; with `always` that read publishes whatever it finds, so a page that connects during
   * a periodic read still gets the depth.
   */
  check(always = false): Promise<void> {
    if (this.events.subscribers === 0 && !always) return Promise.resolve();
    if (always) this.publishAnyway = true;
    this.reading ??= readQueueDepth(this.db)
      .then((depth) => {
        const key = JSON.stringify(depth);
        if (key !== this.last || this.publishAnyway) this.events.publish('queue', depth);
        this.publishAnyway = false;
        this.last = key;
      })
      // A database that went away is reported by the requests that need it; the watcher tries again.
      .catch(() => undefined)
      .finally(() => (this.reading = undefined));
    return this.reading;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.reading;
  }
}
