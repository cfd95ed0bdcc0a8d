#!/usr/bin/env node
/**
 * The bench app's command line: every benchmark, the benchmark database's seeding and the profiler.
 * The Phase 4 scripts under scripts/benchmarks/phase4 and the Nx targets of `bench` call into it.
 */
import { HelpRequested } from './cli/help-requested';
import { reportCommand } from './report/report-command';

type Command = (argv: readonly string[]) => number | Promise<number>;

const COMMANDS: Record<string, { run: () => Promise<Command>; help: string }> = {
  regeneration: { run: async () => (await import('./regeneration/regeneration-command')).regenerationCommand, help: 'writer x batch x concurrency matrix on the database -> benchmarks/phase4/regeneration-baseline.json' },
  'real-lexicons': { run: async () => (await import('./real-lexicons/real-lexicons-command')).realLexiconsCommand, help: 'real-lexicon expansion vs lt-expand/unmunch/hunspell-reader, and a large recompute -> benchmarks/real-lexicons.json' },
  latency: { run: async () => (await import('./latency/latency-command')).latencyCommand, help: 'edit-to-forms latency of `worker run --follow` and the edit rate 1 and 4 workers sustain (PostgreSQL) -> benchmarks/phase4/latency.json' },
  report: { run: async () => reportCommand, help: 'write benchmarks/phase4/report.html from the artifacts' },
  micro: { run: async () => (await import('./micro/micro-command')).microCommand, help: 'micro-benchmark (no database) -> benchmarks/phase4/baseline.json' },
  check: { run: async () => (await import('./check/check-command')).checkCommand, help: 'rerun the micro-benchmark and compare with baseline.json; exit 1 if slower' },
  dataset: { run: async () => (await import('./seed/seed-cli')).datasetCommand, help: 'write the synthetic dataset files -> .data/datasets/l<N>-p<K>-s<S>/' },
  seed: { run: async () => (await import('./seed/seed-cli')).seedCommand, help: 'load the synthetic dataset into the benchmark database (never yours)' },
  'run-worker': { run: async () => (await import('./worker/run-worker-command')).runWorkerCommand, help: 'the worker\'s recompute on the benchmark database -> benchmarks/phase4/worker-regeneration-baseline.json' },
  'worker-ceiling': { run: async () => (await import('./worker/worker-ceiling-command')).workerCeilingCommand, help: 'the worker against the DELETE + COPY and bulk ceilings (PostgreSQL) -> benchmarks/phase4/worker-ceiling.json' },
  persist: { run: async () => (await import('./persist/persist-command')).persistCommand, help: 'each writer against the server-side COPY ceiling, 1M forms (PostgreSQL) -> benchmarks/phase4/persist.json' },
  profile: { run: async () => (await import('./profile/profile-command')).profileCommand, help: 'the worker\'s recompute under node --prof -> benchmarks/phase4/profile-summary.json and the processed profile' },
  'apertium-expand': { run: async () => (await import('./expansion/apertium-expand-command')).apertiumExpandCommand, help: 'Apertium expansion by stage against lt-expand (JSON on stdout)' },
  'hunspell-expand': { run: async () => (await import('./expansion/hunspell-expand-command')).hunspellExpandCommand, help: 'Hunspell expansion against unmunch and hunspell-reader (JSON on stdout)' },
  analyse: { run: async () => (await import('./lookup/analyse-bench')).analyseCommand, help: 'analysing one word on a large stored lexicon (PostgreSQL) -> benchmarks/phase4/analyse.json' },
  'workbench-search': { run: async () => (await import('./workbench/search-latency-command')).workbenchSearchCommand, help: 'search through the workbench API against psql -> benchmarks/workbench-search.json' },
  chaos: { run: async () => (await import('./chaos/chaos-command')).chaosCommand, help: 'random crash and concurrency rounds of paradigm processes and edits; exit 1 if forms end up not exact (PostgreSQL; --pglite: one killed process a round on an embedded folder)' },
  'workbench-save': { run: async () => (await import('./workbench/save-to-forms-command')).workbenchSaveCommand, help: 'save a pattern in the workbench until its forms are announced -> benchmarks/workbench-save-to-forms.json' },
};

/** Runs one command; resolves to its exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const usage = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(17)} ${c.help}`).join('\n');
    console.error(`${name && name !== '--help' ? `unknown command "${name}"\n` : ''}usage: bench <command> [flags]\n${usage}`);
    return name === '--help' ? 0 : 2;
  }
  try {
    return await (await command.run())(rest);
  } catch (error) {
    // A command that reads its flags with node:util's parseArgs rejects `--help` as unknown, naming the flags it takes.
    const refusedHelp = rest.includes('--help') && (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
    if (!(error instanceof HelpRequested) && !refusedHelp) throw error;
    const flags = error instanceof HelpRequested ? `\nflags: ${error.flags.map((flag) => `--${flag}`).join(', ')}` : '';
    console.log(`usage: bench ${name} [flags]\n${command.help}${flags}`);
    return 0;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: Error) => {
    console.error(e.message);
    process.exitCode = 1;
  });
}
