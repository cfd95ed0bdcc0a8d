import { spawnSync } from 'node:child_process';
import { readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The two files the runbook names: the V8 log and its `--prof-process` text. */
export interface ProfFiles {
  readonly log: string;
  readonly processed: string;
  readonly exitCode: number;
}

function isolateLogs(dir: string): Set<string> {
  return new Set(readdirSync(dir).filter((f) => /^isolate-.*-v8\.log$/.test(f)));
}

/**
 * Runs `node --prof ARGS` in `cwd` (on the command line: Node 20 refuses --prof in NODE_OPTIONS), moves
 * the V8 log it wrote (`isolate-*-v8.log`, the largest if several isolates logged) into `outDir`, and
 * writes `node --prof-process` of it next to it as `<log>.processed.txt`.
 * Throws, with the command and its stderr, if node or --prof-process fails to produce a profile.
 */
export function runWithProf(args: readonly string[], cwd: string, outDir: string, env: NodeJS.ProcessEnv = process.env): ProfFiles {
  const before = isolateLogs(cwd);
  const run = spawnSync(process.execPath, ['--prof', ...args], { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const created = [...isolateLogs(cwd)].filter((f) => !before.has(f)).sort((a, b) => statSync(join(cwd, b)).size - statSync(join(cwd, a)).size);
  if (created.length === 0) throw new Error(`node --prof ${args.join(' ')} (in ${cwd}) wrote no isolate-*-v8.log (exit ${run.status}, ${run.error?.message ?? 'no spawn error'})`);
  const log = join(outDir, basename(created[0]));
  renameSync(join(cwd, created[0]), log);
  for (const extra of created.slice(1)) renameSync(join(cwd, extra), join(outDir, extra));
  const processed = spawnSync(process.execPath, ['--prof-process', log], { cwd: outDir, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (processed.status !== 0 || !processed.stdout.includes('Statistical profiling result')) {
    throw new Error(`node --prof-process ${log} failed (exit ${processed.status}): ${processed.stderr.slice(0, 2000)}`);
  }
  writeFileSync(`${log}.processed.txt`, processed.stdout);
  return { log, processed: `${log}.processed.txt`, exitCode: run.status ?? 1 };
}
