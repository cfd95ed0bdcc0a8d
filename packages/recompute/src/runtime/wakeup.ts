import { sleep } from './abort';

/**
 * Wakes the loops of `worker run --follow` that sleep on an empty queue. {@link Wakeup.wake} ends every
 * current {@link Wakeup.sleep}, {@link Wakeup.wakeOne} the one that began first. A wake with nobody
 * asleep is remembered, so the loop that goes to sleep next returns at once: a notification that
 * arrives between a claim that found nothing and the sleep that follows it is not lost.
 */
export class Wakeup {
  private sleepers: Array<() => void> = [];
  private pending = false;

  /** Wakes every sleeping loop (or the next one to sleep). */
  wake(): void {
    if (this.sleepers.length === 0) this.pending = true;
    for (const wake of this.sleepers.splice(0)) wake();
  }

  /**
   * Wakes the loop asleep longest; returns false when none sleeps (every loop is busy), and then the
   * next loop to go to sleep returns at once.
   */
  wakeOne(): boolean {
    const wake = this.sleepers.shift();
    if (wake === undefined) {
      this.pending = true;
      return false;
    }
    wake();
    return true;
  }

  /** Resolves after `ms`, on a wake (also one since the last sleep began, with nobody asleep), or when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    const woken = new AbortController();
    const wake = () => woken.abort();
    this.sleepers.push(wake);
    return sleep(ms, AbortSignal.any([signal, woken.signal])).then(() => {
      const i = this.sleepers.indexOf(wake);
      if (i >= 0) this.sleepers.splice(i, 1);
    });
  }
}
