import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src';
import { capture } from './support/capture';

describe('lexicon expand apertium FILE.dix', () => {
  const file = join(__dirname, 'fixtures', 'small.dix');

  it("prints lt-expand's output, without a database", async () => {
    const io = capture();
    expect(await main(['expand', 'apertium', file], io)).toBe(0);
    expect(io.out()).toBe(
      [
        'house:house<n><sg><nom>',
        "house's:house<n><sg><gen>",
        'houses:house<n><pl><nom>',
        "houses's:house<n><pl><gen>",
        'houseen:>:house<n><pl>',
        'oxen:>:ox<n><pl>',
        'ox:>:ox<n><sg><nom>',
        "ox's:>:ox<n><sg><gen>",
        'oxs:>:ox<n><pl><nom>',
        "oxs's:>:ox<n><pl><gen>",
        'soon:soon<adv>',
        '',
      ].join('\n'),
    );
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-expand-'));
    try {
      execFileSync('lt-expand', [file, join(dir, 'out')]);
      expect(io.out()).toBe(readFileSync(join(dir, 'out'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 with the problems when the file has errors, and 1 when it cannot be read', async () => {
    const io = capture();
    const bad = join(__dirname, 'fixtures', 'undefined-pardef.dix');
    expect(await main(['expand', 'apertium', bad], io)).toBe(1);
    expect(io.err()).toBe(
      `${bad}:3:23: <par n="nowhere">: pardef "nowhere" is not defined. Define it in <pardefs> above this line, or fix the name.\n` +
        `lexicon: ${bad} has 1 problem(s); nothing was imported.\n`,
    );
    const missing = capture();
    expect(await main(['expand', 'apertium', '/nonexistent/x.dix'], missing)).toBe(1);
    expect(missing.err()).toBe('lexicon: /nonexistent/x.dix: .dix file not found; give the path of an Apertium monolingual dictionary (.dix)\n');
  });
});
