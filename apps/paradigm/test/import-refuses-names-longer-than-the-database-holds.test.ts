// A pardef may be named with any text, and lt-expand never stores it; the import makes it a pattern name,
// which the database indexes (at most MAX_NAME_BYTES). Such a file is refused before any database is opened.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src';
import { capture } from './support/capture';

describe('paradigm import of a pardef whose name no database index holds', () => {
  it('exits 1 naming the file, the name and its length, and imports nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paradigm-long-name-'));
    try {
      const name = `n${'x'.repeat(1000)}`;
      const dix = join(dir, 'long.dix');
      writeFileSync(dix, `<dictionary><pardefs><pardef n="${name}"><e><p><l>a</l><r>a<s n="n"/></r></p></e></pardef></pardefs><section id="main" type="standard"><e lm="b"><i>b</i><par n="${name}"/></e></section></dictionary>\n`);
      const io = capture();
      expect(await main(['import', 'apertium', dix, '--data-dir', join(dir, 'data')], io)).toBe(1);
      expect(io.err()).toBe(
        `paradigm: ${dix}: the pattern "n${'x'.repeat(59)}... (941 more characters)", named after a pardef of the file, is 1001 bytes long in UTF-8, ` +
          'longer than the 1000 a pattern name may have in the database; shorten that name in the file\nnothing was imported\n',
      );
      expect(existsSync(join(dir, 'data'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
