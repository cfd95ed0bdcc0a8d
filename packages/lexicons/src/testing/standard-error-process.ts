import { spawn } from 'node:child_process';

/**
 * Runs the Node script `entry` with `args` (and `env` over this process's environment), its standard
 * error `stderr`: a pipe whose reader closed before the process wrote to it (`2>&1 | head -0`), or a file
 * descriptor (/dev/full); resolves to its exit code and standard output.
 */
export function runWithStandardError(entry: string, args: readonly string[], env: Record<string, string>, stderr: 'closed' | number): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, [entry, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', stderr === 'closed' ? 'pipe' : stderr] });
  if (stderr === 'closed') child.stderr!.destroy();
  let stdout = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}
