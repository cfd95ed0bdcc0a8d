import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase, TEST_DIALECTS } from '@paradigm/persistence/testing';
import { main } from '../src';
import { capture } from './support/capture';

// A lexicon of one pattern and one lexeme: every count of one in what the commands say takes the
// singular (`1 lexeme`, `1 pattern change`, `1 batch`), every other count the plural.
const PATTERNS = 'pattern noun\nrule => N;SG\nrule suffix +s => N;PL\n';
const LEXEMES = 'id\tlemma\tstem\troot\tgloss\tpatterns\n1\tcat\t\t\tcat\tnoun\n';
const SUMMARY_TIMES = / in \d+\.\d\d s \(\d+ forms\/s\), /;

for (const dialect of TEST_DIALECTS) {
  describe(`${dialect}: counts of one in the messages of paradigm`, () => {
    let db: Database;
    let dir: string;
    const run = async (...args: string[]) => {
      const io = capture(db);
      const code = await main(args, io);
      return { code, out: io.out(), err: io.err() };
    };
    beforeAll(async () => {
      db = await createTestDatabase(dialect, __filename);
      dir = mkdtempSync(join(tmpdir(), 'paradigm-singular-'));
      writeFileSync(join(dir, 'one.patterns'), PATTERNS);
      writeFileSync(join(dir, 'one.tsv'), LEXEMES);
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    });

    it('load: 1 lexeme, 1 pattern change queued', async () => {
      expect(await run('load', join(dir, 'one.patterns'), join(dir, 'one.tsv'), '--progress', 'none')).toEqual({
        code: 0,
        out: '',
        err:
          `paradigm: loaded into ${db.description}\n` +
          '  patterns: 1 added, 0 changed, 0 unchanged\n' +
          '  lexemes:  1 added, 0 changed, 0 unchanged\n' +
          '  queued for recompute: 1 lexeme, 1 pattern change; compute their forms with:\n' +
          '    paradigm run\n',
      });
    });

    it('status: 1 lexeme, 1 pattern change queued', async () => {
      const status = await run('status');
      expect([status.code, status.out.split('\n').filter((line) => line.startsWith('queued'))]).toEqual([0, ['queued      1 lexeme, 1 pattern change']]);
    });

    it('run: 1 lexeme, 2 forms, 1 batch', async () => {
      const ran = await run('run', '--progress', 'none');
      expect([ran.code, ran.out, ran.err.replace(SUMMARY_TIMES, ' in T s (R forms/s), ').replace(/peak RSS \d+ MB/, 'peak RSS M MB')]).toEqual([
        0,
        '',
        `paradigm: run: 1 lexeme, 2 forms in T s (R forms/s), 1 batch, peak RSS M MB; writer copy, batch size 1000, concurrency ${dialect === 'pglite' ? 1 : 2}; ${db.description}\n`,
      ]);
    });

    it('export tsv: wrote 1 pattern and 1 lexeme', async () => {
      const out = join(dir, 'out');
      expect(await run('export', 'tsv', out)).toEqual({
        code: 0,
        out: '',
        err: `paradigm: wrote 1 pattern to ${join(out, 'lexicon.patterns')} and 1 lexeme to ${join(out, 'lexemes.tsv')}\n`,
      });
    });

    it('seed without --replace: the lexicon holds 1 lexeme (exit 1)', async () => {
      expect(await run('seed', '--lexemes', '5')).toEqual({
        code: 1,
        out: '',
        err: `paradigm: the lexicon in ${db.description} holds 1 lexeme and seeding replaces all of them; add --replace to do that, or seed another database (--data-dir DIR or DATABASE_URL)\n`,
      });
    });

    it('form-limit 1: 1 form per lexeme; the run then fails 1 lexeme past more than 1 form (exit 1)', async () => {
      expect(await run('form-limit', '1')).toEqual({
        code: 0,
        out: '',
        err:
          `paradigm: the form limit of ${db.description} is now 1 form per lexeme (was 100000 forms per lexeme); every pattern is queued as changed, ` +
          "so every lexeme's forms are computed again under it by:\n  paradigm run\n",
      });
      const ran = await run('run', '--progress', 'none');
      expect([ran.code, ran.err.split('\n').slice(1)]).toEqual([
        1,
        [
          'failed: lexeme 1 "cat", pattern "noun" (id 1): more than 1 form, the lexicon\'s form limit, so the generation stopped; look for continuations that multiply ' +
            '(each level multiplies the forms by its rule count), or raise the limit with `paradigm form-limit N` (or none), which sets lexicon_settings.max_forms_per_lexeme; old forms kept',
          '1 lexeme failed, 0 patterns left out. Fix them, then `paradigm run` picks up the edits (or `paradigm run --retry-failed` retries the failed lexemes).',
          '',
        ],
      ]);
    });
  });
}
