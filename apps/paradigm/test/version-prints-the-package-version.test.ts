import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src';
import { capture } from './support/capture';

// `paradigm --version` (or -V) prints the version of the package installed, on standard output, exit 0.
const VERSION = (JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')) as { version: string }).version;

describe('paradigm --version', () => {
  it.each([['--version'], ['-V']])('%s prints the package version', async (flag) => {
    const io = capture();
    expect(await main([flag], io)).toBe(0);
    expect([io.out(), io.err()]).toEqual([`${VERSION}\n`, '']);
  });
});
