#!/usr/bin/env node
/**
 * The bench app's command line: `micro`, `check`, `regeneration`, `report`, `real-lexicons`, `latency`.
 * The Phase 4 scripts under scripts/benchmarks/phase4 and the Nx targets of `bench` call into it.
 */
import { reportCommand } from './report/report-command';

type Command = (argv: readonly string[]) => number | Promise<number>;

const COMMANDS: Record<string, { run: () => Promise<Command>; help: string }> = {
  regeneration: { run: async () => (await import('./regeneration/regeneration-command')).regenerationCommand, help: 'writer x batch x concurrency matrix on the database -> benchmarks/phase4/regeneration-baseline.json' },
  'real-lexicons': { run: async () => (await import('./real-lexicons/real-lexicons-command')).realLexiconsCommand, help: 'real-lexicon expansion vs lt-expand/unmunch/hunspell-reader, and a large recompute -> benchmarks/real-lexicons.json' },
  latency: { run: async () => (await import('./latency/latency-command')).latencyCommand, help: 'edit-to-forms latency of `worker run --follow` and the edit rate 1 and 4 workers sustain (PostgreSQL) -> benchmarks/phase4/latency.json' },
  report: { run: async () => reportCommand, help: 'write benchmarks/phase4/report.html from the artifacts' },
  micro: { run: async () => (await import('./micro/micro-command')).microCommand, help: 'micro-benchmark (no database) -> benchmarks/phase4/baseline.json' },
  check: { run: async () => (await import('./check/check-command')).checkCommand, help: 'rerun the micro-benchmark and compare with baseline.json; exit 1 if slower' },
};

/** Runs one command; resolves to its exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const usage = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(14)} ${c.help}`).join('\n');
    console.error(`${name && name !== '--help' ? `unknown command "${name}"\n` : ''}usage: bench <command> [flags]\n${usage}`);
    return name === '--help' ? 0 : 2;
  }
  return (await command.run())(rest);
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: Error) => {
    console.error(e.message);
    process.exitCode = 1;
  });
}
