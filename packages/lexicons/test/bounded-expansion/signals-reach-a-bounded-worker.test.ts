import { spawn } from 'node:child_process';
import { join } from 'node:path';

// Only the main thread receives signals: a command run in the bounded worker (an export removing its
// temporary files at Ctrl-C) has its SIGINT and SIGTERM handlers called only through the relay. A
// worker without a handler, or one that does not heed the relay, ends by the signal at once, as a
// process without a worker would.
const SCRIPT = join(__dirname, 'support/signalled-worker.ts');
const TSX = require.resolve('tsx/cjs');

interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
}

/** Runs the script in `mode`, sends `signal` once it prints `ready`, and resolves to how it ended. */
function signalled(mode: string, signal: NodeJS.Signals, ready: string): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', TSX, SCRIPT, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      if (stdout === `${ready}\n`) child.kill(signal);
    });
    child.on('error', reject);
    child.on('close', (code, ended) => resolve({ code, signal: ended, stdout }));
  });
}

describe('signals sent to a process whose command runs in a bounded worker', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s reaches the handler of a worker that heeds the relay', async (signal) => {
    expect(await signalled('handles', signal, 'relaying')).toEqual({ code: 7, signal: null, stdout: `relaying\nhandled ${signal}\n` });
  }, 60_000);

  it.each(['SIGINT', 'SIGTERM'] as const)('%s ends the process by the signal when the worker has no handler', async (signal) => {
    expect(await signalled('heeds', signal, 'ready')).toEqual({ code: null, signal, stdout: 'ready\n' });
  }, 60_000);

  it('SIGINT ends the process by the signal while the worker, with no handler, computes without a pause', async () => {
    expect(await signalled('busy', 'SIGINT', 'ready')).toEqual({ code: null, signal: 'SIGINT', stdout: 'ready\n' });
  }, 60_000);

  it('SIGINT ends the process by the signal when the worker does not heed the relay', async () => {
    expect(await signalled('deaf', 'SIGINT', 'ready')).toEqual({ code: null, signal: 'SIGINT', stdout: 'ready\n' });
  }, 60_000);
});
