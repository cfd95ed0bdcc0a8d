// `export --force` onto a FIFO (or a device such as /dev/full, or a link to one) is refused, naming it:
// the rename that puts the new file in place would replace the FIFO or the device node with a regular
// file (run as root, `export apertium /dev/null --force` replaced /dev/null).
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { writeSmallDictionary } from './support/small-dictionary';

describe('paradigm export onto a FIFO, or a link to one, even with --force', () => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase('pglite', __filename);
    dir = mkdtempSync(join(tmpdir(), 'paradigm-export-fifo-'));
    const { aff, dic } = writeSmallDictionary(dir);
    expect(await main(['import', 'hunspell', aff, dic, '--no-recompute'], capture(db))).toBe(0);
    execFileSync('mkfifo', [join(dir, 'pipe.dix')]);
    symlinkSync('pipe.dix', join(dir, 'link.dix'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  it('is refused, exit 1, naming the path; the FIFO and the link stay, and nothing else is written', async () => {
    const fifo = capture(db);
    expect(await main(['export', 'apertium', join(dir, 'pipe.dix'), '--force'], fifo)).toBe(1);
    const link = capture(db);
    expect(await main(['export', 'apertium', join(dir, 'link.dix'), '--force'], link)).toBe(1);

    expect([fifo.err(), link.err()]).toEqual([
      `paradigm: cannot write ${join(dir, 'pipe.dix')}: it is a device, pipe or socket, not a file; give the path of a file\n`,
      `paradigm: cannot write ${join(dir, 'link.dix')}: it links to ${join(dir, 'pipe.dix')}, which is a device, pipe or socket, not a file; give the path of a file\n`,
    ]);
    expect([lstatSync(join(dir, 'pipe.dix')).isFIFO(), lstatSync(join(dir, 'link.dix')).isSymbolicLink()]).toEqual([true, true]);
    expect(readdirSync(dir).sort()).toEqual(['link.dix', 'pipe.dix', 't.aff', 't.dic']);
  });
});
