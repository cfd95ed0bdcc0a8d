import { sleep } from './abort';

/**
 * Wakes the loops of `worker run --follow` that sleep on an empty queue. `wake()` ends every current
 * {@link Wakeup.sleep}; a wake with nobody asleep is remembered, so the loop that goes to sleep next
 * returns at once: a notification that arrives between a claim that found nothing and the sleep that
 * follows it is not lost.
 */
export class Wakeup {
  private waiting = new AbortController();
  private pending = false;

  wake(): void {
    this.pending = true;
    this.waiting.abort();
    this.waiting = new AbortController();
  }

  /** Resolves after `ms`, on a {@link wake} (also one since the last sleep began), or when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    const woken = this.waiting.signal;
    return sleep(ms, AbortSignal.any([signal, woken])).then(() => {
      if (woken.aborted) this.pending = false;
    });
  }
}
