import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src';
import { capture } from './support/capture';

// `export tsv DIR` creates DIR; a file of that name is named with the fix (exit 1), before any database is opened.
describe('paradigm export tsv into a path that is a file exits 1 naming it', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paradigm-export-into-file-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a file where the folder would be, which ended in EEXIST and a stack trace', async () => {
    const file = join(dir, 'lexicon');
    writeFileSync(file, 'mine\n');
    const io = capture();
    expect(await main(['export', 'tsv', file], io)).toBe(1);
    expect(io.err()).toBe(`paradigm: cannot write into ${file}: it is a file, not a folder; give a folder, or FILE.patterns and FILE.tsv\n`);
  });

  it('a file where a parent folder would be', async () => {
    const file = join(dir, 'parent');
    writeFileSync(file, 'mine\n');
    const io = capture();
    expect(await main(['export', 'tsv', join(file, 'lexicon')], io)).toBe(1);
    expect(io.err()).toBe(`paradigm: cannot write into ${join(file, 'lexicon')}: ${file} is a file, not a folder; give a folder, or FILE.patterns and FILE.tsv\n`);
  });
});
