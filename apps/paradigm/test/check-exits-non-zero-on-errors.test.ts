import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src';
import { capture } from './support/capture';

describe('paradigm check reports every problem without a database and exits 1 on errors only', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paradigm-check-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints errors and warnings with FILE:LINE:COLUMN and exits 1', async () => {
    const file = join(dir, 'a.patterns');
    writeFileSync(file, '# nouns\npatern noun\nrule => N;SG\n');
    const io = capture();
    expect(await main(['check', file], io)).toBe(1);
    expect(io.err()).toBe(
      `${file}:2:1: error: unknown line "patern" before the first pattern header; did you mean "pattern"? (with the 1 line after it, it belongs to no pattern)\n` +
        'paradigm: 1 file checked: 1 error, 0 warnings\n',
    );
  });

  it('exits 0 with warnings only', async () => {
    const file = join(dir, 'b.patterns');
    const lexemes = join(dir, 'b.tsv');
    writeFileSync(file, 'pattern noun\nrule => N;SG\nrule suffix -y +ies /[^aeiou]e/ => N;PL\n\npattern verb\nrule => V\n');
    writeFileSync(lexemes, 'id\tlemma\tpatterns\n1\tcity\tnoun\n');
    const io = capture();
    expect(await main(['check', file, lexemes], io)).toBe(0);
    expect(io.err()).toBe(
      `${file}:3:6: warning: this rule never applies: the suffix strips "y" but its condition /[^aeiou]e/ excludes "y" at position 1 from the end; fix the strip or the condition\n` +
        `${file}:5:1: warning: no lexeme takes pattern "verb", directly or through a continuation; give it to a lexeme or remove it\n` +
        'paradigm: 2 files checked: 0 errors, 2 warnings\n',
    );
  });
});
