import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, readPatterns } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: paradigm load checks a pattern file with the patterns already stored`, () => {
    let db: Database;
    let dir: string;
    const file = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      dir = mkdtempSync(join(tmpdir(), 'paradigm-stored-'));
      const first = [file('a.patterns', 'pattern a\nrule suffix +x => N;SG\n'), file('b.patterns', 'pattern b\nrule suffix +y => N;PL > a\n'), file('l.tsv', 'id\tlemma\tpatterns\n1\tdog\tb\n')];
      expect(await main(['load', ...first], capture(db))).toBe(0);
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });

    it('loads a pattern that continues into a stored one', async () => {
      const io = capture(db);
      expect(await main(['load', file('c.patterns', '# dual\npattern c\nrule suffix +z => N;DU > b\n')], io)).toBe(0);
      expect(io.err()).toMatch(/^paradigm: loaded into .*\n {2}patterns: 1 added, 0 changed, 0 unchanged\n/);
    });

    it('refuses a pattern that closes a cycle with a stored one, at its position, and keeps the stored one', async () => {
      const a = file('a2.patterns', '\npattern a\nrule suffix +x => N;SG > b\n');
      const io = capture(db);
      expect(await main(['load', a], io)).toBe(1);
      expect(io.err()).toBe(
        `${a}:3:26: error: continuations form a cycle a > b > a; remove one of these continuations\n` +
          `paradigm: 1 error, 0 warnings; nothing was loaded. \`paradigm check\` reads the files alone, without the patterns stored in ${db.description}: it finds 1 error, 0 warnings.\n`,
      );
      expect((await readPatterns(db)).find((p) => p.name === 'a')!.source).toBe('pattern a\nrule suffix +x => N;SG\n');
    });
  });
}
