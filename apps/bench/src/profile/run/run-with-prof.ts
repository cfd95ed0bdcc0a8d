import { spawnSync } from 'node:child_process';
import { readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The two files written, and how the profiled program ended. */
export interface ProfFiles {
  /** The raw V8 tick log, `isolate-*-v8.log` as V8 named it (large; not committed). */
  readonly log: string;
  /** The human-readable profile: the log's name with `.processed.txt` added. */
  readonly processed: string;
  readonly exitCode: number;
}

function isolateLogs(dir: string): Set<string> {
  return new Set(readdirSync(dir).filter((f) => /^isolate-.*-v8\.log$/.test(f)));
}

/**
 * Runs `node --prof ARGS` in `cwd` (on the command line: Node 20 refuses --prof in NODE_OPTIONS), moves
 * the V8 log it wrote (`isolate-*-v8.log` in `cwd`, the largest if several isolates logged) into
 * `outDir` under the same name (the runbook's artifact names), deletes the other logs that run wrote,
 * and writes `node --prof-process` of it next to it as `<log>.processed.txt`. Touches no other file:
 * logs that were in `cwd` or `outDir` before stay.
 * Throws, with the command and its stderr, if node or --prof-process fails to produce a profile.
 */
export function runWithProf(args: readonly string[], cwd: string, outDir: string, env: NodeJS.ProcessEnv = process.env): ProfFiles {
  const before = isolateLogs(cwd);
  const run = spawnSync(process.execPath, ['--prof', ...args], { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const created = [...isolateLogs(cwd)].filter((f) => !before.has(f)).sort((a, b) => statSync(join(cwd, b)).size - statSync(join(cwd, a)).size);
  if (created.length === 0) throw new Error(`node --prof ${args.join(' ')} (in ${cwd}) wrote no isolate-*-v8.log (exit ${run.status}, ${run.error?.message ?? 'no spawn error'})`);
  const targets = { log: join(outDir, created[0]), processed: join(outDir, `${created[0]}.processed.txt`) };
  renameSync(join(cwd, created[0]), targets.log);
  for (const extra of created.slice(1)) rmSync(join(cwd, extra), { force: true });
  const processed = spawnSync(process.execPath, ['--prof-process', targets.log], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (processed.status !== 0 || !processed.stdout.includes('Statistical profiling result')) {
    throw new Error(`node --prof-process ${targets.log} failed (exit ${processed.status}): ${processed.stderr.slice(0, 2000)}`);
  }
  writeFileSync(targets.processed, processed.stdout);
  return { ...targets, exitCode: run.status ?? 1 };
}
