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

/** What `lt-expand FILE OUT` writes to OUT (lttoolbox-dev gives lt-expand). */
function ltExpand(file: string, dir: string): string {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.txt`);
  execFileSync('lt-expand', [file, out], { stdio: ['ignore', 'ignore', 'pipe'] });
  return readFileSync(out, 'utf8');
}

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: apertium-urd imported, then exported with export apertium, goes through lt-expand to the same bytes`, () => {
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

    it('lt-expand of the exported .dix equals lt-expand of the original and our expansion, byte for byte', async () => {
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
  });
}
