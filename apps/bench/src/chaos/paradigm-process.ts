import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** How a `paradigm` process ended: its exit code, or the signal that ended it. */
export interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** A running `paradigm` process. */
export interface ParadigmProcess {
  readonly child: ChildProcess;
  /** What it printed to standard error so far. */
  stderr(): string;
  /** What it printed to standard output so far (`serve` prints its address there). */
  stdout(): string;
  /** Whether it has ended. */
  ended(): boolean;
  readonly exited: Promise<Ended>;
}

/**
 * How to start the `paradigm` command: the built JavaScript (`nx run paradigm:build`) by default, which
 * starts in a fraction of the source's time; `source` runs `apps/paradigm/bin/paradigm.js`, which runs
 * the TypeScript through tsx and never a stale build (for the test, which builds nothing).
 */
export function paradigmCommand(root: string, source = false): readonly string[] {
  if (source) return [join(root, 'apps/paradigm/bin/paradigm.js')];
  const main = join(root, 'apps/paradigm/dist/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`pnpm exec nx run paradigm:build\` first (or pass --source).`);
  return [main];
}

/** The database a `paradigm` process opens: a PostgreSQL URL, or an embedded PGlite folder. */
export type DatabaseTarget = string | { readonly dataDir: string };

/**
 * Starts `node COMMAND ARGS` in `cwd` on `database` (`DATABASE_URL=url`; for a PGlite folder an empty
 * `DATABASE_URL` and `PARADIGM_DATA_DIR`), keeping what it prints.
 */
export function startParadigm(command: readonly string[], args: readonly string[], database: DatabaseTarget, cwd: string): ParadigmProcess {
  const target = typeof database === 'string' ? { DATABASE_URL: database } : { DATABASE_URL: '', PARADIGM_DATA_DIR: database.dataDir };
  const child = spawn(process.execPath, [...command, ...args], {
    cwd,
    env: { ...process.env, ...target, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let done = false;
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<Ended>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      done = true;
      resolve({ code, signal, stderr });
    });
  });
  return { child, stderr: () => stderr, stdout: () => stdout, ended: () => done, exited };
}
