import { join } from 'node:path';
import type { Database } from '@paradigm/persistence';
import { createTestDatabase, testDatabaseUrl } from '@paradigm/persistence/testing';
import { runParadigm } from './support/paradigm-process';

// Every `paradigm` command pays for the modules it loads before it does anything: kysely (its migrator,
// some 260 modules) and Fastify (the workbench's server, some 170) took about half of a short command's
// time. They load when used: kysely when a database needs a migration, Fastify when `serve` starts.
const PRELOAD = ['--require', join(__dirname, 'support/report-loaded-packages.js')];
const loadedPackages = (stderr: string) => JSON.parse(/^loaded packages: (.*)$/m.exec(stderr)![1]!) as string[];

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
