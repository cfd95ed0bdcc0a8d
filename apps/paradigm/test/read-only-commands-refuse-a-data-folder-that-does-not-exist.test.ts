import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runParadigm } from './support/paradigm-process';

// A command that only reads the lexicon refuses an embedded folder that does not exist (exit 3), making
// nothing: a mistyped --data-dir would otherwise become a new, empty database that answers as if the
// lexicon were empty. A command that writes the lexicon makes the folder, as before a first load.
describe('read-only commands refuse a data folder that does not exist', () => {
  const work = mkdtempSync(join(tmpdir(), 'paradigm-no-folder-'));
  const missing = join(work, 'typo', 'db');
  const env = { DATABASE_URL: '' };
  const refusal = `paradigm: cannot open the database: there is no database in ${missing}: the folder does not exist. Check the folder (--data-dir, PARADIGM_DATA_DIR), or make the lexicon there first (paradigm load, import or seed)\n`;
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const commands: [string, string[]][] = [
    ['status', ['status']],
    ['show', ['show', 'katab']],
    ['analyse', ['analyse', 'katab']],
    ['generate', ['generate', 'katab', 'N;PL']],
    ['export tsv', ['export', 'tsv', join(work, 'out')]],
    ['export hunspell', ['export', 'hunspell', join(work, 'h')]],
    ['export apertium', ['export', 'apertium', join(work, 'h.dix')]],
  ];
  for (const [name, args] of commands) {
    it(name, async () => {
      const ended = await runParadigm([...args, '--data-dir', missing], env);
      expect({ code: ended.code, stderr: ended.stderr, made: existsSync(join(work, 'typo')), output: existsSync(join(work, 'out')) }).toEqual({
        code: 3,
        stderr: refusal,
        made: false,
        output: false,
      });
    });
  }

  // Checked before the database is opened, so before any of the export's work.
  it.each([
    ['hunspell', ['export', 'hunspell', join(work, 'out', 'h')], `${join(work, 'out', 'h')}.aff`],
    ['apertium', ['export', 'apertium', join(work, 'out', 'h.dix')], join(work, 'out', 'h.dix')],
  ])('export %s into a folder that does not exist names the file first', async (_name, args, file) => {
    const ended = await runParadigm([...args, '--data-dir', missing], env);
    expect({ code: ended.code, stderr: ended.stderr, made: existsSync(join(work, 'typo')) }).toEqual({
      code: 1,
      stderr: `paradigm: cannot write ${file}: its folder does not exist; create the folder or give another path\n`,
      made: false,
    });
  });

  it('load makes the folder and its database', async () => {
    const examples = join(__dirname, '../../../docs/examples');
    const ended = await runParadigm(['load', join(examples, 'english.patterns'), join(examples, 'conlang.patterns'), join(examples, 'lexemes.tsv'), '--data-dir', missing, '--progress', 'none'], env);
    expect(ended.code).toBe(0);
    expect((await runParadigm(['status', '--data-dir', missing, '--json'], env)).code).toBe(0);
  });
});
