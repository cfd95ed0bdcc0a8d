/**
 * A first-come, first-served lock. PGlite runs one backend in this process, so its single connection is
 * handed out through one of these: a second `acquire()` waits until the first is released.
 */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves when the lock is yours; call the returned function exactly once to pass it on. */
  lock(): Promise<() => void> {
    let unlock!: () => void;
    const released = new Promise<void>((resolve) => (unlock = resolve));
    const acquired = this.tail.then(() => unlock);
    this.tail = this.tail.then(() => released);
    return acquired;
  }
}
