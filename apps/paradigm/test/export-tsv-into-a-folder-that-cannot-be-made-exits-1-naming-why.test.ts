import { main } from '../src';
import { capture } from './support/capture';

// `export tsv DIR` makes DIR and its missing parents one level at a time, and names the level it cannot
// make, with the fix (exit 1), before any database is opened. Under /proc, Node's recursive mkdir never
// ends: it goes on between mkdir("/proc/x"), which says ENOENT (procfs takes no new folders), and
// mkdir("/proc"), which says EEXIST.
describe('paradigm export tsv into a folder that cannot be made exits 1 naming why', () => {
  it('a folder under /proc', async () => {
    const io = capture();
    expect(await main(['export', 'tsv', '/proc/x'], io)).toBe(1);
    expect(io.err()).toBe('paradigm: cannot make the folder /proc/x: the file system of /proc does not take new folders; choose a folder on another file system\n');
  });

  it('a folder several levels under /proc, naming the first one', async () => {
    const io = capture();
    expect(await main(['export', 'tsv', '/proc/1/x/y'], io)).toBe(1);
    expect(io.err()).toBe('paradigm: cannot make the folder /proc/1/x: the file system of /proc/1 does not take new folders; choose a folder on another file system\n');
  });
});
