/** Ends a hold of a {@link SharedExclusiveLock}; calling it again does nothing. */
export type Release = () => void;

/**
 * An in-process lock that many holders take shared, or one takes exclusive. An exclusive request waits
 * for the shared holds it found to end, and the shared requests made after it wait behind it, so a
 * stream of shared holders never starves it. A shared holder may end its hold before its work ends
 * (the `release` passed to {@link shared}): what the lock guards may be a part of that work.
 */
export class SharedExclusiveLock {
  private sharedHolds = 0;
  private exclusiveHeld = false;
  /** Requests not yet granted, in order. */
  private readonly waiting: { readonly exclusive: boolean; readonly grant: () => void }[] = [];

  /** Runs `fn` holding the lock shared, until `fn` calls `release` or settles. */
  async shared<T>(fn: (release: Release) => Promise<T>): Promise<T> {
    await this.acquire(false);
    const release = this.once(() => {
      this.sharedHolds--;
      this.grantWaiting();
    });
    try {
      return await fn(release);
    } finally {
      release();
    }
  }

  /** Runs `fn` holding the lock exclusive: no shared hold runs meanwhile. */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire(true);
    try {
      return await fn();
    } finally {
      this.exclusiveHeld = false;
      this.grantWaiting();
    }
  }

  private acquire(exclusive: boolean): Promise<void> {
    if (this.waiting.length === 0 && this.grantable(exclusive)) {
      this.take(exclusive);
      return Promise.resolve();
    }
    return new Promise((grant) => this.waiting.push({ exclusive, grant }));
  }

  private grantable(exclusive: boolean): boolean {
    return !this.exclusiveHeld && (!exclusive || this.sharedHolds === 0);
  }

  private take(exclusive: boolean): void {
    if (exclusive) this.exclusiveHeld = true;
    else this.sharedHolds++;
  }

  /** Grants the waiting requests in order, as far as they can be granted. */
  private grantWaiting(): void {
    while (this.waiting.length > 0 && this.grantable(this.waiting[0]!.exclusive)) {
      const next = this.waiting.shift()!;
      this.take(next.exclusive);
      next.grant();
    }
  }

  private once(fn: () => void): Release {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      fn();
    };
  }
}
