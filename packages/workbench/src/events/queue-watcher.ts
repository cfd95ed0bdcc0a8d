import { type Database, queueCounts, withConnection } from '@paradigm/persistence';
import type { QueueDepth, WorkbenchEvents } from './workbench-events';

/** Reads the queue's depth. */
export async function readQueueDepth(db: Database): Promise<QueueDepth> {
  const query = queueCounts();
  const { rows } = await withConnection(db, (conn) => conn.query<{ queued: number; pattern_changes: number; failed: number }>(query.text, query.values));
  return { queued: rows[0].queued, patternChanges: rows[0].pattern_changes, failed: rows[0].failed };
}

/** A read waiting for the one in flight; `always` when a check that joined it asked to publish anyway. */
interface QueuedRead {
  readonly promise: Promise<number | undefined>;
  always: boolean;
}

/**
 * Publishes the queue's depth when it changes, polling only while a page listens: saves and imports by
 * other clients (psql, `paradigm load`) show up too, not only this server's own.
 */
export class QueueWatcher {
  private timer: NodeJS.Timeout | undefined;
  private last = '';
  private reading: Promise<number | undefined> | undefined;
  /** The read that follows the one in flight, which every check asked meanwhile joins. */
  private next: QueuedRead | undefined;

  constructor(
    private readonly db: Database,
    private readonly events: WorkbenchEvents,
    private readonly intervalMs: number,
    /** How the depth is read; a test wraps it to hold a read in flight. */
    private readonly readDepth: (db: Database) => Promise<QueueDepth> = readQueueDepth,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.check(), this.intervalMs);
    this.timer.unref();
  }

  /**
   * Reads the depth and publishes it if it changed (or if `always`: a page just connected, a save or a
   * batch just committed). The read starts after the call: a check asked while a read is in flight
   * does not join it, as that read may have begun before the caller's change committed and so miss it;
   * it waits for the one read that follows, shared by all checks asked meanwhile.
   *
   * Resolves to the id of the `queue` event that read published (undefined when it published none): every
   * `queue` event from that id on gives a depth read after the call.
   */
  check(always = false): Promise<number | undefined> {
    if (this.events.subscribers === 0 && !always) return Promise.resolve(undefined);
    if (this.next) {
      this.next.always ||= always;
      return this.next.promise;
    }
    if (!this.reading) return this.read(always);
    const next: QueuedRead = {
      always,
      promise: this.reading.then(() => {
        this.next = undefined;
        return this.read(next.always);
      }),
    };
    this.next = next;
    return next.promise;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.next?.promise;
    await this.reading;
  }

  private read(always: boolean): Promise<number | undefined> {
    const reading: Promise<number | undefined> = this.readDepth(this.db)
      .then((depth) => {
        const key = JSON.stringify(depth);
        const changed = key !== this.last;
        this.last = key;
        return changed || always ? this.events.publish('queue', depth) : undefined;
      })
      // A database that went away is reported by the requests that need it; the watcher tries again.
      .catch(() => undefined)
      .finally(() => {
        if (this.reading === reading) this.reading = undefined;
      });
    this.reading = reading;
    return reading;
  }
}
