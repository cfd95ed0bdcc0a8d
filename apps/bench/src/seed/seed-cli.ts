import { parseArgs } from 'node:util';
import { SYNTHETIC_DEFAULTS, type SyntheticParams } from '@paradigm/lexicons';
import { BENCH_DATABASE_NAME, openBenchDatabase } from './bench-database';
import { datasetDir, readManifest, writeDataset } from './dataset-files';
import { seedDatabase } from './seed-database';

/** `dataset`: write the files only. `seed`: write them if missing, then load them into the database. */
export type SeedCommand = 'dataset' | 'seed';

const usage = (command: SeedCommand, invocation: string) => `Usage: ${invocation} [--lexemes N] [--patterns-per-lexeme K] [--seed S]${command === 'dataset' ? ' [--force]' : ''}

${command === 'dataset'
    ? 'Writes a deterministic synthetic dataset (patterns.ndjson, lexemes.ndjson, manifest.json) to\n.data/datasets/l<N>-p<K>-s<S>/. The same flags always give byte-identical files.'
    : `Loads the synthetic dataset for these flags (generating it first if missing) into the benchmark
database, replacing every lexeme, pattern and form there. That database is never yours: the
${BENCH_DATABASE_NAME} database on the server DATABASE_URL (environment or .env) names, created if missing,
or, without DATABASE_URL, the embedded database in .data/bench-pglite. PARADIGM_BENCH_DATABASE_URL (a
PostgreSQL URL) or PARADIGM_BENCH_DATA_DIR (a folder) choose another one. Run the worker afterwards.`}

  --lexemes N               lexemes to generate (default ${SYNTHETIC_DEFAULTS.lexemes})
  --patterns-per-lexeme K   patterns per lexeme (default ${SYNTHETIC_DEFAULTS.patternsPerLexeme})
  --seed S                  PRNG seed (default ${SYNTHETIC_DEFAULTS.seed})${command === 'dataset' ? '\n  --force                   regenerate even if the folder is complete' : ''}
  --help                    show this help`;

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new UsageError(`--${name} must be an integer, got ${JSON.stringify(value)}`);
  return n;
}

class UsageError extends Error {}

/** Runs the `dataset` or `seed` command with `argv`; resolves to the process exit code. */
export async function runSeedCli(command: SeedCommand, argv: readonly string[], invocation: string): Promise<number> {
  let params: SyntheticParams;
  let force = false;
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        lexemes: { type: 'string' },
        'patterns-per-lexeme': { type: 'string' },
        patternsPerLexeme: { type: 'string' }, // the spelling Nx forwards from target options
        seed: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      console.log(usage(command, invocation));
      return 0;
    }
    force = values.force === true;
    params = {
      lexemes: integer('lexemes', values.lexemes, SYNTHETIC_DEFAULTS.lexemes),
      patternsPerLexeme: integer('patterns-per-lexeme', values['patterns-per-lexeme'] ?? values.patternsPerLexeme, SYNTHETIC_DEFAULTS.patternsPerLexeme),
      seed: integer('seed', values.seed, SYNTHETIC_DEFAULTS.seed),
    };
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage(command, invocation)}`);
    return 2;
  }

  const dir = datasetDir(params);
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (force || !readManifest(dir)) {
    const manifest = await writeDataset(params, dir, (n) => console.error(`dataset: ${n} / ${params.lexemes} lexemes written (${elapsed()})`));
    console.error(`dataset: ${manifest.lexemes} lexemes, ${manifest.patterns} patterns, ${manifest.links} links -> ${dir} (${elapsed()})`);
  } else {
    console.error(`dataset: ${dir} is complete; reusing it`);
  }
  if (command === 'dataset') return 0;

  const db = await openBenchDatabase();
  try {
    console.error(`seed: loading into ${db.description}`);
    const counts = await seedDatabase(db, dir, (n) => console.error(`seed: ${n} / ${params.lexemes} lexemes (${elapsed()})`));
    console.error(`seed: ${counts.lexemes} lexemes, ${counts.patterns} patterns, ${counts.links} lexeme patterns loaded into ${db.description} in ${elapsed()}; forms are empty until the worker runs`);
    return 0;
  } finally {
    await db.close();
  }
}

/** `bench dataset`: writes the synthetic dataset files (Nx target `bench:dataset`). */
export const datasetCommand = (argv: readonly string[]): Promise<number> => runSeedCli('dataset', argv, 'pnpm nx run bench:dataset --');

/** `bench seed`: the runbook's seeding command (`seed-db.ts`, Nx target `bench:seed`). */
export const seedCommand = (argv: readonly string[]): Promise<number> => runSeedCli('seed', argv, 'pnpm exec tsx scripts/benchmarks/phase4/seed-db.ts');
