import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export { testDatabaseUrl } from '@paradigm/persistence/testing';

const ROOT = join(__dirname, '../../../..');
const MAIN = join(ROOT, 'apps/worker/src/main.ts');

/** A worker CLI process started by a test. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once stderr contains `text`. */
  waitForStderr(text: string): Promise<void>;
  /** Resolves with the exit code (or the signal that ended it). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The processes started by {@link spawnWorker} that have not exited, by name (`PGAPPNAME`, else pid). */
const running = new Map<string, WorkerProcess>();

/** What the processes still running last wrote to stderr (its last `chars` each): for a wait that does not end. */
export function runningWorkersStderr(chars = 600): string {
  return [...running].map(([name, worker]) => `${name}: ${JSON.stringify(worker.stderr().slice(-chars))}`).join('\n');
}

/** Starts `worker <args>` from the TypeScript sources (tsx), with `env` added to the environment. */
export function spawnWorker(args: readonly string[], env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: Array<{ text: string; resolve: () => void }> = [];
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    for (const waiter of waiters.splice(0)) {
      if (err.includes(waiter.text)) waiter.resolve();
      else waiters.push(waiter);
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const name = `${env.PGAPPNAME ?? 'worker'} (pid ${child.pid})`;
  void exited.then(() => running.delete(name));
  const worker: WorkerProcess = {
    child,
    stdout: () => out,
    stderr: () => err,
    waitForStderr(text) {
      if (err.includes(text)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        waiters.push({ text, resolve });
        exited.then(({ code, signal }) => reject(new Error(`worker exited (${code ?? signal}) before printing ${JSON.stringify(text)}; stderr:\n${err}\nstdout:\n${out}`)));
      });
    },
    exited,
  };
  running.set(name, worker);
  return worker;
}
