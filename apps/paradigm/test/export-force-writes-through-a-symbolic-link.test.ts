// `export --force` onto a symbolic link writes the file the link leads to and keeps the link, as shell
// redirection does; before, the rename that puts the new file in place replaced the link itself with a
// regular file. A dangling link gets its target created; a link to a folder is refused even with
// --force, before the database is opened.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';
import { writeSmallDictionary } from './support/small-dictionary';

const MINE = 'mine\n';

describe('paradigm export --force onto a symbolic link writes its target and keeps the link', () => {
  let db: Database;
  let dir: string;
  let exported: string;
  beforeAll(async () => {
    db = await createTestDatabase('pglite', __filename);
    dir = mkdtempSync(join(tmpdir(), 'paradigm-export-link-'));
    const { aff, dic } = writeSmallDictionary(dir);
    expect(await main(['import', 'hunspell', aff, dic, '--no-recompute'], capture(db))).toBe(0);
    expect(await main(['export', 'apertium', join(dir, 'plain.dix')], capture(db))).toBe(0);
    exported = readFileSync(join(dir, 'plain.dix'), 'utf8');
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  /** Exporting onto the link is refused without --force, naming it, and succeeds with it. */
  async function refusedThenForced(link: string): Promise<void> {
    const refused = capture(db);
    expect(await main(['export', 'apertium', link], refused)).toBe(1);
    expect(refused.err()).toBe(`paradigm: ${link} exists; pass --force to replace it, or choose another path\n`);
    expect(await main(['export', 'apertium', link, '--force'], capture(db))).toBe(0);
  }

  it('a link (through a second link, into another folder) stays; the file it leads to gets the export, keeping its permissions', async () => {
    const at = join(dir, 'chain');
    mkdirSync(join(at, 'real'), { recursive: true });
    writeFileSync(join(at, 'real', 'target.dix'), MINE);
    chmodSync(join(at, 'real', 'target.dix'), 0o600);
    symlinkSync('real/target.dix', join(at, 'middle.dix'));
    symlinkSync('middle.dix', join(at, 'out.dix'));

    await refusedThenForced(join(at, 'out.dix'));

    expect([lstatSync(join(at, 'out.dix')).isSymbolicLink(), readlinkSync(join(at, 'out.dix'))]).toEqual([true, 'middle.dix']);
    expect([lstatSync(join(at, 'middle.dix')).isSymbolicLink(), readlinkSync(join(at, 'middle.dix'))]).toEqual([true, 'real/target.dix']);
    expect(readFileSync(join(at, 'real', 'target.dix'), 'utf8')).toBe(exported);
    expect(statSync(join(at, 'real', 'target.dix')).mode & 0o777).toBe(0o600);
    expect([readdirSync(at).sort(), readdirSync(join(at, 'real'))]).toEqual([['middle.dix', 'out.dix', 'real'], ['target.dix']]);
  });

  it('a dangling link stays, and the file it names is created', async () => {
    const at = join(dir, 'dangling');
    mkdirSync(join(at, 'real'), { recursive: true });
    symlinkSync('real/new.dix', join(at, 'out.dix'));
    await refusedThenForced(join(at, 'out.dix'));
    expect([lstatSync(join(at, 'out.dix')).isSymbolicLink(), readlinkSync(join(at, 'out.dix'))]).toEqual([true, 'real/new.dix']);
    expect(readFileSync(join(at, 'real', 'new.dix'), 'utf8')).toBe(exported);
    expect(readdirSync(join(at, 'real'))).toEqual(['new.dix']);
  });

  it('a link that cannot be written through is refused even with --force, naming it, and left as it was', async () => {
    const at = join(dir, 'refused');
    mkdirSync(join(at, 'folder'), { recursive: true });
    symlinkSync('folder', join(at, 'to-folder.dix'));
    symlinkSync('missing/new.dix', join(at, 'to-nowhere.dix'));
    symlinkSync('loop-b.dix', join(at, 'loop-a.dix'));
    symlinkSync('loop-a.dix', join(at, 'loop-b.dix'));
    const cases: Array<[string, string]> = [
      ['to-folder.dix', `it links to the folder ${join(at, 'folder')}; give a file path`],
      ['to-nowhere.dix', `it links to ${join(at, 'missing', 'new.dix')}, whose folder does not exist`],
      ['loop-a.dix', 'it is a symbolic link that leads through more than 40 links (a loop?)'],
    ];
    for (const [name, why] of cases) {
      const io = capture(db);
      expect(await main(['export', 'apertium', join(at, name), '--force'], io)).toBe(1);
      expect(io.err()).toBe(`paradigm: cannot write ${join(at, name)}: ${why}\n`);
    }
    expect(readdirSync(at).sort()).toEqual(['folder', 'loop-a.dix', 'loop-b.dix', 'to-folder.dix', 'to-nowhere.dix']);
    expect(readdirSync(join(at, 'folder'))).toEqual([]);
  });
});
