import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runWithStandardError } from '@paradigm/lexicons/testing';

const BIN = join(__dirname, '../../bin/paradigm.js');

/** How a `paradigm` process ended. */
export interface Ended {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A running `paradigm` process with what it printed so far. */
export interface Running {
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly ended: Promise<Ended>;
}

/** Starts the `paradigm` bin with `args` and `env` over this process's environment. */
export function startParadigm(args: readonly string[], env: Record<string, string>): Running {
  return startProcess(process.execPath, [BIN, ...args], env);
}

/** Starts `command` with `args` and `env` over this process's environment, recording what it prints. */
function startProcess(command: string, args: readonly string[], env: Record<string, string>): Running {
  const child = spawn(command, args, { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const ended = new Promise<Ended>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, stdout: () => stdout, stderr: () => stderr, ended };
}

/** Runs the `paradigm` bin as a process to its end; resolves to its exit code and output. */
export function runParadigm(args: readonly string[], env: Record<string, string>): Promise<Ended> {
  return startParadigm(args, env).ended;
}

/**
 * Runs the `paradigm` bin with its standard error on `stderr`: a pipe whose reader closed before the
 * process wrote to it (`2>&1 | head -0`), or a file descriptor; resolves to its exit code and standard output.
 */
export function runParadigmWithStandardError(args: readonly string[], env: Record<string, string>, stderr: 'closed' | number): Promise<Omit<Ended, 'stderr'>> {
  return runWithStandardError(BIN, args, env, stderr);
}

/** `unshare`'s flags for a user and a mount namespace of the process's own, in which it is root. */
const USER_MOUNT_NAMESPACE = ['--user', '--map-root-user', '--mount'];

/**
 * `unshare`'s flags for a mount namespace of the process's own: with a user namespace where the machine
 * allows them (no privileges needed), else a mount namespace alone when this process is root.
 * @throws Error naming what the machine lacks, so a test that needs one fails instead of passing unseen.
 */
function mountNamespaceFlags(): readonly string[] {
  if (spawnSync('unshare', [...USER_MOUNT_NAMESPACE, 'true']).status === 0) return USER_MOUNT_NAMESPACE;
  if (process.getuid?.() === 0 && spawnSync('unshare', ['--mount', 'true']).status === 0) return ['--mount'];
  throw new Error('this test mounts a small file system in a mount namespace of its own: allow user namespaces (sysctl kernel.unprivileged_userns_clone=1) or run the tests as root');
}

/**
 * Runs the `paradigm` bin with `args` in a mount namespace of its own ({@link mountNamespaceFlags}), after the shell command
 * `mount` (which may mount a small tmpfs or a read-only bind mount without privileges; the mounts end
 * with the process), then the shell command `after`; resolves to paradigm's exit code (125 when `mount`
 * failed) and what all of them printed. tsx's cache is off: inside, the user is root, whose cache
 * folder may belong to the real root.
 */
export function runParadigmInMountNamespace(mount: string, args: readonly string[], env: Record<string, string>, after = ':'): Promise<Ended> {
  const script = `${mount} || exit 125\n"$@"\ncode=$?\n${after}\nexit $code`;
  return startProcess('unshare', [...mountNamespaceFlags(), 'sh', '-c', script, 'sh', process.execPath, BIN, ...args], { TSX_DISABLE_CACHE: '1', ...env }).ended;
}

/** A `paradigm serve` process that said where it serves. */
/**
 * `paradigm ARGS` (with `--progress lines`) as a process, sent SIGINT once it reports progress of
 * `label` past 0 lexemes (a chunk is written, more to come); `signalled` says it was.
 */
export async function interruptedAtFirstProgress(args: readonly string[], label: string, env: Record<string, string>): Promise<Ended & { signalled: boolean }> {
  const running = startParadigm([...args, '--progress', 'lines'], env);
  const progressed = new RegExp(`"event":"progress","label":"${label}","lexemes":[1-9]`);
  let signalled = false;
  running.child.stderr!.on('data', () => {
    if (!signalled && progressed.test(running.stderr())) {
      signalled = true;
      running.child.kill('SIGINT');
    }
  });
  return { ...(await running.ended), signalled };
}

export interface Serving {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** The database it serves, as it names it. */
  readonly database: string;
  /** The process (its pid; SIGKILL for crash tests). */
  readonly child: ChildProcess;
  /** SIGINT (Ctrl-C), then how it ended. */
  stop(): Promise<Ended>;
}

/**
 * `paradigm serve --port 0 ARGS` as a process; resolves once it prints where it serves, rejects with
 * its output if it ends first.
 */
export function serveParadigm(args: readonly string[], env: Record<string, string>): Promise<Serving> {
  const running = startParadigm(['serve', '--port', '0', ...args], env);
  return new Promise((resolve, reject) => {
    running.child.stdout!.on('data', () => {
      const m = /^paradigm: serving (.*) at (http:\/\/\S+) \(Ctrl-C stops\)$/m.exec(running.stdout());
      if (m) {
        resolve({
          database: m[1]!,
          url: m[2]!,
          child: running.child,
          stop: () => {
            running.child.kill('SIGINT');
            return running.ended;
          },
        });
      }
    });
    void running.ended.then((ended) => reject(new Error(`paradigm serve exited ${ended.code} before serving:\n${ended.stdout}${ended.stderr}`)), reject);
  });
}
