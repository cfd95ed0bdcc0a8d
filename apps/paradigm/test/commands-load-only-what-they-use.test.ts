import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase, testDatabaseUrl } from '@paradigm/persistence/testing';
import { runParadigm } from './support/paradigm-process';

// Every `paradigm` command pays for the modules it loads before it does anything: kysely (its migrator,
// some 260 modules) and Fastify (the workbench's server, some 170) took about half of a short command's
// time. They load when used: kysely when a database needs a migration, Fastify when `serve` starts.
// Likewise each command's own modules: `paradigm CMD` loads CMD's code only, so a command that needs no
// database loads neither persistence nor the PostgreSQL driver.
const PRELOAD = ['--require', join(__dirname, 'support/report-loaded-packages.js')];
const loadedPackages = (stderr: string, among: readonly string[] = ['kysely', 'fastify']) =>
  (JSON.parse(/^loaded packages: (.*)$/m.exec(stderr)![1]!) as string[]).filter((name) => among.includes(name));
const EVERY_WATCHED = ['kysely', 'fastify', 'pg', '@paradigm/persistence', '@paradigm/recompute', '@paradigm/lexicons', '@paradigm/workbench'];

describe('postgres: a command loads the migrator and the server only when it uses them', () => {
  let db: Database;
  const url = testDatabaseUrl(`${__filename}-postgres`);
  beforeAll(async () => {
    db = await createTestDatabase('postgres', `${__filename}-postgres`, { migrate: false });
  });
  afterAll(() => db.close());

  const paradigm = (args: string[]) => runParadigm(args, { DATABASE_URL: url, NODE_OPTIONS: PRELOAD.join(' ') });

  it('--help loads neither', async () => {
    const ended = await paradigm(['--help']);
    expect([ended.code, loadedPackages(ended.stderr)]).toEqual([0, []]);
  });

  it('status on a database without the schema migrates it, with kysely', async () => {
    const ended = await paradigm(['status', '--json']);
    expect([ended.code, JSON.parse(ended.stdout).lexemes, loadedPackages(ended.stderr)]).toEqual([0, 0, ['kysely']]);
  });

  it('status on an up-to-date database loads neither', async () => {
    const ended = await paradigm(['status', '--json']);
    expect([ended.code, JSON.parse(ended.stdout).lexemes, loadedPackages(ended.stderr)]).toEqual([0, 0, []]);
  });

  it('serve --help loads neither', async () => {
    const ended = await paradigm(['serve', '--help']);
    expect([ended.code, loadedPackages(ended.stderr)]).toEqual([0, []]);
  });
});

describe('commands without a database load no database code', () => {
  const paradigm = (args: string[]) => runParadigm(args, { NODE_OPTIONS: PRELOAD.join(' ') });
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paradigm-loads-'));
    writeFileSync(join(dir, 'tiny.aff'), 'SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n');
    writeFileSync(join(dir, 'tiny.dic'), '2\ncat/S\ndog\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('expand hunspell loads the lexicon readers only', async () => {
    const ended = await paradigm(['expand', 'hunspell', join(dir, 'tiny.aff'), join(dir, 'tiny.dic')]);
    expect([ended.code, ended.stdout, loadedPackages(ended.stderr, EVERY_WATCHED)]).toEqual([0, 'cat\ncats\ndog\n', ['@paradigm/lexicons']]);
  });

  it('check loads the lexicon readers only', async () => {
    const examples = join(__dirname, '../../../docs/examples');
    const ended = await paradigm(['check', join(examples, 'english.patterns')]);
    expect([ended.code, loadedPackages(ended.stderr, EVERY_WATCHED)]).toEqual([0, ['@paradigm/lexicons']]);
  });
});
