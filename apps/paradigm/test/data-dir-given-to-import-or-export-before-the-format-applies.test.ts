import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runParadigm } from './support/paradigm-process';

// `import` and `export` are groups of one subcommand per format; --data-dir given to the group, before the
// format, is the subcommand's (`paradigm import --data-dir DIR hunspell ...`), as it is after. An empty
// --data-dir, which would name the current folder, is refused as a bad command line.
describe('--data-dir given to import or export before the format', () => {
  const work = mkdtempSync(join(tmpdir(), 'paradigm-group-data-dir-'));
  const db = join(work, 'db');
  const fixtures = join(__dirname, '../../../packages/lexicons/test/hunspell/fixtures');
  const env = { DATABASE_URL: '' };
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('imports into that folder and exports from it', async () => {
    const imported = await runParadigm(['import', '--data-dir', db, 'hunspell', join(fixtures, 'morph.aff'), join(fixtures, 'morph.dic'), '--progress', 'none'], env);
    expect([imported.code, imported.stderr.split('\n')[0]]).toEqual([
      0,
      `paradigm: imported morph.aff + morph.dic (hunspell) into pglite:${db}: 4 patterns, 2 lexemes, 3 lexeme-pattern links.`,
    ]);
    const exported = await runParadigm(['export', '--data-dir', db, 'tsv', join(work, 'out')], env);
    expect([exported.code, exported.stderr]).toEqual([0, `paradigm: wrote 4 patterns to ${join(work, 'out', 'lexicon.patterns')} and 2 lexemes to ${join(work, 'out', 'lexemes.tsv')}\n`]);
    expect(readFileSync(join(work, 'out', 'lexemes.tsv'), 'utf8').split('\n').length).toBe(4);
  });

  it('given both before and after the format, the one after it counts', async () => {
    const ended = await runParadigm(['export', '--data-dir', join(work, 'not-this-one'), 'tsv', join(work, 'again'), '--data-dir', db], env);
    expect([ended.code, ended.stderr]).toEqual([0, `paradigm: wrote 4 patterns to ${join(work, 'again', 'lexicon.patterns')} and 2 lexemes to ${join(work, 'again', 'lexemes.tsv')}\n`]);
    expect(existsSync(join(work, 'not-this-one'))).toBe(false);
  });

  it.each([
    ['status', ['status', '--data-dir', '']],
    ['import', ['import', '--data-dir', '', 'hunspell', 'a.aff', 'a.dic']],
    ['import hunspell', ['import', 'hunspell', 'a.aff', 'a.dic', '--data-dir', ' ']],
  ])('%s refuses an empty --data-dir (exit 2), opening nothing', async (_name, args) => {
    const ended = await runParadigm(args, { ...env, PARADIGM_DATA_DIR: join(work, 'default') });
    expect([ended.code, ended.stderr.split('\n')[0], existsSync(join(work, 'default'))]).toEqual([
      2,
      `paradigm: option '--data-dir <dir>' argument '${args.at(args.indexOf('--data-dir') + 1)}' is invalid. expects a folder (an empty value would mean the current folder; give "." for that).`,
      false,
    ]);
  });
});
