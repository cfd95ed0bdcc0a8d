import { SharedExclusiveLock } from '../src/runtime/shared-exclusive-lock';

/** A promise and the function that settles it. */
function gate(): { readonly opened: Promise<void>; readonly open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Lets every promise callback queued so far run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SharedExclusiveLock', () => {
  it('runs shared holds together, an exclusive one alone once they end, and the shared ones asked after it behind it', async () => {
    const lock = new SharedExclusiveLock();
    const log: string[] = [];
    const first = gate();
    const second = gate();
    const held = [
      lock.shared(async () => {
        log.push('shared 1 in');
        await first.opened;
        log.push('shared 1 out');
      }),
      lock.shared(async (release) => {
        log.push('shared 2 in');
        await second.opened;
        // Ends its hold before its work ends.
        release();
        log.push('shared 2 released');
        await settle();
        log.push('shared 2 out');
      }),
      lock.exclusive(async () => {
        log.push('exclusive in');
        await settle();
        log.push('exclusive out');
      }),
      lock.shared(async () => log.push('shared 3 in')),
    ];
    await settle();
    expect(log).toEqual(['shared 1 in', 'shared 2 in']);
    first.open();
    await settle();
    // Shared 2 still holds it: the exclusive hold waits, and shared 3 waits behind the exclusive one.
    expect(log).toEqual(['shared 1 in', 'shared 2 in', 'shared 1 out']);
    second.open();
    await Promise.all(held);
    expect(log).toEqual(['shared 1 in', 'shared 2 in', 'shared 1 out', 'shared 2 released', 'exclusive in', 'shared 2 out', 'exclusive out', 'shared 3 in']);
  });

  it('is released when what holds it throws, and a release called twice counts once', async () => {
    const lock = new SharedExclusiveLock();
    await expect(lock.exclusive(() => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    await lock.shared(async (release) => {
      release();
      release();
    });
    const log: string[] = [];
    const holding = gate();
    const shared = lock.shared(async () => {
      log.push('shared in');
      await holding.opened;
      log.push('shared out');
    });
    const exclusive = lock.exclusive(async () => log.push('exclusive'));
    await settle();
    expect(log).toEqual(['shared in']);
    holding.open();
    await Promise.all([shared, exclusive]);
    expect(log).toEqual(['shared in', 'shared out', 'exclusive']);
  });
});
