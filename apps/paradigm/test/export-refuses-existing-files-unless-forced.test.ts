// An export that would replace a file refuses, naming every file that exists, before it opens the
// database or writes anything (exit 1); `--force` replaces them, keeping their permissions; new paths
// need no flag.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';

/** A dictionary every export can write: pardefs that only add text. */
const DIX = `<?xml version="1.0" encoding="UTF-8"?>
<dictionary>
  <sdefs><sdef n="n"/><sdef n="sg"/><sdef n="pl"/></sdefs>
  <pardefs>
    <pardef n="house__n">
      <e><p><l></l><r><s n="n"/><s n="sg"/></r></p></e>
      <e><p><l>s</l><r><s n="n"/><s n="pl"/></r></p></e>
    </pardef>
  </pardefs>
  <section id="main" type="standard">
    <e lm="house"><i>house</i><par n="house__n"/></e>
    <e lm="cat"><i>cat</i><par n="house__n"/></e>
  </section>
</dictionary>
`;

const MINE = 'mine\n';

/** Each export's command line for the files under `at`, and the files it writes. */
const EXPORTS = [
  { name: 'tsv', args: (at: string) => ['tsv', at], files: (at: string) => [join(at, 'lexicon.patterns'), join(at, 'lexemes.tsv')] },
  { name: 'apertium', args: (at: string) => ['apertium', `${at}.dix`], files: (at: string) => [`${at}.dix`] },
  { name: 'hunspell', args: (at: string) => ['hunspell', at], files: (at: string) => [`${at}.aff`, `${at}.dic`] },
] as const;

describe('paradigm export refuses to replace files without --force, before opening the database', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'paradigm-export-refuses-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('export tsv DIR names both files of DIR and leaves them as they were', async () => {
    const files = EXPORTS[0].files(dir);
    for (const file of files) writeFileSync(file, MINE);
    const io = capture();
    expect(await main(['export', 'tsv', dir], io)).toBe(1);
    expect(io.err()).toBe(`paradigm: ${files[0]} and ${files[1]} exist; pass --force to replace them, or choose another path\n`);
    expect(files.map((file) => readFileSync(file, 'utf8'))).toEqual([MINE, MINE]);
    expect(readdirSync(dir).sort()).toEqual(['lexemes.tsv', 'lexicon.patterns']);
  });

  it('names only the files that exist, and writes none of the others', async () => {
    const base = join(dir, 'words');
    writeFileSync(`${base}.dic`, MINE);
    const io = capture();
    expect(await main(['export', 'hunspell', base], io)).toBe(1);
    expect(io.err()).toBe(`paradigm: ${base}.dic exists; pass --force to replace it, or choose another path\n`);
    expect(readdirSync(dir)).toEqual(['words.dic']);
    expect(readFileSync(`${base}.dic`, 'utf8')).toBe(MINE);
    const patterns = join(dir, 'mine.patterns');
    writeFileSync(patterns, MINE);
    const tsv = capture();
    expect(await main(['export', 'tsv', patterns, join(dir, 'new.tsv')], tsv)).toBe(1);
    expect(tsv.err()).toBe(`paradigm: ${patterns} exists; pass --force to replace it, or choose another path\n`);
    expect(readdirSync(dir).sort()).toEqual(['mine.patterns', 'words.dic']);
  });

  it('export apertium names the .dix; a folder in a file\'s place is refused even with --force', async () => {
    const dix = join(dir, 'lexicon.dix');
    writeFileSync(dix, MINE);
    const io = capture();
    expect(await main(['export', 'apertium', dix], io)).toBe(1);
    expect(io.err()).toBe(`paradigm: ${dix} exists; pass --force to replace it, or choose another path\n`);
    expect(readFileSync(dix, 'utf8')).toBe(MINE);
    const folder = capture();
    expect(await main(['export', 'apertium', dir, '--force'], folder)).toBe(1);
    expect(folder.err()).toBe(`paradigm: cannot write ${dir}: it is a folder; give a file path\n`);
  });

  it.each(EXPORTS.map((e) => [e.name]))('export %s --help shows --force', async (name) => {
    const io = capture();
    expect(await main(['export', name, '--help'], io)).toBe(0);
    expect(io.out()).toContain('--force');
  });
});

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm export writes new paths without a flag and replaces files with --force`, () => {
    let db: Database;
    let dir: string;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      dir = mkdtempSync(join(tmpdir(), 'paradigm-export-force-'));
      writeFileSync(join(dir, 'small.dix'), DIX);
      expect(await main(['import', 'apertium', join(dir, 'small.dix'), '--no-recompute'], capture(db))).toBe(0);
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });

    it.each(EXPORTS.map((e) => [e.name, e] as const))('export %s: --force replaces what was there with what a new path gets', async (_name, e) => {
      const fresh = join(dir, `${e.name}-new`);
      expect(await main(['export', ...e.args(fresh)], capture(db))).toBe(0);
      const written = e.files(fresh).map((file) => readFileSync(file, 'utf8'));
      expect(written.every((text) => text.length > MINE.length)).toBe(true);

      const old = join(dir, `${e.name}-old`);
      mkdirSync(dirname(e.files(old)[0]!), { recursive: true });
      for (const file of e.files(old)) {
        writeFileSync(file, MINE);
        chmodSync(file, 0o600);
      }
      expect(await main(['export', ...e.args(old)], capture(db))).toBe(1);
      expect(e.files(old).map((file) => readFileSync(file, 'utf8'))).toEqual(e.files(old).map(() => MINE));
      expect(await main(['export', ...e.args(old), '--force'], capture(db))).toBe(0);
      expect(e.files(old).map((file) => readFileSync(file, 'utf8'))).toEqual(written);
      expect(e.files(old).map((file) => statSync(file).mode & 0o777)).toEqual(e.files(old).map(() => 0o600));
    });
  });
}
