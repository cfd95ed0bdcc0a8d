import { spawn } from 'node:child_process';

/** How an expanding process ended: its exit code and what it printed on standard error. */
export interface ExpansionEnd {
  readonly code: number | null;
  readonly stderr: string;
}

/**
 * Runs the script `entry` with `args` in a Node process of its own whose standard output is `stdout` (a
 * pipe read by `onFirstOutput`, which may close it, or an open file descriptor such as /dev/full's), for
 * tests of how a command ends when its output fails.
 */
export function runExpansionProcess(
  entry: string,
  args: readonly string[],
  stdout: 'pipe' | number,
  onFirstOutput?: (stream: NodeJS.ReadableStream & { destroy(): void }) => void,
): Promise<ExpansionEnd> {
  const child = spawn(process.execPath, [entry, ...args], { stdio: ['ignore', stdout, 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  if (onFirstOutput) child.stdout!.once('data', () => onFirstOutput(child.stdout!));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}
