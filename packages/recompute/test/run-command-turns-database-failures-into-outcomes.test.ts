import { CONNECTION_DEFAULTS, exitCodeOf, runCommand, type RunCommandOptions, SILENT_PROGRESS } from '../src';
import { lexemes, useLexiconDatabase } from '../src/testing';

const CONFIG = { command: 'recompute', selection: { kind: 'all' }, method: 'copy', batchSize: 100, batchForms: 50_000, concurrency: 1 } as const;

function options(open: RunCommandOptions['open'], log: string[]): RunCommandOptions {
  return { config: CONFIG, connection: CONNECTION_DEFAULTS, open, progress: SILENT_PROGRESS, shutdownTimeoutMs: 1000, log: (line) => log.push(line), resume: 'run it again' };
}

describe('runCommand', () => {
  const database = useLexiconDatabase('pglite', __filename, lexemes(7));

  it('a database that cannot be opened is an outcome (exit 3), and the signal handlers are gone again', async () => {
    const signals = process.listenerCount('SIGINT');
    const log: string[] = [];
    const outcome = await runCommand(options(() => Promise.reject(new Error('no such folder')), log));
    expect([outcome, exitCodeOf(outcome), log, process.listenerCount('SIGINT')]).toEqual([{ kind: 'not-opened', message: 'no such folder' }, 3, [], signals]);
  });

  it('a run ends with its report (exit 0), the database closed and the handlers removed', async () => {
    const signals = process.listenerCount('SIGINT');
    const uncaught = process.listenerCount('uncaughtException');
    let closed = 0;
    const outcome = await runCommand(options(async () => ({ ...database(), close: async () => void closed++ }), []));
    expect(outcome).toMatchObject({ kind: 'ran', report: { command: 'recompute', lexemes: 7, failed: 0, interrupted: false } });
    expect([exitCodeOf(outcome), closed, process.listenerCount('SIGINT'), process.listenerCount('uncaughtException')]).toEqual([0, 1, signals, uncaught]);
  });
});
