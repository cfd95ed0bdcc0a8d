import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A workbench server the benchmark started as a process. */
export interface WorkbenchProcess {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** The database it serves, as it describes it. */
  readonly database: string;
  /** Stops it (SIGTERM) and waits for it to exit. */
  close(): Promise<void>;
}

/**
 * Starts the workbench as a user does, `paradigm serve --port 0 ARGS` (the `paradigm` bin; the page
 * built by `nx run workbench:build`), with `env`, and resolves once it says where it serves. The
 * benchmarks measure it end to end, through its HTTP API, as a browser would: the bench imports no app.
 */
export async function startWorkbenchProcess(root: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<WorkbenchProcess> {
  const bin = join(root, 'apps/paradigm/bin/paradigm.js');
  const page = join(root, 'packages/workbench/dist/page/index.html');
  if (!existsSync(page)) throw new Error(`${page} is missing: run \`pnpm nx run workbench:build\` first.`);
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const serving = await new Promise<{ url: string; database: string }>((resolve, reject) => {
    let output = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (text: string) => {
      output += text;
      const m = /^paradigm: serving (.*) at (http:\/\/\S+) /m.exec(output);
      if (m) resolve({ database: m[1]!, url: m[2]! });
    });
    void exited.then((code) => reject(new Error(`paradigm serve exited ${code} before serving: ${output.trim()}`)));
  });
  return { ...serving, close: () => stop(child, exited) };
}

async function stop(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  child.kill('SIGTERM');
  await exited;
}
