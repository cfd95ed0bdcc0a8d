import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandApertiumText, parseApertium } from '@paradigm/lexicons';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';

const URD_DIX = '/usr/share/apertium/apertium-urd/apertium-urd.urd.dix';
const HIN_DIX = '/usr/share/apertium/apertium-hin/apertium-hin.hin.dix';
const REGEXPS_DIX = join(__dirname, 'fixtures/regexps.dix');
const MARKS_DIX = join(__dirname, 'fixtures/marks.dix');

/** What `lt-expand FILE OUT` writes to OUT (lttoolbox-dev gives lt-expand). */
function ltExpand(file: string, dir: string): string {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.txt`);
  execFileSync('lt-expand', [file, out], { stdio: ['ignore', 'ignore', 'pipe'] });
  return readFileSync(out, 'utf8');
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: a dictionary imported, then exported with export apertium, goes through lt-expand to the same bytes`, () => {
    let db: Database;
    let dir: string;
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      dir = mkdtempSync(join(tmpdir(), 'paradigm-export-dix-'));
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });

    /** Imports `dix` in place of the lexicon (lexicon only) and exports it as `name` in the folder: the exported file. */
    async function importThenExport(dix: string, name: string): Promise<string> {
      expect(await main(['import', 'apertium', dix, '--no-recompute', '--replace'], capture(db))).toBe(0);
      const exported = join(dir, name);
      expect(await main(['export', 'apertium', exported], capture(db))).toBe(0);
      return exported;
    }

    it('apertium-urd: lt-expand of the exported .dix equals lt-expand of the original and our expansion, byte for byte', async () => {
      expect(await main(['import', 'apertium', URD_DIX, '--no-recompute'], capture(db))).toBe(0);
      const exported = join(dir, 'exported.dix');
      const io = capture(db);
      expect(await main(['export', 'apertium', exported], io)).toBe(0);
      expect(io.err()).toMatch(new RegExp(`^paradigm: wrote \\d+ patterns and 14\\d\\d\\d lexemes to ${exported}\\n$`));
      const theirs = ltExpand(URD_DIX, dir);
      const again = ltExpand(exported, dir);
      expect(again.split('\n').length).toBe(103_032);
      expect(again === theirs).toBe(true);
      expect(again === [...expandApertiumText(parseApertium(readFileSync(URD_DIX, 'utf8'), URD_DIX))].join('')).toBe(true);
    });

    it('apertium-hin, whose punctuation and numbers are <re> entries: the same bytes through import, export and lt-expand', async () => {
      const exported = await importThenExport(HIN_DIX, 'exported-hin.dix');
      expect(readFileSync(exported, 'utf8')).toContain('<re>[.\\?;:!।॥]</re>');
      const theirs = ltExpand(HIN_DIX, dir);
      expect(theirs.split('\n').length).toBe(387_580);
      expect(ltExpand(exported, dir) === theirs).toBe(true);
    });

    it('entries with <re>: each printed __REGEXP__ is written back as a <re> on both sides, with the text around it on each side', async () => {
      const exported = await importThenExport(REGEXPS_DIX, 'exported-re.dix');
      const written = readFileSync(exported, 'utf8');
      expect(written).toContain('<pardef n="digits">\n  <e><re>[0-9]+</re><p><l></l><r><s n="num"/></r></p></e>\n');
      expect(written).toContain('<re>[.\\?;:!]</re><par n="entry:sent"/></e>\n');
      expect(written).toContain('<re>a\\\\b{2}</re>');
      expect(written).toContain('<e lm="pre"><p><l>pre</l><r>pre</r></p><re>[a-z]+</re><p><l>:x</l><r>y</r></p><par n="entry:n"/></e>\n');
      const theirs = ltExpand(REGEXPS_DIX, dir);
      expect(theirs.split('\n')).toHaveLength(8);
      expect(ltExpand(exported, dir)).toBe(theirs);
    });

    it('entries with marks (<g>, <b/>, <j/>, <a/>, <ig>), escapes, directions and variants: the same lines', async () => {
      const exported = await importThenExport(MARKS_DIX, 'exported-marks.dix');
      expect(readFileSync(exported, 'utf8')).toContain('<e><p><l>e<g>a<b/>b</g></l><r>e<g>a<b/>b</g><s n="vblex"/></r></p></e>\n');
      const theirs = ltExpand(MARKS_DIX, dir);
      expect(theirs.split('\n')).toHaveLength(20);
      expect(theirs).toContain('t~ake#a b:t~ake#a b<vblex>\nt~aken+x:t~aken<vblex>+x\n');
      expect([...expandApertiumText(parseApertium(readFileSync(MARKS_DIX, 'utf8'), MARKS_DIX))].join('')).toBe(theirs);
      expect(ltExpand(exported, dir)).toBe(theirs);
    });
  });
}
